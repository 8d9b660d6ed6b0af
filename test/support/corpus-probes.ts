/**
 * In-page functions for the corpus run (test/support/corpus.ts). Like probes.ts, each is serialised
 * into the page's main world, so it may not use imports or outer variables.
 */

export interface CorpusState {
  /** DOM mutations after DOMContentLoaded (the page's own scripts are blocked, so any is Gloss's). */
  mutations: number;
  samples: string[];
  /** documentElement.outerHTML and body.textContent equal what they were at DOMContentLoaded. */
  sameHtml: boolean;
  sameText: boolean;
  /** Where the serialisations first differ, when they do. */
  diff: string;
  /** Long tasks (≥ 50 ms) after DOMContentLoaded; null where the browser has no Long Tasks API. */
  longTasks: number[] | null;
  /** Registered CSS custom highlights: names and ranges over all of them. */
  highlightNames: string[];
  highlightRanges: number;
  /** `gloss-root` hosts in the document and constructed style sheets adopted by it. */
  hosts: number;
  adoptedSheets: number;
}

interface ProbeWindow {
  __glossCorpus?: {
    mutations: number;
    samples: string[];
    html: string | null;
    text: string | null;
    ready: number;
    longTasks: { start: number; duration: number }[] | null;
  };
}

/**
 * Init script: at DOMContentLoaded (before Gloss's content script, which runs at document_idle) keeps
 * the serialised document and its text, and from then on counts DOM mutations and long tasks.
 */
export function installCorpusProbe(): void {
  const state: NonNullable<ProbeWindow['__glossCorpus']> = {
    mutations: 0,
    samples: [],
    html: null,
    text: null,
    ready: 0,
    longTasks: null,
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      state.mutations += 1;
      if (state.samples.length < 5) {
        const attr = r.attributeName ? ` [${r.attributeName}]` : '';
        const added = [...r.addedNodes].map((n) => n.nodeName.toLowerCase()).join(',');
        state.samples.push(`${r.type}${attr} on <${r.target.nodeName.toLowerCase()}> +(${added})`);
      }
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
    const tasks: { start: number; duration: number }[] = [];
    state.longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
  }
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      observer.takeRecords();
      state.mutations = 0;
      state.samples.length = 0;
      state.html = document.documentElement.outerHTML;
      state.text = document.body?.textContent ?? '';
      state.ready = performance.now();
    },
    { once: true },
  );
  (window as unknown as ProbeWindow).__glossCorpus = state;
}

/** What installCorpusProbe saw, and the document compared with its DOMContentLoaded snapshot. */
export function readCorpusState(): CorpusState | null {
  const state = (window as unknown as ProbeWindow).__glossCorpus;
  if (!state || state.html === null) return null;
  const live = document.documentElement.outerHTML;
  const before = state.html;
  let i = 0;
  while (i < live.length && live[i] === before[i]) i += 1;
  // No inner named functions here: tsx would wrap them in a `__name` helper the page does not have.
  const from = Math.max(0, i - 60);
  let ranges = 0;
  for (const h of CSS.highlights.values()) ranges += h.size;
  return {
    mutations: state.mutations,
    samples: [...state.samples],
    sameHtml: live === before,
    sameText: (document.body?.textContent ?? '') === state.text,
    diff:
      live === before
        ? ''
        : `at ${i}: now ${JSON.stringify(live.slice(from, i + 60))} vs before ${JSON.stringify(before.slice(from, i + 60))}`,
    longTasks: state.longTasks
      ? state.longTasks.filter((t) => t.start >= state.ready).map((t) => Math.round(t.duration))
      : null,
    highlightNames: [...CSS.highlights.keys()].sort(),
    highlightRanges: ranges,
    hosts: document.querySelectorAll('gloss-root').length,
    adoptedSheets: document.adoptedStyleSheets.length,
  };
}

// The same in-page helpers the e2e messenger uses.
export { findTabByUrl, sendToTab, tabIdAt } from './messenger';

/** In an extension page: sets `settings` in storage.sync to the defaults plus `patch` (null: removes it). */
export async function writeSettings(patch: Record<string, unknown> | null): Promise<void> {
  type Sync = { set(v: object): Promise<void>; remove(k: string): Promise<void> };
  const g = globalThis as unknown as {
    browser?: { storage: { sync: Sync } };
    chrome: { storage: { sync: Sync } };
  };
  const sync = (g.browser ?? g.chrome).storage.sync;
  if (patch) await sync.set({ settings: patch });
  else await sync.remove('settings');
}
