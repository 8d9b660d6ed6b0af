/**
 * The worker decides which pages get the probe (ADR 0021). On every top-frame navigation it asks
 * the first gate, which costs the page nothing: the tab's title and URL against the vocabulary of
 * the fact base (core/gate.ts). Only a page that passes, or one whose reader asked for it (Options
 * → "Check every page's text", the popup's "Check this page"), or one with saved passages to show
 * again (ADR 0019), gets the probe injected; the rest of the flow is ADR 0011's.
 *
 * The worker stays stateless: which tabs have a probe is kept only for its lifetime, to skip
 * needless injections; after a wake an injection may repeat, and the probe then keeps the copy
 * already running (content/probe.ts).
 */
import { type GateVocabulary, passesGate } from '../../core/gate';
import { isOffFor, type Settings } from '../../core/settings';
import type { NavigationKind, TabPage } from '../../platform/navigation';

/** After a history navigation, wait this long for the new content before probing it (ms). */
export const NAVIGATION_SETTLE_MS = 800;

export interface GateDeps {
  /**
   * The reader's settings for a decision on `tabId` (e.g. read ahead when its page started loading,
   * ADR 0048).
   */
  readonly settings: (tabId: number) => Promise<Settings>;
  /** The gate's vocabulary for the current fact base (the reader's packs included). */
  readonly vocabulary: () => Promise<GateVocabulary>;
  /** Does the reader have saved passages filed under `url`? */
  readonly hasSaved: (url: string) => Promise<boolean>;
  /** Injects the probe into the tab's top frame (resolves when it has run). */
  readonly inject: (tabId: number) => Promise<void>;
  /** The tab's top frame now (after a settle, the title may have changed). */
  readonly current: (tabId: number) => Promise<TabPage | null>;
  readonly wait?: (ms: number) => Promise<void>;
}

export type GateOutcome = 'probed' | 'skipped' | 'off' | 'already' | 'gone';

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};

/** Why a page gets the probe, or null: it does not. */
export async function gateReason(
  page: TabPage,
  settings: Settings,
  deps: Pick<GateDeps, 'vocabulary' | 'hasSaved'>,
): Promise<'every-page' | 'title-or-url' | 'saved' | null> {
  if (settings.checkEveryPage) return 'every-page';
  if (passesGate(await deps.vocabulary(), page.title, page.url)) return 'title-or-url';
  if (settings.revisit && (await deps.hasSaved(page.url))) return 'saved';
  return null;
}

/** The tabs with a probe in their current document, for the worker's lifetime. */
export class ProbedTabs {
  private readonly tabs = new Set<number>();
  private readonly pending = new Map<number, number>();

  has(tabId: number): boolean {
    return this.tabs.has(tabId);
  }
  add(tabId: number): void {
    this.tabs.add(tabId);
  }
  /** A new document (or a closed tab): whatever probe it had is gone. */
  forget(tabId: number): void {
    this.tabs.delete(tabId);
    this.pending.delete(tabId);
  }
  /** A token for the latest navigation of `tabId`; an older one is stale. */
  next(tabId: number): number {
    const token = (this.pending.get(tabId) ?? 0) + 1;
    this.pending.set(tabId, token);
    return token;
  }
  isLatest(tabId: number, token: number): boolean {
    return this.pending.get(tabId) === token;
  }
}

/**
 * A navigation in a tab's top frame: a load (a new document, no probe yet) or a history
 * navigation (probed again after NAVIGATION_SETTLE_MS unless the document already has a probe,
 * which follows the page's navigations itself).
 */
export async function onNavigation(
  page: TabPage,
  kind: NavigationKind,
  probed: ProbedTabs,
  deps: GateDeps,
): Promise<GateOutcome> {
  if (kind === 'loaded') probed.forget(page.tabId);
  else if (probed.has(page.tabId)) return 'already';
  const token = probed.next(page.tabId);
  let target: TabPage | null = page;
  if (kind === 'changed') {
    await (deps.wait ?? ((ms) => new Promise((ok) => setTimeout(ok, ms))))(NAVIGATION_SETTLE_MS);
    if (!probed.isLatest(page.tabId, token) || probed.has(page.tabId)) return 'already';
    target = await deps.current(page.tabId);
    if (!target) return 'gone';
  }
  const settings = await deps.settings(target.tabId);
  if (isOffFor(settings, hostOf(target.url))) return 'off';
  if (!(await gateReason(target, settings, deps))) return 'skipped';
  if (!probed.isLatest(page.tabId, token)) return 'already';
  return probeTab(target.tabId, probed, deps);
}

/** Injects the probe into a tab's top frame (the gate passed, or the reader asked). */
export async function probeTab(
  tabId: number,
  probed: ProbedTabs,
  deps: Pick<GateDeps, 'inject'>,
): Promise<'probed'> {
  probed.add(tabId);
  try {
    await deps.inject(tabId);
  } catch (e) {
    probed.forget(tabId);
    throw e;
  }
  return 'probed';
}
