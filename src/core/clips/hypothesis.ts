/**
 * Import of a Hypothesis JSON export (the client's "Export" → JSON, `{ annotations: [...] }`)
 * or an API search result (`{ rows: [...] }`). Each top-level annotation becomes a clip: its
 * TextQuote/TextPosition selectors become a passage, its text the note, its tags the tags.
 * Replies are skipped (they annotate an annotation, not a page). Ids become
 * `hypothesis:<id>`, so importing the same export twice merges instead of duplicating.
 */
import { checkRecords, MAX_IMPORT_CLIPS, type ReadResult } from './gloss-json';
import type { Clip, Passage, TextPositionSelector, TextQuoteSelector } from './model';
import { CLIP_LIMITS } from './schema';
import { textFragmentLink } from './selectors';
import { normaliseUrl, siteOf } from './url';

type Rec = Record<string, unknown>;
const isRec = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown): string | null => (typeof x === 'string' ? x : null);

function quoteOf(selectors: readonly unknown[]): TextQuoteSelector | null {
  const q = selectors.find((s) => isRec(s) && s.type === 'TextQuoteSelector') as Rec | undefined;
  const exact = str(q?.exact);
  if (!q || !exact) return null;
  // Hypothesis keeps 32 characters; longer context from another tool is cut to the limit.
  const prefix = (str(q.prefix) ?? '').slice(-CLIP_LIMITS.context);
  const suffix = (str(q.suffix) ?? '').slice(0, CLIP_LIMITS.context);
  return { type: 'TextQuoteSelector', exact, prefix, suffix };
}

function positionOf(selectors: readonly unknown[]): TextPositionSelector | null {
  const p = selectors.find((s) => isRec(s) && s.type === 'TextPositionSelector') as Rec | undefined;
  if (!p || !Number.isInteger(p.start) || !Number.isInteger(p.end)) return null;
  return { type: 'TextPositionSelector', start: p.start as number, end: p.end as number };
}

function timeOf(x: unknown, fallback: number): number {
  const t = typeof x === 'string' ? Date.parse(x) : Number.NaN;
  return Number.isFinite(t) ? t : fallback;
}

/** One Hypothesis annotation as a clip (not yet validated), or why it is skipped. */
function toClip(a: Rec, now: number): { clip: unknown } | { skip: string } {
  const id = str(a.id);
  if (!id) return { skip: 'no id' };
  if (Array.isArray(a.references) && a.references.length) return { skip: `${id}: a reply` };
  const target = Array.isArray(a.target) && isRec(a.target[0]) ? a.target[0] : {};
  const url = normaliseUrl(str(target.source) ?? str(a.uri) ?? '');
  if (!url) return { skip: `${id}: not on an http(s) page` };
  const selectors = Array.isArray(target.selector) ? target.selector : [];
  const quote = quoteOf(selectors);
  const passages: Passage[] = quote
    ? [{ quote, position: positionOf(selectors), link: textFragmentLink(url, quote) }]
    : [];
  const doc = isRec(a.document) ? a.document : {};
  const title = Array.isArray(doc.title) ? str(doc.title[0]) : str(doc.title);
  const savedAt = timeOf(a.created, now);
  const tags = Array.isArray(a.tags)
    ? [
        ...new Set(
          a.tags
            .filter((t): t is string => typeof t === 'string')
            .map((t) => t.trim())
            .filter(Boolean),
        ),
      ]
    : [];
  return {
    clip: {
      id: `hypothesis:${id}`,
      kind: passages.length ? 'passage' : 'article',
      url,
      title: (title ?? '').replace(/\s+/g, ' ').trim().slice(0, CLIP_LIMITS.title),
      site: siteOf(url),
      byline: null,
      published: null,
      lang: null,
      savedAt,
      updatedAt: Math.max(savedAt, timeOf(a.updated, savedAt)),
      article: null,
      passages,
      annotations: [],
      factBaseVersion: '',
      note: str(a.text) ?? '',
      tags,
    } satisfies Clip,
  };
}

/** Reads a Hypothesis export's text into clips (validated as Gloss records), or refuses it whole. */
export function readHypothesisJson(file: string, text: string, now: number): ReadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      errors: [`${file}: (file): not valid JSON — damaged or cut short? (${(e as Error).message})`],
    };
  }
  const list = Array.isArray(raw) ? raw : isRec(raw) ? (raw.annotations ?? raw.rows) : undefined;
  if (!Array.isArray(list))
    return {
      ok: false,
      errors: [`${file}: annotations: expected a Hypothesis export with a list of annotations`],
    };
  if (list.length > MAX_IMPORT_CLIPS)
    return { ok: false, errors: [`${file}: annotations: at most ${MAX_IMPORT_CLIPS}`] };
  const records: unknown[] = [];
  const skipped: string[] = [];
  for (const a of list) {
    const made = isRec(a) ? toClip(a, now) : { skip: 'not an annotation' };
    if ('clip' in made) records.push(made.clip);
    else skipped.push(made.skip);
  }
  const checked = checkRecords(file, records);
  if (!checked.ok) return checked;
  const notes = skipped.map((s) => `${file}: skipped ${s}`);
  return { ok: true, clips: checked.clips, notes: [...notes, ...checked.notes] };
}
