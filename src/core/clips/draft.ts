/**
 * From what the content side sent when the reader saved (a `ClipDraft`, core/messages.ts) to a
 * clip record (docs/adr/0014-save-flow.md). Pure: the worker passes the fact base's pieces, the
 * clock and the id. Page text is untrusted data: control and bidi-override characters become
 * spaces (same length, so offsets still hold), metadata is trimmed to the record's limits, and a
 * value the record would refuse (a language tag, a date) is dropped rather than failing the save.
 */
import type { ClipDraft, DraftAnnotation, SaveRefusal } from '../messages';
import type { Clip, ClipAnnotation } from './model';
import { CLIP_LIMITS } from './schema';
import { makePassage } from './selectors';
import { clipUrl, siteOf } from './url';

/** What the worker supplies: the fact base's verdicts on a text, and its version. */
export interface DraftDeps {
  readonly id: string;
  readonly now: number;
  readonly factBaseVersion: string;
  /** True when the fact base knows `factId` (annotations naming other facts are dropped). */
  readonly knows: (factId: string) => boolean;
  /** The engine on `text` (used when the page sent no annotations: the feature did not run there). */
  readonly annotate: (text: string, published: string | null) => readonly DraftAnnotation[];
}

export type DraftResult =
  | { readonly ok: true; readonly clip: Clip }
  | { readonly ok: false; readonly reason: SaveRefusal };

// biome-ignore lint/suspicious/noControlCharactersInRegex: this regex exists to find them
const CONTROL_PROSE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: this regex exists to find them
const CONTROL_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LANG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

/** Prose with its control characters replaced by spaces: the same length, so offsets hold. */
const prose = (s: string): string => s.replace(CONTROL_PROSE, ' ');
/** One line of metadata: controls out, whitespace collapsed, cut to `max`; null when empty. */
function line(s: string | null, max: number): string | null {
  const out = s?.replace(CONTROL_LINE, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
  return out ? out : null;
}

const toClipAnnotation = (a: DraftAnnotation): ClipAnnotation => ({
  start: a.start,
  end: a.end,
  quote: a.quote,
  kind: a.kind,
  factIds: a.factIds.slice(0, CLIP_LIMITS.factIds),
  verdict: a.verdict,
});

/** The page's annotations that fit the saved text and name facts the base knows; else the engine's. */
function annotationsOf(draft: ClipDraft, text: string, deps: DraftDeps): ClipAnnotation[] {
  const given = draft.annotations.filter(
    (a) => text.slice(a.start, a.end) === a.quote && a.factIds.length > 0 && a.factIds.every(deps.knows),
  );
  const found = draft.annotations.length ? given : deps.annotate(text, draft.published);
  return found.map(toClipAnnotation);
}

/** Trims whitespace off a span of `text`; null when nothing but whitespace is left. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  return s < e ? { start: s, end: e } : null;
}

/** Builds the clip a draft describes, or says why there is nothing to save. */
export function clipFromDraft(draft: ClipDraft, deps: DraftDeps): DraftResult {
  const url = clipUrl(draft.url, draft.canonical);
  if (!url) return { ok: false, reason: 'not-web' };
  const article = draft.article?.text.trim() ? draft.article : null;
  const text = article ? prose(article.text) : null;
  let passages: Clip['passages'] = [];
  let annotations: ClipAnnotation[] = text ? annotationsOf(draft, text, deps) : [];
  if (draft.passage) {
    const within = draft.passage.context === null ? text : prose(draft.passage.context);
    const span = within && trimmed(within, draft.passage.start, draft.passage.end);
    if (!within || !span) return { ok: false, reason: 'no-selection' };
    const passage = makePassage(url, within, span.start, span.end);
    if (draft.passage.context === null) {
      passages = [passage];
      // A passage keeps the evidence inside it.
      annotations = annotations.filter((a) => a.start < span.end && a.end > span.start);
    } else {
      // Offsets into a window of the page's text mean nothing later: the quote and its context stay.
      passages = [{ ...passage, position: null }];
      annotations = [];
    }
  } else if (!article) return { ok: false, reason: 'nothing' };
  const published = line(draft.published, 100);
  const lang = line(draft.lang, 35);
  return {
    ok: true,
    clip: {
      id: deps.id,
      kind: draft.passage ? 'passage' : 'article',
      url,
      title: line(draft.title, CLIP_LIMITS.title) ?? siteOf(url),
      site: line(draft.site, CLIP_LIMITS.shortText) ?? siteOf(url),
      byline: line(draft.byline, CLIP_LIMITS.shortText),
      published,
      lang: lang && LANG.test(lang) ? lang : null,
      savedAt: deps.now,
      updatedAt: deps.now,
      article: article && text !== null ? { text, html: article.html } : null,
      passages,
      annotations,
      factBaseVersion: deps.factBaseVersion,
      note: prose(draft.note).slice(0, CLIP_LIMITS.note),
      tags: [],
    },
  };
}
