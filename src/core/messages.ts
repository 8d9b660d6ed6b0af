/**
 * The one typed message protocol between Gloss's contexts (content script, background
 * worker, extension pages). Every message is named here with its request and response
 * types; `send` and `handle` in platform/messaging.ts are generic over this map.
 *
 * Every message and every reply is checked at run time against one valibot schema per message
 * (`parseRequest`, `parseReply`; issue #11): a content script lives on hostile pages, so the
 * worker and the popup must not trust the shape of what reaches them from it, and the content
 * side checks what it is sent too (the schemas are in message-schemas.ts). See
 * docs/adr/0017-hostile-pages.md.
 */

import * as v from 'valibot';
import type { AnnotationRecord } from './annotate';
import type { Clip } from './clips/model';
import type { RevisitPassage } from './clips/revisit';
import { type Envelope, err, isRecord, ok, parseResult, type Result } from './envelope';
import type { CardView } from './facts/card';
import type { Rect } from './geometry';
import { type Schema, schemas } from './message-schemas';
import type { PageMap } from './page-map';
import type { DisplaySettings } from './settings';

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
  /** Gloss is off for this page's host (paused, or the site switched off); nothing else is said. */
  readonly off: boolean;
  /** How to show what Gloss finds (null when it shows nothing here): never the site list. */
  readonly display: DisplaySettings | null;
  /**
   * The reader chose to see saved passages again and Gloss is on for the site: the probe may ask
   * `revisit/find` (docs/adr/0019-revisit.md). Absent or false: it does not.
   */
  readonly revisit?: boolean;
  /**
   * With `show`: the worker's reading of the page's serialised document the probe sent (null: no
   * article, or no document sent), so the annotate feature starts without asking (ADR 0026).
   */
  readonly reading?: PageReading | null;
}

/**
 * Where an annotation is on the page (ADR 0023): an offset in the page's text (dom/page-text.ts),
 * the exact text there, and which occurrence of that text in the page's text it is.
 */
export interface TextPlace {
  readonly at: number;
  readonly raw: string;
  readonly k: number;
}

/**
 * An annotation record as a page holds it (ADR 0023): the card's title only (the popup's list); the rest
 * of the card is in the fact's view, which the page has once, not once per mention.
 */
export type PageRecord = Omit<AnnotationRecord, 'card'> & { readonly card: { readonly title: string } };

/**
 * The worker's reading of a page's serialised copy (ADR 0023): the engine's records over the
 * article's text, each one's place on the page (null: it did not map) and which occurrence of its
 * quote it is in that text, the views of the annotated facts, and the article's first and last
 * text as places (the page watches what lies between for content added later).
 */
export interface PageReading {
  readonly published: string | null;
  readonly records: readonly PageRecord[];
  readonly places: readonly (TextPlace | null)[];
  readonly nth: readonly number[];
  readonly views: readonly CardView[];
  readonly bounds: { readonly first: TextPlace; readonly last: TextPlace } | null;
}

/** What the revisit feature placed on the page, for the popup (the orphans' quotes, to list them). */
export interface RevisitStatus {
  readonly shown: number;
  readonly orphans: readonly string[];
}

/** The worker's answer to `page/display`: is Gloss on here, and how to show it. */
export interface DisplayAnswer {
  readonly off: boolean;
  readonly display: DisplaySettings;
  /** The reader wants saved passages shown again (and Gloss is on here): the revisit feature's question. */
  readonly revisit: boolean;
}

/** Message name → request and response. */
export interface Protocol {
  /**
   * content → background: the page was annotated (drives the toolbar badge). With `sheet`, the
   * frame now shows highlights: the worker also does what `page/style` with `on` does (one message
   * after placing instead of two, ADR 0039 round 4).
   */
  'page/annotated': { request: { count: number; sheet: boolean }; response: null };
  /** popup/background → content: what is annotated on this page (null: no article). */
  'page/summary': { request: Record<string, never>; response: PageSummary | null };
  /** popup/background → content: scroll an annotation into view; its first line box, in viewport px. */
  'page/reveal': { request: { annotationId: number }; response: Rect | null };
  /** popup/background → content: open an annotation's card with keyboard focus. */
  'page/open': { request: { annotationId: number }; response: boolean };
  /** background (keyboard command) → content: move to the next or previous annotation. */
  'page/step': { request: { direction: 1 | -1 }; response: boolean };
  /**
   * content (probe) → background: the page's text, read cheaply, and its serialised document (null
   * when longer than MAX_PAGE_HTML); does the fact base have anything to say here? Only the text is
   * read to decide; when `show`, the worker also reads the document as `page/parse` does and sends
   * the reading with the answer, and the probe starts the annotate feature (in its own file) with it
   * and `display` (only what showing needs; the page never reads the settings). `off`: Gloss is off
   * for this site, so only a settings change can alter the answer. One message where there were two
   * (ADR 0026). See docs/adr/0011-where-each-step-runs.md and docs/adr/0017-hostile-pages.md.
   */
  'page/probe': { request: { text: string; html: string | null }; response: ProbeAnswer };
  /**
   * content (annotate feature) → background: the page's serialised document (`outerHTML`). The
   * worker parses it into an inert copy, finds the article with Readability and runs the engine;
   * null when the page has no article (ADR 0023). A feature started by the probe has its first
   * reading from `page/probe`; it asks this when it starts again (Gloss switched back on).
   */
  'page/parse': { request: { html: string }; response: PageReading | null };
  /**
   * background (Chrome's worker, which has no DOM) → the reader document (an offscreen extension page):
   * parse a page's serialised document, find its article with Readability and map its text to the
   * page's (core/page-map.ts); null when the page has no article (ADR 0039). Refused to content scripts.
   */
  'page/read': { request: { html: string }; response: PageMap | null };
  /** content → background: run the engine on a text (content added later); records plus the card views they need. */
  'page/analyze': {
    request: { text: string; published: string | null };
    response: { records: readonly AnnotationRecord[]; views: readonly CardView[] };
  };
  /**
   * content (annotate feature) → background: the reader's pointer rests on a mark, or a card was asked
   * for; inject the card UI into the sender's frame (ADR 0021). Resolves once it has run there.
   */
  'card/load': { request: Record<string, never>; response: null };
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
  /**
   * content (injected on a save) → background: build a clip from the page and store it. `token`: the
   * one the worker sent with `clip/take` for this frame; a save the worker did not ask for is
   * refused (ADR 0017).
   */
  'clips/save': { request: { draft: ClipDraft; token: string }; response: SaveOutcome };
  /**
   * background → content (one frame, after injecting the clip feature): the reader asked to save;
   * collect the page and send `clips/save`. `notify`: show the outcome in Gloss's in-page notice
   * (context menu and keyboard command; the popup shows it itself).
   */
  'clip/take': {
    request: { scope: SaveScope; note: string; notify: boolean; token: string };
    response: SaveOutcome;
  };
  /**
   * popup → background: the reader asked Gloss to check a page its first gate skipped (ADR 0021);
   * the worker injects the probe into the tab's top frame. False: the tab cannot be read
   * (not an http(s) page, or gone).
   */
  'page/check': { request: { tabId: number }; response: boolean };
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
  /**
   * background → content (every tab, every frame): the reader's settings changed. Carries nothing;
   * a content script that cares asks `page/display` for its own host.
   */
  'settings/changed': { request: Record<string, never>; response: null };
  /** content → background: is Gloss on for the sender's host, and how to show what it finds. */
  'page/display': { request: Record<string, never>; response: DisplayAnswer };
  /**
   * content → background: the sender's frame shows highlights (`on`) or no longer does; the worker
   * inserts the stylesheet for the reader's highlight style into that frame, or removes it, so
   * no page where Gloss shows nothing carries Gloss's styles.
   */
  'page/style': { request: { on: boolean }; response: null };
  /** any → background: an error Gloss caught, reported away from the page's console. */
  'error/report': { request: { context: string; message: string }; response: null };
}

export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = Protocol[N]['request'];
export type ResponseOf<N extends MessageName> = Protocol[N]['response'];

export type { Envelope, Result } from './envelope';
export { err, makeRequest, ok, parseResult } from './envelope';
export { MAX_ARTICLE_HTML, MAX_PAGE_HTML, MAX_PAGE_TEXT } from './limits';

/** True when `name` is a message of the protocol (an own key: `toString` and `__proto__` are not). */
export const isMessageName = (name: unknown): name is MessageName =>
  typeof name === 'string' && Object.hasOwn(schemas, name);

/**
 * Parses an inbound message: an envelope of a known name whose payload its schema accepts (the
 * parsed payload, without keys the schema does not name), or null.
 */
export function parseRequest(raw: unknown): Envelope | null {
  if (!isRecord(raw) || raw.gloss !== 1 || !isMessageName(raw.name)) return null;
  const parsed = v.safeParse(schemas[raw.name].request as Schema<unknown>, raw.payload);
  return parsed.success ? { gloss: 1, name: raw.name, payload: parsed.output as never } : null;
}

/**
 * Checks a reply to `name`: a Result whose value the message's reply schema accepts. A reply of
 * the wrong shape (a content script on a hostile page, a stale copy) becomes a clear error.
 */
export function parseReply<N extends MessageName>(name: N, raw: unknown): Result<ResponseOf<N>> {
  const result = parseResult(raw);
  if (!result.ok) return result;
  const parsed = v.safeParse(schemas[name].response as Schema<unknown>, result.value);
  if (parsed.success) return ok(parsed.output as ResponseOf<N>);
  const issue = parsed.issues[0];
  const where = issue ? v.getDotPath(issue) : null;
  return err(`malformed reply to ${name}${where ? ` at ${where}` : ''}: ${issue?.message ?? 'invalid'}`);
}
