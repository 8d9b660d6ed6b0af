/**
 * The reader's settings: their shape, defaults and a tolerant parser. Stored by
 * platform/settings.ts in extension storage (synced where available), so they survive
 * clearing cookies and site data. Parsing never throws: unknown or broken values fall
 * back to defaults, numbers are clamped, so a corrupt store cannot break a page.
 */
import type { Verdict } from './claims/verdict';

export type HighlightStyle = 'underline' | 'background';
/** Highlight every mention of a known name, or only the first of each fact (claims are always shown). */
export type Mentions = 'all' | 'first';
export type Theme = 'system' | 'light' | 'dark';
/** `auto` follows the browser's UI language. */
export type UiLanguage = 'auto' | 'en' | 'hi';

export const VERDICTS: readonly Verdict[] = ['consistent', 'differs', 'outdated', 'context'];
export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];
export const UI_LANGUAGES: readonly UiLanguage[] = ['auto', 'en', 'hi'];

/** Dwell bounds, in ms: below 150 ms cards flash on every pass; above 1500 ms hover feels broken. */
export const DWELL_MIN_MS = 150;
export const DWELL_MAX_MS = 1500;

export interface Settings {
  /** False pauses Gloss everywhere. */
  readonly enabled: boolean;
  /** Host names where Gloss is off (a host also covers its subdomains). */
  readonly disabledSites: readonly string[];
  readonly highlightStyle: HighlightStyle;
  readonly mentions: Mentions;
  /** Pointer dwell before a card opens. */
  readonly dwellMs: number;
  /** Which claim verdicts are highlighted. Terms are always shown. */
  readonly verdicts: Readonly<Record<Verdict, boolean>>;
  readonly theme: Theme;
  readonly language: UiLanguage;
  /**
   * Show the reader's saved passages again on pages they saved (issue #9). Off by default: the
   * page's scripts can read the highlight registry and so see which passages are marked.
   */
  readonly revisit: boolean;
  /**
   * Probe every http(s) page's text, not only pages whose title or URL names something in the
   * fact base (ADR 0021). Off by default: the first gate costs a page nothing; this costs every
   * page the probe (an isolated world, a read of its text, one message).
   */
  readonly checkEveryPage: boolean;
}

/**
 * What a page's content script is told of the settings (issue #11): how to show what Gloss found,
 * never whether or where Gloss is switched off (the worker answers that for the page's own host,
 * as a yes or no). `highlightStyle` stays in the worker too: it picks the stylesheet it inserts.
 */
export type DisplaySettings = Pick<Settings, 'mentions' | 'dwellMs' | 'verdicts' | 'theme' | 'language'>;

/** The display part of `settings`, and nothing else. */
export function displayOf(settings: Settings): DisplaySettings {
  const { mentions, dwellMs, verdicts, theme, language } = settings;
  return { mentions, dwellMs, verdicts: { ...verdicts }, theme, language };
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  highlightStyle: 'underline',
  mentions: 'all',
  dwellMs: 400,
  verdicts: { consistent: true, differs: true, outdated: true, context: true },
  theme: 'system',
  language: 'auto',
  revisit: false,
  checkEveryPage: false,
};

const pick = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** A host name as stored: lower case, no port, no leading "www.", or null if not a host. */
export function normaliseHost(input: string): string | null {
  let host = input.trim().toLowerCase();
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]+)/.exec(host);
  if (m) host = m[1] as string;
  host = host
    .replace(/^[^@]*@/, '')
    .replace(/:\d+$/, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) && host.length <= 253 ? host : null;
}

/** Reads stored settings, filling in defaults and dropping anything malformed. */
export function parseSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  const sites = Array.isArray(r.disabledSites) ? r.disabledSites : [];
  const verdicts = (typeof r.verdicts === 'object' && r.verdicts !== null ? r.verdicts : {}) as Record<
    string,
    unknown
  >;
  const dwell =
    typeof r.dwellMs === 'number' && Number.isFinite(r.dwellMs) ? Math.round(r.dwellMs) : d.dwellMs;
  return {
    enabled: typeof r.enabled === 'boolean' ? r.enabled : d.enabled,
    disabledSites: [
      ...new Set(
        sites
          .filter((s): s is string => typeof s === 'string')
          .map(normaliseHost)
          .filter((s) => s !== null),
      ),
    ].sort(),
    highlightStyle: pick(r.highlightStyle, ['underline', 'background'], d.highlightStyle),
    mentions: pick(r.mentions, ['all', 'first'], d.mentions),
    dwellMs: Math.min(DWELL_MAX_MS, Math.max(DWELL_MIN_MS, dwell)),
    verdicts: Object.fromEntries(
      VERDICTS.map((v) => [v, typeof verdicts[v] === 'boolean' ? verdicts[v] : d.verdicts[v]]),
    ) as Record<Verdict, boolean>,
    theme: pick(r.theme, ['system', 'light', 'dark'], d.theme),
    language: pick(r.language, UI_LANGUAGES, d.language),
    revisit: typeof r.revisit === 'boolean' ? r.revisit : d.revisit,
    checkEveryPage: typeof r.checkEveryPage === 'boolean' ? r.checkEveryPage : d.checkEveryPage,
  };
}

/** True when Gloss is off for `hostname` (paused everywhere, or the site or a parent is listed). */
export function isOffFor(settings: Settings, hostname: string): boolean {
  if (!settings.enabled) return true;
  const host = normaliseHost(hostname);
  if (!host) return false;
  return settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** The settings with `hostname` added to or removed from the disabled sites. */
export function withSite(settings: Settings, hostname: string, disabled: boolean): Settings {
  const host = normaliseHost(hostname);
  if (!host) return settings;
  const rest = settings.disabledSites.filter((s) => s !== host);
  return { ...settings, disabledSites: disabled ? [...rest, host].sort() : rest };
}

/** What the visibility rule needs to know of an annotation. */
export interface Showable {
  readonly kind: 'term' | 'claim';
  readonly verdict: Verdict | null;
  readonly factId: string;
}

/**
 * The annotations shown under `settings`, in the given (document) order: claims whose
 * verdict is switched on, and terms — every mention, or the first mention of each fact.
 */
export function visibleAnnotations<T extends Showable>(
  list: readonly T[],
  settings: Pick<Settings, 'verdicts' | 'mentions'>,
): T[] {
  const seen = new Set<string>();
  return list.filter((a) => {
    if (a.kind === 'claim') return a.verdict !== null && settings.verdicts[a.verdict];
    if (settings.mentions === 'all') return true;
    if (seen.has(a.factId)) return false;
    seen.add(a.factId);
    return true;
  });
}
