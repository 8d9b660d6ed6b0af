/**
 * The background service worker (an event page in Firefox). Stateless: listeners are
 * registered at top level on every start, and nothing is kept in memory that cannot be
 * rebuilt from storage (the fact base is rebuilt on first need after a wake).
 */

// The card UI, injected on a page's first dwell or card request (ADR 0021).
import cardsScript from '../content/cards.ts?script';
// The clip feature, injected only when the reader saves (docs/adr/0014-save-flow.md).
import clipScript from '../content/clip.ts?script';
// File names, not code: each content file built as one self-contained file to inject.
// The probe, injected only into pages that pass the first gate (or the reader asks for; ADR 0021);
// the annotate feature is in the same file (ADR 0026).
import probeScript from '../content/probe.ts?script';
// Saved passages shown again, injected only where the reader opted in and saved something (ADR 0019).
import revisitScript from '../content/revisit.ts?script';
import { revisitUrls } from '../core/clips/revisit';
import { onCommand } from '../platform/commands';
import { installMenus, MENU_SCOPES, onMenuClick } from '../platform/menus';
import { handle, send, sendToTab } from '../platform/messaging';
import {
  isLoading,
  loadedPages,
  onExtensionStart,
  onTabClosed,
  onTopFrameLoading,
  onTopFrameNavigation,
  tabPage,
} from '../platform/navigation';
import { hasOffscreenDocument, openOffscreenDocument } from '../platform/offscreen';
import { openLibrary } from '../platform/runtime';
import { injectFile, insertCss, removeCss } from '../platform/scripting';
import { loadSettings, onSettingsChanged } from '../platform/settings';
import { activeTabId, allTabIds } from '../platform/tabs';
import { EarlyReading, frameKey } from './engine/early-reading';
import { prepareFacts, WorkerFactBase } from './engine/factbase';
import { gateVocabularyOf } from './engine/gate';
import {
  lazyReader,
  OffscreenReader,
  type PageReader,
  READER_JUSTIFICATION,
  READER_PAGE,
} from './engine/page-reader';
import { SettingsAhead } from './engine/settings-ahead';
import { Warmup, warmSteps } from './engine/warm';
import { onAnalyze, onCardViews, onDisplay, onParse, onProbe, onStyle } from './handlers/annotate';
import {
  draftDeps,
  onSaveClip,
  PendingSaves,
  type SaveDeps,
  saveFromTab,
  storeClip,
  type TakeDeps,
} from './handlers/clips';
import { handleCommand } from './handlers/commands';
import { type CompareTabDeps, onCompareTab } from './handlers/compare';
import { type GateDeps, onNavigation, ProbedTabs, probeTab } from './handlers/gate';
import { loadPacksOnWake, onPacksChanged } from './handlers/packs';
import { onErrorReport, onPageAnnotated } from './handlers/page';
import { clipsAt, onRevisitFind, type RevisitDeps } from './handlers/revisit';
import { extensionPagesOnly } from './handlers/senders';
import { broadcastSettingsChanged } from './handlers/settings';
import { workerMark } from './timing';

// The fact base for this worker's lifetime, passed to every handler that reads it (issue #8).
const facts = new WorkerFactBase();
const saves: SaveDeps = { deps: () => draftDeps(facts.get()), store: storeClip };
const revisit: RevisitDeps = {
  settings: loadSettings,
  clipsAt,
  inject: (tabId, frameId) => injectFile(tabId, frameId, revisitScript),
};
// Saves the worker asked for and waits on (lives only while it waits; ADR 0017).
const pending = new PendingSaves();
const take: TakeDeps = {
  pending,
  inject: (tabId, frameId) => injectFile(tabId, frameId, clipScript),
  take: (tabId, frameId, request) => sendToTab(tabId, 'clip/take', request, frameId),
};

// The compare page's current tab: read by the same clip feature, never stored.
const compareTab: CompareTabDeps = {
  inject: take.inject,
  draft: (tabId, frameId) => sendToTab(tabId, 'clip/draft', {}, frameId),
  deps: () => draftDeps(facts.get()),
};

// The reader's fact packs, loaded on every wake; pages wait for them (the bundled base alone
// if storage fails), so a fact from a pack is never missing from the first page after a wake.
// With none stored (a flag in storage.local says so) IndexedDB is not opened at all.
const packsReady = loadPacksOnWake(facts).catch((e) => console.warn('[gloss] fact packs not loaded', e));

// Who reads a page's serialised copy (ADR 0039): Firefox's event page itself (it has a DOM), Chrome's
// worker its offscreen reader document, so the worker's own script carries no HTML parser.
// Firefox's event page may `import()` (a service worker may not): its reader, with Readability, is
// loaded on the first read; in Chrome's build this branch, and the file it names, are left out.
const reader: PageReader = __GLOSS_BACKGROUND_DOM__
  ? lazyReader(() => import('./engine/page-reader-here').then((m) => m.readerHere()))
  : new OffscreenReader({
      exists: () => hasOffscreenDocument(READER_PAGE),
      open: () => openOffscreenDocument(READER_PAGE, READER_JUSTIFICATION),
      ask: (html) => send('page/read', { html }),
    });
const readPage = (html: string) => reader.read(html);

// The engine made ready while the worker waits anyway: a page still loading (ADR 0024, 0031).
const warmup = new Warmup(
  async () => {
    await packsReady;
    return facts.get();
  },
  // In steps, one task each (ADR 0048 round 21): a page's load that comes meanwhile waits for one step.
  (base) => [...warmSteps(base), () => workerMark('gloss:worker-warmed')],
  () => {
    void reader.warm().then(
      () => workerMark('gloss:worker-parser'),
      (e) => console.warn('[gloss] page reader not ready', e),
    );
  },
);

// The reading a woken worker's first answer left out, made right after it (ADR 0028).
const early = new EarlyReading<Awaited<ReturnType<typeof onParse>>>();

// Which pages get the probe: the worker decides on each navigation (ADR 0021).
const probed = new ProbedTabs();
// The settings for a probe's answer, read while it is injected (ADR 0033).
const settingsAhead = new SettingsAhead(loadSettings);
// The settings for a loaded page's gate, read when it started loading (ADR 0048): a woken worker hears of
// both at once, and the read then overlaps the gate's vocabulary being parsed instead of following it.
const gateSettings = new SettingsAhead(loadSettings);
const gate: GateDeps = {
  settings: (tabId) => gateSettings.take(tabId),
  vocabulary: async () => {
    await packsReady;
    const vocabulary = gateVocabularyOf(facts.get());
    workerMark('gloss:worker-vocabulary');
    return vocabulary;
  },
  hasSaved: async (url) => (await clipsAt(revisitUrls(url, null))).length > 0,
  inject: async (tabId) => {
    workerMark('gloss:worker-inject');
    settingsAhead.start(tabId);
    const injected = injectFile(tabId, 0, probeScript);
    // While the browser injects (ADR 0048): the facts the answer reads, which the gate did not need. Nothing
    // more is warmed meanwhile (ADR 0031): the injection is over before a warm-up would be.
    prepareFacts(facts.get());
    await injected;
    workerMark('gloss:worker-injected');
  },
  current: tabPage,
};
// A tab closed or navigated away between the navigation event and the injection is no fault.
const TAB_GONE =
  /No tab with id|Invalid tab ID|tab was closed|Frame with ID \d+ (?:was removed|is showing error page)|Cannot access contents of/i;
const warnGate = (e: unknown) => {
  if (!TAB_GONE.test(String(e instanceof Error ? e.message : e)))
    console.warn('[gloss] probe not injected', e);
};
onTopFrameLoading((tabId) => {
  workerMark('gloss:worker-loading');
  gateSettings.start(tabId);
  // Best effort: the gate and the probe build what they need themselves.
  void warmup.pageStarted(gateVocabularyOf, () => isLoading(tabId)).catch(() => undefined);
});
onTopFrameNavigation((page, kind) => {
  workerMark('gloss:worker-navigation');
  void warmup.decide(() => onNavigation(page, kind, probed, gate)).catch(warnGate);
});
onTabClosed((tabId) => {
  probed.forget(tabId);
  settingsAhead.forget(tabId);
  gateSettings.forget(tabId);
});
// Installed, updated or the browser started: the pages already open are looked at, once at once and once
// a little later (a page that loaded while the new worker was being installed may never reach its
// tabs.onUpdated listener; seen in Chromium under load).
const RESWEEP_MS = 2_000;
const sweep = () =>
  void loadedPages().then((pages) => {
    for (const page of pages)
      if (!probed.has(page.tabId)) void onNavigation(page, 'loaded', probed, gate).catch(warnGate);
  });
onExtensionStart(() => {
  sweep();
  setTimeout(sweep, RESWEEP_MS);
});

handle({
  'page/annotated': (payload, sender) =>
    onPageAnnotated(payload, sender, (from) =>
      onStyle({ on: true }, from, { insert: insertCss, remove: removeCss }),
    ),
  'page/probe': async (payload, sender) => {
    workerMark('gloss:worker-probe');
    await packsReady;
    // A woken worker whose page reader is not ready yet answers from the text alone, then reads the
    // document at once (Chrome: its reader document opened if need be) for the page's `page/parse` (ADR 0028, 0039).
    const readNow = warmup.parserReady;
    const base = facts.get();
    const answer = await onProbe(
      payload,
      sender,
      base,
      readNow ? (html) => onParse({ html }, base, readPage) : null,
      () => settingsAhead.take(sender.tab?.id),
    );
    warmup.engineUsed(facts.get());
    workerMark('gloss:worker-answer');
    const key = frameKey(sender);
    const html = payload.html;
    if (answer.show && !readNow && key !== null && html !== null)
      setTimeout(() => {
        warmup.parserUsed();
        early.make(key, html, async (h) => {
          const reading = await onParse({ html: h }, facts.get(), readPage);
          workerMark('gloss:worker-early-reading');
          return reading;
        });
      }, 0);
    return answer;
  },
  'page/parse': async (payload, sender) => {
    await packsReady;
    const key = frameKey(sender);
    const made = key === null ? undefined : await early.take(key, payload.html);
    if (made !== undefined) return made;
    warmup.parserUsed();
    return onParse(payload, facts.get(), readPage);
  },
  'page/analyze': async (payload) => {
    await packsReady;
    return onAnalyze(payload, facts.get());
  },
  'card/views': async (payload) => {
    await packsReady;
    return onCardViews(payload, facts.get());
  },
  'page/display': (_payload, sender) => onDisplay(sender),
  // Into the sender's own frame only: a page can ask for nothing but Gloss's card UI in itself.
  'card/load': async (_payload, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('card/load is only for pages');
    await injectFile(tabId, sender.frameId ?? 0, cardsScript);
    return null;
  },
  'page/style': (payload, sender) => onStyle(payload, sender, { insert: insertCss, remove: removeCss }),
  // Only Gloss's own pages may reload the packs (the reply names the reader's packs) or save
  // from a tab they name: a content script learns nothing about other tabs (ADR 0017).
  'packs/changed': extensionPagesOnly('packs/changed', () => onPacksChanged(facts)),
  'clips/save': async (payload, sender) => {
    await packsReady;
    return onSaveClip(payload, sender, pending, saves);
  },
  // The reader asked to check a page the gate skipped (the popup's "Check this page").
  'page/check': extensionPagesOnly('page/check', async ({ tabId }) => {
    if (!(await tabPage(tabId))) return false;
    await probeTab(tabId, probed, gate);
    return true;
  }),
  'clips/take': extensionPagesOnly('clips/take', ({ tabId, scope, note }) =>
    saveFromTab(tabId, 0, { scope, note, notify: false }, take),
  ),
  'compare/tab': extensionPagesOnly('compare/tab', async (payload, sender) => {
    await packsReady;
    return onCompareTab(payload, sender, compareTab);
  }),
  'clips/find': async ({ factId }) => {
    await openLibrary(factId);
    return null;
  },
  'revisit/find': (payload, sender) => onRevisitFind(payload, sender, revisit),
  'error/report': onErrorReport,
});

// Content scripts never read the settings: the worker tells every tab they changed (ADR 0017).
// A tab without a probe is asked the gate again (Gloss switched on for its site, every page checked).
onSettingsChanged(() => {
  settingsAhead.clear();
  gateSettings.clear();
  void broadcastSettingsChanged({
    tabIds: allTabIds,
    notify: (tabId) => sendToTab(tabId, 'settings/changed', {}),
    unreached: (tabId) => {
      void tabPage(tabId).then((page) => page && onNavigation(page, 'loaded', probed, gate).catch(warnGate));
    },
  });
});

installMenus();
onMenuClick(({ id, tabId, frameId }) => {
  void saveFromTab(tabId, frameId, { scope: MENU_SCOPES[id], note: '', notify: true }, take);
});

onCommand((command) =>
  handleCommand(command, {
    save: (tabId) => saveFromTab(tabId, 0, { scope: 'auto', note: '', notify: true }, take),
    activeTabId,
    step: (tabId, direction) => sendToTab(tabId, 'page/step', { direction }),
  }).then(() => undefined),
);

workerMark('gloss:worker-ready');
