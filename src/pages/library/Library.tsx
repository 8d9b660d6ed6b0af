/**
 * The library: every clip, searchable (MiniSearch over title, text and note), filtered,
 * sorted and paged; a reader view of the stored copy with note and tag editing; delete with
 * undo; import, export and backup; two clips chosen for compare; durability stated.
 */
import { useCallback, useEffect, useId, useMemo, useState } from 'preact/hooks';
import type { Clip, ClipMeta } from '../../core/clips/model';
import { applyQuery, type ClipQuery, EMPTY_QUERY, facetsOf } from '../../core/clips/query';
import type { Settings } from '../../core/settings';
import { useDocumentPrefs } from '../shared/document';
import { Notices, useNotices } from '../shared/notices';
import type { Localise, SettingsStore } from '../shared/services';
import { ClipList } from './ClipList';
import { CompareBar } from './CompareBar';
import { versionCounts, versionsIn } from './compare-link';
import { DurabilityPanel } from './DurabilityPanel';
import { Filters } from './Filters';
import { ImportExport } from './ImportExport';
import { Reader } from './Reader';
import type { Durability, ExportFormat, LibraryService, OutFile } from './service';
import { useClipSearch } from './use-clip-search';
import type { Analyze } from './use-reader-marks';

export interface LibraryProps {
  readonly store: SettingsStore;
  readonly localise: Localise;
  readonly service: LibraryService;
  /** Hands a file to the reader (a download in the browser). */
  readonly save: (file: OutFile) => void;
  /** Filters the page opens with (`?fact=` from a card's "Find in my clips"). */
  readonly initialQuery?: Partial<ClipQuery>;
  /** Re-annotates a stored article for the reader view's highlights and cards (the worker). */
  readonly analyze?: Analyze;
}

/** The filters a library URL asks for: `?fact=<fact id>`. Anything else in the query is ignored. */
export function queryFromUrl(search: string): Partial<ClipQuery> {
  const fact = new URLSearchParams(search).get('fact');
  return fact && fact.length <= 200 && /^[\w.:-]+$/.test(fact) ? { factId: fact } : {};
}

function useSettingsValue(store: SettingsStore): Settings {
  const [settings, setSettings] = useState(store.initial);
  useEffect(() => store.subscribe(setSettings), [store]);
  return settings;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function Library({ store, localise, service, save, initialQuery, analyze }: LibraryProps) {
  const id = useId();
  const settings = useSettingsValue(store);
  const { lang, t } = localise(settings.language);
  useDocumentPrefs({ lang, theme: settings.theme, title: t('libraryTitle') });
  const [notice, post] = useNotices();
  const [metas, setMetas] = useState<readonly ClipMeta[] | null>(null);
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState<ClipQuery>(() => ({ ...EMPTY_QUERY, ...initialQuery }));
  const [page, setPage] = useState(0);
  const [open, setOpen] = useState<Clip | null>(null);
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [removed, setRemoved] = useState<Clip | null>(null);
  const [durability, setDurability] = useState<Durability | null>(null);

  useEffect(
    () => service.watch(setMetas, (e) => post('error', (t) => t('libraryLoadFailed', message(e)))),
    [service, post],
  );
  useEffect(() => {
    service.durability().then(setDurability, () => setDurability({ persist: 'unsupported', evicted: false }));
  }, [service]);

  const texts = useCallback((ids?: readonly string[]) => service.texts(ids), [service]);
  const { hits, ready } = useClipSearch(metas, search, texts);
  // While searching, "newest" (the default) gives way to the best match first.
  const sort = hits && query.sort === 'newest' ? 'relevance' : query.sort;
  const shown = useMemo(() => applyQuery(metas ?? [], { ...query, sort }, hits), [metas, query, sort, hits]);
  const facets = useMemo(() => facetsOf(metas ?? []), [metas]);
  const counts = useMemo(() => versionCounts(metas ?? []), [metas]);
  const versions = useMemo(() => (open ? versionsIn(metas ?? [], open.url) : []), [metas, open]);

  const failed = (e: unknown) => post('error', (t) => message(e) || t('libraryActionFailed'));
  const openClip = async (clipId: string) => {
    const clip = await service.get(clipId).catch(failed);
    if (clip) setOpen(clip);
  };
  const remove = async (clip: Clip) => {
    try {
      await service.remove(clip.id);
      setOpen(null);
      setChosen((c) => c.filter((x) => x !== clip.id));
      setRemoved(clip);
    } catch (e) {
      failed(e);
    }
  };
  const undo = async () => {
    if (!removed) return;
    try {
      await service.restore(removed);
      post('ok', (t) => t('libraryRestored', removed.title || removed.url));
      setRemoved(null);
    } catch (e) {
      failed(e);
    }
  };
  const exportAll = async (format: ExportFormat) => {
    try {
      save(await service.exportAll(format));
      post('ok', (t) => t('libraryExported'));
    } catch (e) {
      failed(e);
    }
  };

  return (
    <main class="library" data-testid="library">
      <h1>{t('libraryTitle')}</h1>
      <search class="library__search">
        <label for={`${id}-q`}>{t('librarySearch')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={search}
          aria-describedby={`${id}-count`}
          onInput={(e) => {
            setSearch(e.currentTarget.value);
            setPage(0);
          }}
        />
      </search>
      <Filters
        t={t}
        facets={facets}
        query={query}
        searching={Boolean(search.trim())}
        onChange={(q) => {
          setQuery(q);
          setPage(0);
        }}
      />
      <p id={`${id}-count`} role="status" data-testid="count">
        {metas === null
          ? t('libraryLoading')
          : metas.length === 0
            ? t('libraryEmpty')
            : t('libraryCount', [String(shown.length), String(metas.length)])}
        {search.trim() && !ready ? ` ${t('libraryIndexing')}` : ''}
      </p>
      <div class="undo" role="status" data-testid="undo">
        {removed && (
          <span key={removed.id}>
            {t('libraryDeleted', removed.title || removed.url)}{' '}
            <button type="button" onClick={() => void undo()}>
              {t('libraryUndo')}
            </button>
          </span>
        )}
      </div>
      <div class="library__body">
        <ClipList
          t={t}
          lang={lang}
          clips={shown}
          page={page}
          onPage={setPage}
          openId={open?.id ?? null}
          onOpen={(clipId) => void openClip(clipId)}
          chosen={chosen}
          versionCounts={counts}
          onChoose={(clipId, on) =>
            setChosen((c) =>
              on ? [...c.filter((x) => x !== clipId), clipId].slice(-2) : c.filter((x) => x !== clipId),
            )
          }
        />
        {open && (
          <Reader
            t={t}
            lang={lang}
            clip={open}
            analyze={analyze}
            theme={settings.theme}
            onClose={() => setOpen(null)}
            versions={versions}
            onOpenVersion={(clipId) => void openClip(clipId)}
            onDelete={() => void remove(open)}
            onSave={async (change) => {
              try {
                await service.edit(open.id, change);
                setOpen(await service.get(open.id));
                post('ok', (t) => t('optionsSaved'));
              } catch (e) {
                failed(e);
              }
            }}
          />
        )}
      </div>
      <CompareBar t={t} chosen={chosen} onClear={() => setChosen([])} />
      <ImportExport
        t={t}
        onExport={(format) => void exportAll(format)}
        onImport={async (file) => {
          try {
            const outcome = await service.importFile(file);
            return outcome.ok ? { report: outcome.report } : { errors: outcome.errors };
          } catch (e) {
            return { errors: [message(e)] };
          }
        }}
      />
      <DurabilityPanel t={t} durability={durability} onBackup={() => void exportAll('json')} />
      <Notices t={t} notice={notice} />
    </main>
  );
}
