/**
 * The one typed message protocol between Gloss's contexts (content script, background
 * worker, extension pages). Every message is named here with its request and response
 * types; `send` and `handle` in platform/messaging.ts are generic over this map.
 *
 * Inbound messages are checked at runtime (`parseRequest`): a content script lives on
 * hostile pages and a worker must not trust the shape of what reaches it.
 */

import type { AnnotationRecord } from './annotate';
import type { Clip } from './clips/model';
import type { RevisitPassage } from './clips/revisit';
import type { CardView } from './facts/card';
import type { Rect } from './geometry';
import type { Settings } from './settings';

export type { Rect };

/** One annotation on the current page as listed to the popup (public fact-base data only). */
export interface AnnotationSummary {
  readonly id: number;
  readonly factId: string;
  readonly title: string;
  readonly quote: string;
  readonly kind: 'term' | 'claim';
  /** Claims: the verdict; terms: null. */
  readonly verdict: 'consistent' | 'differs' | 'outdated' | 'context' | null;
}

export interface PageSummary {
  readonly url: string;
  readonly title: string;
  /** The page's language (its <html lang>), for quotes shown elsewhere; null when unstated. */
  readonly lang: string | null;
  /** The language of the fact titles (the fact base's). */
  readonly factsLang: string;
  readonly annotations: readonly AnnotationSummary[];
}

/** An annotation as the content side has it: the engine's record over the article text, without its card. */
export interface DraftAnnotation {
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly kind: 'term' | 'claim';
  readonly factIds: readonly string[];
  readonly verdict: 'consistent' | 'differs' | 'outdated' | 'context' | null;
}

/**
 * What the content side knows about a page when the reader saves it (docs/adr/0014): the worker
 * builds the clip from this. `passage`: the selection as [start, end) of `article.text` when
 * `context` is null, else of `context` (a window of the page's text around a selection outside
 * the article, or on a page without one); null saves the whole article.
 */
export interface ClipDraft {
  readonly url: string;
  readonly canonical: string | null;
  readonly title: string;
  readonly site: string | null;
  readonly byline: string | null;
  readonly published: string | null;
  readonly lang: string | null;
  /** Readability's text and HTML (sanitised with DOMPurify in the page's isolated world); null: no article. */
  readonly article: { readonly text: string; readonly html: string } | null;
  readonly passage: { readonly start: number; readonly end: number; readonly context: string | null } | null;
  /** Gloss's annotations on `article.text` (empty when the annotate feature did not run). */
  readonly annotations: readonly DraftAnnotation[];
  readonly note: string;
}

/** What to save: the selection if there is one, else the article (`auto`); or one of them. */
export type SaveScope = 'auto' | 'article' | 'passage';

/** Why a save did not happen; each has a plain sentence in the UI (`clipRefused_<reason>`). */
export type SaveRefusal =
  | 'form-field'
  | 'frames'
  | 'nothing'
  | 'no-selection'
  | 'not-web'
  | 'unreachable'
  | 'storage';

export type SaveOutcome =
  | { readonly saved: true; readonly id: string; readonly kind: 'article' | 'passage' }
  | { readonly saved: false; readonly reason: SaveRefusal; readonly detail?: string };

/** What the clip feature read from a page without saving it: the draft, or why there is none. */
export type DraftOutcome =
  | { readonly draft: ClipDraft }
  | { readonly refused: SaveRefusal; readonly detail?: string };

/**
 * The article open in a tab, for the compare page (issue #10): built like a clip from the same
 * draft (`clipFromDraft`) but never stored.
 */
export type TabArticle =
  | { readonly found: true; readonly clip: Clip }
  | { readonly found: false; readonly reason: SaveRefusal; readonly detail?: string };

/** The worker's answer to a page's probe. */
export interface ProbeAnswer {
  readonly show: boolean;
  readonly off: boolean;
  /** The reader's settings as the worker read them (null when it answers no without reading). */
  readonly settings: Settings | null;
  /**
   * The reader chose to see saved passages again and Gloss is on for the site: the probe may ask
   * `revisit/find` (docs/adr/0019-revisit.md). Absent or false: it does not.
   */
  readonly revisit?: boolean;
}

/** What the revisit feature placed on the page, for the popup (the orphans' quotes, to list them). */
export interface RevisitStatus {
  readonly shown: number;
  readonly orphans: readonly string[];
}

/** Message name → request and response. */
export interface Protocol {
  /** content → background: the page was annotated (drives the toolbar badge). */
  'page/annotated': { request: { count: number }; response: null };
  /** popup/background → content: what is annotated on this page (null: no article). */
  'page/summary': { request: Record<string, never>; response: PageSummary | null };
  /** popup/background → content: scroll an annotation into view; its first line box, in viewport px. */
  'page/reveal': { request: { annotationId: number }; response: Rect | null };
  /** popup/background → content: open an annotation's card with keyboard focus. */
  'page/open': { request: { annotationId: number }; response: boolean };
  /** background (keyboard command) → content: move to the next or previous annotation. */
  'page/step': { request: { direction: 1 | -1 }; response: boolean };
  /**
   * content (probe) → background: the page's text, read cheaply; does the fact base have anything
   * to say here? `show`: start the annotate feature (the worker injected it first unless `loaded`)
   * with `settings` (the worker read them for its answer, so the page need not). `off`: Gloss is
   * off for this site, so only a settings change can alter the answer.
   * See docs/adr/0011-where-each-step-runs.md.
   */
  'page/probe': { request: { text: string; loaded: boolean }; response: ProbeAnswer };
  /** content → background: run the engine on an article's text; records plus the card views they need. */
  'page/analyze': {
    request: { text: string; published: string | null };
    response: { records: readonly AnnotationRecord[]; views: readonly CardView[] };
  };
  /** content → background: card views of facts (a related fact opened inside a card, and its neighbours). */
  'card/views': { request: { factIds: readonly string[] }; response: readonly CardView[] };
  /**
   * options → background: the reader imported, enabled, disabled or removed a fact pack;
   * the worker reloads its fact base and answers with its version and any pack it skipped.
   */
  'packs/changed': {
    request: Record<string, never>;
    response: { version: string; skipped: readonly { id: string; reason: string }[] };
  };
  /** content (injected on a save) → background: build a clip from the page and store it. */
  'clips/save': { request: { draft: ClipDraft }; response: SaveOutcome };
  /**
   * background → content (one frame, after injecting the clip feature): the reader asked to save;
   * collect the page and send `clips/save`. `notify`: show the outcome in Gloss's in-page notice
   * (context menu and keyboard command; the popup shows it itself).
   */
  'clip/take': { request: { scope: SaveScope; note: string; notify: boolean }; response: SaveOutcome };
  /** popup → background: save from a tab's top frame. */
  'clips/take': { request: { tabId: number; scope: SaveScope; note: string }; response: SaveOutcome };
  /**
   * background → content (one frame, after injecting the clip feature): read the page's article
   * as a save would, but send it back instead of saving it (the compare page's current tab).
   */
  'clip/draft': { request: Record<string, never>; response: DraftOutcome };
  /**
   * compare page → background: the article open in tab `tabId`, read by the clip feature. Only
   * Gloss's own extension pages may ask (a content script could otherwise read another tab).
   */
  'compare/tab': { request: { tabId: number }; response: TabArticle };
  /** content (a card's "Find in my clips") → background: open the library filtered by a fact. */
  'clips/find': { request: { factId: string }; response: null };
  /**
   * content (probe) → background, only when the probe's answer said `revisit`: which saved passages
   * does this page have? The worker checks the setting again, looks the frame's URL (as the browser
   * reports the sender) and the page's canonical link up, and when there are any injects the revisit feature (unless `loaded`)
   * before answering with their selectors only (docs/adr/0019-revisit.md).
   */
  'revisit/find': {
    request: { canonical: string | null; loaded: boolean };
    response: { passages: readonly RevisitPassage[] };
  };
  /** popup → content: the saved passages shown on this page and those that could not be placed. */
  'revisit/status': { request: Record<string, never>; response: RevisitStatus };
  /** any → background: an error Gloss caught, reported away from the page's console. */
  'error/report': { request: { context: string; message: string }; response: null };
}

export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = Protocol[N]['request'];
export type ResponseOf<N extends MessageName> = Protocol[N]['response'];

/** The envelope on the wire. `gloss: 1` is the protocol version. */
export interface Envelope<N extends MessageName = MessageName> {
  readonly gloss: 1;
  readonly name: N;
  readonly payload: RequestOf<N>;
}

/** Every response is a result: handlers' errors travel as data, not as rejections. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = <T = never>(error: string): Result<T> => ({ ok: false, error });

type Guard<T> = (x: unknown) => x is T;
const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0 && (x as number) < 1e7;
/** Browser tab ids are positive 32-bit integers (Chromium's can be large). */
const isTabId = (x: unknown): x is number =>
  Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 2 ** 31;
const isShortString = (x: unknown, max: number): x is string => typeof x === 'string' && x.length <= max;
/** The most page text a probe or an analysis carries (characters); longer text is cut by the sender. */
export const MAX_PAGE_TEXT = 2_000_000;
const isFactIds = (x: unknown): x is readonly string[] =>
  Array.isArray(x) && x.length <= 500 && x.every((id) => isShortString(id, 200));

/** The most article HTML a save carries (characters; the clip record's limit). */
export const MAX_ARTICLE_HTML = 5_000_000;
const MAX_NOTE = 100_000;
const isNullableString = (x: unknown, max: number): x is string | null => x === null || isShortString(x, max);
const SCOPES: readonly unknown[] = ['auto', 'article', 'passage'];
const VERDICTS: readonly unknown[] = ['consistent', 'differs', 'outdated', 'context', null];
const isScope = (x: unknown): x is SaveScope => SCOPES.includes(x);

const isSpan = (x: Record<string, unknown>, length: number): boolean =>
  isCount(x.start) &&
  isCount(x.end) &&
  (x.start as number) < (x.end as number) &&
  (x.end as number) <= length;

const isDraftAnnotation = (x: unknown, length: number): x is DraftAnnotation =>
  isRecord(x) &&
  isSpan(x, length) &&
  isShortString(x.quote, 100_000) &&
  (x.kind === 'term' || x.kind === 'claim') &&
  isFactIds(x.factIds) &&
  VERDICTS.includes(x.verdict);

const isArticle = (x: unknown): x is ClipDraft['article'] =>
  x === null ||
  (isRecord(x) && isShortString(x.text, MAX_PAGE_TEXT) && isShortString(x.html, MAX_ARTICLE_HTML));

/** A draft's shape and sizes; the worker checks meaning (URL, offsets against text, facts). */
function isDraft(x: unknown): x is ClipDraft {
  if (!isRecord(x) || !isArticle(x.article)) return false;
  const text = x.article?.text ?? '';
  const passage = x.passage;
  const passageOk =
    passage === null ||
    (isRecord(passage) &&
      isNullableString(passage.context, 10_000) &&
      isSpan(passage, passage.context === null ? text.length : (passage.context as string).length));
  return (
    isShortString(x.url, 8_192) &&
    isNullableString(x.canonical, 8_192) &&
    isShortString(x.title, 10_000) &&
    isNullableString(x.site, 1_000) &&
    isNullableString(x.byline, 1_000) &&
    isNullableString(x.published, 200) &&
    isNullableString(x.lang, 100) &&
    passageOk &&
    Array.isArray(x.annotations) &&
    x.annotations.length <= 20_000 &&
    x.annotations.every((a) => isDraftAnnotation(a, text.length)) &&
    isShortString(x.note, MAX_NOTE)
  );
}

/** Runtime guards, one per message: the only way a payload is trusted. */
const guards: { [N in MessageName]: Guard<RequestOf<N>> } = {
  'page/annotated': (p): p is RequestOf<'page/annotated'> => isRecord(p) && isCount(p.count),
  'page/summary': (p): p is RequestOf<'page/summary'> => isRecord(p) && Object.keys(p).length === 0,
  'page/reveal': (p): p is RequestOf<'page/reveal'> => isRecord(p) && isCount(p.annotationId),
  'page/open': (p): p is RequestOf<'page/open'> => isRecord(p) && isCount(p.annotationId),
  'page/step': (p): p is RequestOf<'page/step'> => isRecord(p) && (p.direction === 1 || p.direction === -1),
  'page/probe': (p): p is RequestOf<'page/probe'> =>
    isRecord(p) && isShortString(p.text, MAX_PAGE_TEXT) && typeof p.loaded === 'boolean',
  'page/analyze': (p): p is RequestOf<'page/analyze'> =>
    isRecord(p) &&
    isShortString(p.text, MAX_PAGE_TEXT) &&
    (p.published === null || isShortString(p.published, 100)),
  'card/views': (p): p is RequestOf<'card/views'> => isRecord(p) && isFactIds(p.factIds),
  'packs/changed': (p): p is RequestOf<'packs/changed'> => isRecord(p) && Object.keys(p).length === 0,
  'clips/save': (p): p is RequestOf<'clips/save'> => isRecord(p) && isDraft(p.draft),
  'clip/take': (p): p is RequestOf<'clip/take'> =>
    isRecord(p) && isScope(p.scope) && isShortString(p.note, MAX_NOTE) && typeof p.notify === 'boolean',
  'clips/take': (p): p is RequestOf<'clips/take'> =>
    isRecord(p) && isTabId(p.tabId) && isScope(p.scope) && isShortString(p.note, MAX_NOTE),
  'clip/draft': (p): p is RequestOf<'clip/draft'> => isRecord(p) && Object.keys(p).length === 0,
  'compare/tab': (p): p is RequestOf<'compare/tab'> => isRecord(p) && isTabId(p.tabId),
  'clips/find': (p): p is RequestOf<'clips/find'> => isRecord(p) && isShortString(p.factId, 200),
  'revisit/find': (p): p is RequestOf<'revisit/find'> =>
    isRecord(p) && isNullableString(p.canonical, 8_192) && typeof p.loaded === 'boolean',
  'revisit/status': (p): p is RequestOf<'revisit/status'> => isRecord(p) && Object.keys(p).length === 0,
  'error/report': (p): p is RequestOf<'error/report'> =>
    isRecord(p) && isShortString(p.context, 200) && isShortString(p.message, 4000),
};

/** Builds an envelope. */
export function makeRequest<N extends MessageName>(name: N, payload: RequestOf<N>): Envelope<N> {
  return { gloss: 1, name, payload };
}

/** Parses an inbound message: an envelope of a known name with a valid payload, or null. */
export function parseRequest(raw: unknown): Envelope | null {
  if (!isRecord(raw) || raw.gloss !== 1 || typeof raw.name !== 'string') return null;
  if (!Object.hasOwn(guards, raw.name)) return null;
  const name = raw.name as MessageName;
  const guard = guards[name] as Guard<unknown>;
  return guard(raw.payload) ? (raw as unknown as Envelope) : null;
}

/** Checks that a reply has the Result shape (it crossed a process boundary). */
export function parseResult(raw: unknown): Result<unknown> {
  if (isRecord(raw) && raw.ok === true && 'value' in raw) return { ok: true, value: raw.value };
  if (isRecord(raw) && raw.ok === false && typeof raw.error === 'string')
    return { ok: false, error: raw.error };
  return { ok: false, error: 'no valid reply (is the receiving context loaded?)' };
}
