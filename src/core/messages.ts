/**
 * The one typed message protocol between Gloss's contexts (content script, background
 * worker, extension pages). Every message is named here with its request and response
 * types; `send` and `handle` in platform/messaging.ts are generic over this map.
 *
 * Inbound messages are checked at runtime (`parseRequest`): a content script lives on
 * hostile pages and a worker must not trust the shape of what reaches it.
 */

import type { AnnotationRecord } from './annotate';
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

/** The worker's answer to a page's probe. */
export interface ProbeAnswer {
  readonly show: boolean;
  readonly off: boolean;
  /** The reader's settings as the worker read them (null when it answers no without reading). */
  readonly settings: Settings | null;
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
const isShortString = (x: unknown, max: number): x is string => typeof x === 'string' && x.length <= max;
/** The most page text a probe or an analysis carries (characters); longer text is cut by the sender. */
export const MAX_PAGE_TEXT = 2_000_000;
const isFactIds = (x: unknown): x is readonly string[] =>
  Array.isArray(x) && x.length <= 500 && x.every((id) => isShortString(id, 200));

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
