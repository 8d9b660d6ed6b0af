/**
 * The toolbar popup: switches for this site and for everywhere, and what Gloss found on the
 * current page, by verdict. It renders at once and fills in when the page answers.
 */
import type { PageSummary, RevisitStatus, SaveOutcome } from '../../core/messages';
import { useDocumentPrefs } from '../shared/document';
import { Notices, useNotices } from '../shared/notices';
import { Switch } from '../shared/Switch';
import type { Localise, SettingsStore } from '../shared/services';
import { useSettings } from '../shared/use-settings';
import { AnnotationList } from './AnnotationList';
import { CheckPage, type SkippedPage, useSkipped } from './CheckPage';
import { SaveClip } from './SaveClip';
import { SavedHere } from './SavedHere';
import { hostOf, listedEntry, sitesWith } from './sites';
import { usePageSummary } from './use-summary';

export interface PopupProps {
  readonly store: SettingsStore;
  readonly localise: Localise;
  /** Asks the page for its summary (null: Gloss has nothing there); again after a switch changes. */
  readonly loadSummary: () => Promise<PageSummary | null>;
  /** Sends `page/open` for an annotation; resolves true when the page opened its card. */
  readonly open: (annotationId: number) => Promise<boolean>;
  readonly openOptions: () => Promise<void>;
  /** Saves the page's selection, or else its article, with a note (`clips/take`). */
  readonly saveClip: (note: string) => Promise<SaveOutcome>;
  /** Opens the clip library in a tab. */
  readonly openLibrary: () => Promise<void>;
  /** Opens the compare page with this tab's article on one side (issue #10). */
  readonly openCompare?: () => Promise<void>;
  /** Closes the popup (`window.close()`). */
  readonly close: () => void;
  /** Asks the page which saved passages it shows (null: none, or the revisit setting is off). */
  readonly loadRevisit?: () => Promise<RevisitStatus | null>;
  /** Where no content script answered: the tab's page, if Gloss may read it (its first gate skipped it; ADR 0021). */
  readonly loadSkipped?: () => Promise<SkippedPage | null>;
  /** "Check this page": the worker injects the probe; resolves once the page had time to answer. */
  readonly check?: () => Promise<boolean>;
}

export function Popup({
  store,
  localise,
  loadSummary,
  open,
  openOptions,
  saveClip,
  openLibrary,
  openCompare,
  close,
  loadRevisit,
  loadSkipped,
  check,
}: PopupProps) {
  const [notice, post] = useNotices();
  const { settings, update } = useSettings(store, post);
  const { lang, t } = localise(settings.language);
  useDocumentPrefs({ lang, theme: settings.theme, title: t('extName') });
  // Whether Gloss is on for the page; the page is asked again when this changes.
  const onOff = (summary: PageSummary | null) => {
    const host = summary ? hostOf(summary.url) : null;
    return host && `${settings.enabled} ${listedEntry(settings, host) ?? ''}`;
  };
  const { view, busy, reload } = usePageSummary(loadSummary, onOff);
  const summary = view.state === 'ready' ? view.summary : null;
  const skipped = useSkipped(view.state === 'ready' && !summary ? loadSkipped : undefined);
  const host = summary ? hostOf(summary.url) : skipped ? hostOf(skipped.url) : null;
  const listed = host ? listedEntry(settings, host) : undefined;

  const openOne = (annotationId: number) => {
    const failed = () => post('error', (t) => t('popupOpenFailed'));
    open(annotationId).then((opened) => (opened ? close() : failed()), failed);
  };
  const toOptions = () => {
    openOptions().then(close, () => post('error', (t) => t('popupOptionsFailed')));
  };
  const toLibrary = () => {
    openLibrary().then(close, () => post('error', (t) => t('popupOptionsFailed')));
  };
  const toCompare = openCompare
    ? () => {
        openCompare().then(close, () => post('error', (t) => t('popupOptionsFailed')));
      }
    : undefined;

  return (
    <main data-testid="popup" aria-busy={busy ? 'true' : 'false'}>
      <header class="bar">
        <h1>{t('extName')}</h1>
        <button type="button" class="button button--quiet" data-testid="open-options" onClick={toOptions}>
          {t('popupOptions')}
        </button>
      </header>
      <div class="controls">
        {host && (
          <Switch
            checked={!listed}
            onChange={(on) => update({ disabledSites: sitesWith(settings, host, on) })}
            description={listed && listed !== host ? t('popupSiteViaParent', listed) : host}
            testId="site-switch"
          >
            {t('popupSiteSwitch')}
          </Switch>
        )}
        <Switch
          checked={!settings.enabled}
          onChange={(paused) => update({ enabled: !paused })}
          description={settings.enabled ? undefined : t('popupPausedNote')}
          testId="pause-switch"
        >
          {t('popupPauseSwitch')}
        </Switch>
      </div>
      <SaveClip t={t} save={saveClip} openLibrary={toLibrary} openCompare={toCompare} />
      {loadRevisit && <SavedHere t={t} lang={summary?.lang ?? null} load={loadRevisit} />}
      <Notices t={t} notice={notice} />
      <div class="findings" data-testid="findings">
        {view.state === 'loading' ? (
          <p class="message">{t('popupLoading')}</p>
        ) : !settings.enabled ? (
          <p class="message">{t('popupPausedNothing')}</p>
        ) : listed ? (
          <p class="message">{t('popupSiteOffNothing')}</p>
        ) : summary ? (
          <AnnotationList t={t} summary={summary} onOpen={openOne} />
        ) : skipped && check ? (
          <CheckPage t={t} check={check} onChecked={reload} />
        ) : (
          <p class="message">{t('popupNoArticle')}</p>
        )}
        {view.state === 'ready' && !host && <p class="hint">{t('popupNoSite')}</p>}
      </div>
    </main>
  );
}
