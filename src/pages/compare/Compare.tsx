/**
 * The compare page (issue #10): two articles side by side, sentence by sentence and fact by
 * fact. Sides come from saved clips, the current tab or files; the engine runs in a worker
 * and the columns fill in as it goes; a summary strip, difference-to-difference navigation,
 * the facts view, changed figures and quotes, and Markdown or HTML export.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ClipMeta } from '../../core/clips/model';
import type { CompareProgress, CompareResult } from '../../core/compare/types';
import type { Settings } from '../../core/settings';
import type { Translate } from '../../ui/i18n';
import { useDocumentPrefs } from '../shared/document';
import { Notices, useNotices } from '../shared/notices';
import type { Localise, SettingsStore } from '../shared/services';
import { Changes } from './Changes';
import { type ColumnLabel, Columns } from './Columns';
import { revealIn } from './column-dom';
import { type ExportFormat, type ReportSides, reportFile } from './export';
import { FactsView } from './FactsView';
import { Navigator } from './Navigator';
import { Sources } from './Sources';
import { Summary } from './Summary';
import type { CompareService } from './service';
import { areVersions, type CompareDoc, publishedText, queryOf, type SourceRef } from './sources';
import { useSides } from './use-sides';
import { type Difference, differencesOf, type Side, sentenceId, sentencesOf, stepDifference } from './view';

export interface CompareProps {
  readonly store: SettingsStore;
  readonly localise: Localise;
  readonly service: CompareService;
  /** Hands a file to the reader (a download in the browser). */
  readonly save: (file: { name: string; type: string; data: string }) => void;
  /** The sides the page's URL names. */
  readonly refs: Record<Side, SourceRef | null>;
  /** Keeps the page's address in step with the sides (history.replaceState in the browser). */
  readonly setQuery?: (query: string) => void;
}

function useSettingsValue(store: SettingsStore): Settings {
  const [settings, setSettings] = useState(store.initial);
  useEffect(() => store.subscribe(setSettings), [store]);
  return settings;
}

type Run =
  | { readonly status: 'idle' }
  | {
      readonly status: 'running';
      readonly key: number;
      readonly progress: CompareProgress;
      readonly partial: CompareResult | null;
    }
  | { readonly status: 'done'; readonly key: number; readonly result: CompareResult }
  | { readonly status: 'failed'; readonly key: number; readonly message: string };

/** Side names: A and B, or older and newer for two versions of one page. */
function sideNames(t: Translate, a: CompareDoc | null, b: CompareDoc | null): Record<Side, string> {
  if (!areVersions(a, b)) return { a: t('compareSideA'), b: t('compareSideB') };
  const aOlder = (a?.savedAt ?? 0) <= (b?.savedAt ?? 0);
  return aOlder
    ? { a: t('compareOlder'), b: t('compareNewer') }
    : { a: t('compareNewer'), b: t('compareOlder') };
}

const PHASE_KEYS = {
  segment: 'comparePhaseSegment',
  facts: 'comparePhaseFacts',
  align: 'comparePhaseAlign',
  select: 'comparePhaseAlign',
  diff: 'comparePhaseDiff',
  done: 'comparePhaseDiff',
} as const;

/**
 * Focuses a sentence once it is rendered (progressive rendering may not have reached it yet);
 * focus scrolls it into view, and the columns' focus handler brings its partner level.
 */
function focusSentence(side: Side, index: number, tries = 60): void {
  const el = document.getElementById(sentenceId(side, index));
  if (el) {
    el.focus();
    revealIn(el);
    return;
  }
  if (tries > 0) requestAnimationFrame(() => focusSentence(side, index, tries - 1));
}

export function Compare({ store, localise, service, save, refs, setQuery }: CompareProps) {
  const settings = useSettingsValue(store);
  const { lang, t } = localise(settings.language);
  useDocumentPrefs({ lang, theme: settings.theme, title: t('compareTitle') });
  const [notice, post] = useNotices();
  const [clips, setClips] = useState<readonly ClipMeta[]>([]);
  useEffect(() => {
    service.clips().then(setClips, () => setClips([]));
  }, [service]);

  const { states, chooseClip, chooseFile, swap } = useSides(service, refs, t);
  const docA = states.a.status === 'ready' ? states.a.doc : null;
  const docB = states.b.status === 'ready' ? states.b.doc : null;

  const [run, setRun] = useState<Run>({ status: 'idle' });
  const runs = useRef(0);
  useEffect(() => {
    if (!docA || !docB) return;
    runs.current += 1;
    const key = runs.current;
    const controller = new AbortController();
    setRun({ status: 'running', key, progress: { phase: 'segment', done: 0, total: 1 }, partial: null });
    service
      .run(
        { text: docA.text, published: docA.published, title: docA.title },
        { text: docB.text, published: docB.published, title: docB.title },
        {
          progress: (progress, partial) =>
            setRun((r) =>
              r.status === 'running' && r.key === key ? { ...r, progress, partial: partial ?? r.partial } : r,
            ),
        },
        controller.signal,
      )
      .then(
        (result) => setRun({ status: 'done', key, result }),
        (e: unknown) => {
          if (!controller.signal.aborted)
            setRun({ status: 'failed', key, message: e instanceof Error ? e.message : String(e) });
        },
      );
    return () => controller.abort();
  }, [docA, docB, service]);

  // The address names the sides when they can be named (clips; a tab or a file cannot be reopened).
  useEffect(() => {
    const ref = (d: CompareDoc | null): SourceRef | null =>
      d?.clipId ? { kind: 'clip', id: d.clipId } : null;
    if (docA?.clipId && docB?.clipId) setQuery?.(queryOf(ref(docA), ref(docB)));
  }, [docA, docB, setQuery]);

  const result = run.status === 'done' ? run.result : run.status === 'running' ? run.partial : null;
  const a = useMemo(() => (result ? sentencesOf(result, 'a') : []), [result]);
  const b = useMemo(() => (result ? sentencesOf(result, 'b') : []), [result]);
  const differences = useMemo(() => (run.status === 'done' ? differencesOf(a, b) : []), [run.status, a, b]);
  // The position belongs to one list of differences: a new comparison starts before the first.
  const [nav, setNav] = useState<{ list: readonly Difference[]; position: number }>({
    list: [],
    position: -1,
  });
  const position = nav.list === differences ? nav.position : -1;
  const current: Difference | null = differences[position] ?? null;
  const step = useCallback(
    (dir: 1 | -1) => {
      const next = stepDifference(differences.length, position, dir);
      setNav({ list: differences, position: next });
      const d = differences[next];
      if (d) focusSentence(d.side, d.index);
    },
    [differences, position],
  );

  const names = sideNames(t, docA, docB);
  const label = (side: Side, doc: CompareDoc | null): ColumnLabel => ({
    heading: `${names[side]}: ${doc?.title ?? '—'}`,
    detail: [doc?.site, doc?.published ? publishedText(lang, doc.published) : null]
      .filter(Boolean)
      .join(' · '),
    lang: doc?.lang ?? null,
  });
  const exportAs = (format: ExportFormat) => {
    if (run.status !== 'done' || !docA || !docB) return;
    try {
      const sides: ReportSides = { a: docA, b: docB };
      save(reportFile(service.report, format, run.result, sides));
      post('ok', (t) => t('compareExported'));
    } catch (e) {
      post('error', (t) => `${t('compareExportFailed')} ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <main class="compare" data-testid="compare">
      <h1>{t('compareTitle')}</h1>
      <Sources
        t={t}
        lang={lang}
        clips={clips}
        states={states}
        names={names}
        onClip={chooseClip}
        onFile={chooseFile}
        onSwap={swap}
      />
      <div class="compare__progress" role="status" data-testid="progress">
        {run.status === 'running' && t('compareRunning', t(PHASE_KEYS[run.progress.phase]))}
        {run.status === 'failed' && t('compareFailed', run.message)}
      </div>
      {run.status === 'running' && (
        <progress
          class="compare__bar"
          aria-label={t('compareProgressLabel')}
          max={1}
          value={run.progress.total ? run.progress.done / run.progress.total : 0}
        />
      )}
      {run.status === 'done' && (
        <>
          <Summary t={t} lang={lang} summary={run.result.summary} versions={areVersions(docA, docB)} />
          <div class="compare__tools">
            <Navigator t={t} count={differences.length} position={position} current={current} onStep={step} />
            <fieldset class="compare__export">
              <legend class="visually-hidden">{t('compareExportLabel')}</legend>
              <button
                type="button"
                class="button"
                onClick={() => exportAs('markdown')}
                data-testid="export-markdown"
              >
                {t('compareExportMarkdown')}
              </button>
              <button type="button" class="button" onClick={() => exportAs('html')} data-testid="export-html">
                {t('compareExportHtml')}
              </button>
            </fieldset>
          </div>
        </>
      )}
      {result && (
        <Columns t={t} a={a} b={b} labels={{ a: label('a', docA), b: label('b', docB) }} current={current} />
      )}
      {run.status === 'done' && (
        <div class="compare__details">
          <FactsView t={t} result={run.result} sideName={names} onShow={focusSentence} />
          <Changes t={t} result={run.result} sideName={names} onShow={focusSentence} />
        </div>
      )}
      <Notices t={t} notice={notice} />
    </main>
  );
}
