/**
 * The engine side of annotating a page (ADR 0011): the probe asks whether the fact base has
 * anything to say about a page's text, and only then starts the annotate feature (in its own
 * file, ADR 0026), which sends the page and receives records and card views.
 *
 * Least privilege (ADR 0017): a content script learns whether Gloss is on for its own host and
 * how to show what it finds (`displayOf`), never the reader's other settings (the list of sites
 * switched off) and nothing about other tabs: every answer is about `sender`'s own frame.
 */
import { annotateWith, type FactBase, hasAnnotationsWith } from '../../core/facts/factbase';
import { HIGHLIGHT_SHEETS } from '../../core/highlight-styles';
import type { RequestOf, ResponseOf } from '../../core/messages';
import { occurrenceAt, type PageMap, pageCopyOf } from '../../core/page-map';
import { displayOf, isOffFor, type Settings } from '../../core/settings';
import type { Sender } from '../../platform/messaging';
import { loadSettings } from '../../platform/settings';
import { viewsAround, viewsOf } from '../engine/views';

export interface StyleDeps {
  readonly insert: (tabId: number, frameId: number, css: string) => Promise<void>;
  readonly remove: (tabId: number, frameId: number, css: string) => Promise<void>;
  readonly settings?: () => Promise<Settings>;
}

const hostOf = (url: string | undefined): string => {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
};

/** Is Gloss off for the sender's own frame (its URL, as the browser reports it)? */
const offFor = (settings: Settings, sender: Sender) =>
  isOffFor(settings, hostOf(sender.url ?? sender.tab?.url));

/**
 * Anything to annotate on this page's text (with the reader's settings for its site)? The text
 * decides, as before the probe carried the page's document; only when it says yes is the document
 * read (`page/parse`'s work), and the reading travels with the answer (ADR 0026): a page where the
 * fact base has nothing costs the worker no parse.
 *
 * `read` null: answer from the text alone, without a reading (ADR 0028: a woken worker whose page
 * parser is not evaluated yet); the annotate feature then asks `page/parse` itself. `settings`: the
 * reader's settings, e.g. read ahead while the probe was injected (ADR 0033).
 */
export async function onProbe(
  payload: RequestOf<'page/probe'>,
  sender: Sender,
  base: FactBase,
  read: ((html: string) => Promise<ResponseOf<'page/parse'>>) | null,
  settings: () => Promise<Settings> = loadSettings,
): Promise<ResponseOf<'page/probe'>> {
  if (sender.tab?.id === undefined) return { show: false, off: false, display: null };
  const current = await settings();
  if (offFor(current, sender)) return { show: false, off: true, display: null };
  // Saved passages (opt-in): the probe asks for them separately, so this answer stays cheap.
  const revisit = current.revisit;
  // The same yes or no as the engine's records, often without running the claims engine (ADR 0033).
  if (!hasAnnotationsWith(base, payload.text)) return { show: false, off: false, display: null, revisit };
  const display = displayOf(current);
  if (read === null) return { show: true, off: false, display, revisit };
  const reading = payload.html === null ? null : await read(payload.html);
  return { show: true, off: false, display, revisit, reading };
}

/** `page/display`: is Gloss on for the sender's host, and how to show what it finds. */
export async function onDisplay(
  sender: Sender,
  read: () => Promise<Settings> = loadSettings,
): Promise<ResponseOf<'page/display'>> {
  const settings = await read();
  const off = offFor(settings, sender);
  return { off, display: displayOf(settings), revisit: !off && settings.revisit };
}

/**
 * `page/style`: the sender's frame shows highlights (`on`), or no longer does. Whatever Gloss
 * stylesheet is in the frame is removed, and with `on` (and Gloss on for the host) the one for the
 * reader's highlight style inserted.
 */
export async function onStyle(
  payload: RequestOf<'page/style'>,
  sender: Sender,
  deps: StyleDeps,
): Promise<null> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return null;
  const frameId = sender.frameId ?? 0;
  const settings = await (deps.settings ?? loadSettings)();
  await Promise.all(Object.values(HIGHLIGHT_SHEETS).map((css) => deps.remove(tabId, frameId, css)));
  if (payload.on && !offFor(settings, sender))
    await deps.insert(tabId, frameId, HIGHLIGHT_SHEETS[settings.highlightStyle]);
  return null;
}

/**
 * `page/parse` (ADR 0023): the page's serialised document, hostile input, is read by `read` (a
 * context with a DOM parses it into an inert copy, Readability finds the article: ADR 0039), and the
 * engine reads the article here. The reply carries what the first paint needs: the records (their
 * card's title only), their places on the page, and the views of the annotated facts only (their
 * neighbours come when a card opens, `card/views`).
 */
export async function onParse(
  payload: RequestOf<'page/parse'>,
  base: FactBase,
  read: (html: string) => Promise<PageMap | null>,
): Promise<ResponseOf<'page/parse'>> {
  const map = await read(payload.html);
  return map && readingOf(map, base);
}

/** The engine's reading of a page's article (`page/parse`'s reply). */
export function readingOf(map: PageMap, base: FactBase): NonNullable<ResponseOf<'page/parse'>> {
  const copy = pageCopyOf(map);
  const records = annotateWith(base, copy.text, copy.published);
  return {
    published: copy.published,
    // The card's title only: the rest is in the fact's view, sent once, not once per mention.
    records: records.map((r) => ({ ...r, card: { title: r.card.title } })),
    places: records.map((r) => copy.place(r.start, r.end)),
    nth: records.map((r) => occurrenceAt(copy.text, r.quote, r.start)),
    views: viewsOf(
      base,
      records.flatMap((r) => r.factIds),
    ),
    bounds: copy.bounds,
  };
}

/** The engine on a text (content added to a page later): its records and the card views they need. */
export function onAnalyze(payload: RequestOf<'page/analyze'>, base: FactBase): ResponseOf<'page/analyze'> {
  const records = annotateWith(base, payload.text, payload.published);
  return {
    records,
    views: viewsOf(
      base,
      records.flatMap((r) => r.factIds),
    ),
  };
}

/** Views of facts opened inside a card, with their neighbours (the next step's). */
export function onCardViews(payload: RequestOf<'card/views'>, base: FactBase): ResponseOf<'card/views'> {
  return viewsAround(base, payload.factIds);
}
