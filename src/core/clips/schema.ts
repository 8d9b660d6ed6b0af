/**
 * Validation of clip records with valibot (the library fact packs use): clips come back from
 * storage, from import files and from other tools, so their shape is checked as data. Every
 * problem names the record and the field: `clip 3 (id "…"): passages[0].quote.exact: …`.
 * Limits keep one record storable and its text searchable; see docs/adr/0013-clips.md.
 */
import * as v from 'valibot';
import type { Clip } from './model';

/** Size limits of one clip (UTF-16 code units). */
export const CLIP_LIMITS = {
  id: 100,
  url: 4_096,
  title: 1_000,
  shortText: 500,
  note: 100_000,
  tags: 50,
  tag: 64,
  articleText: 2_000_000,
  articleHtml: 5_000_000,
  passages: 500,
  quote: 100_000,
  context: 256,
  annotations: 20_000,
  factIds: 50,
} as const;

// C0/C1 controls and bidi overrides (which make text read differently from its data).
// biome-ignore lint/suspicious/noControlCharactersInRegex: this regex exists to find them
const CONTROL_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// Prose fields may hold tabs and line breaks, nothing else of the kind.
// biome-ignore lint/suspicious/noControlCharactersInRegex: this regex exists to find them
const CONTROL_PROSE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** Markup or a script URL; in a title or note it stays text (report), in a tag it is refused. */
export const MARKUP = /<\/?[a-z!?][^>]*>|<script|javascript:/i;
const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

const max = (n: number) => v.maxLength<string, number, string>(n, `must be at most ${n} characters`);
const line = (n: number) =>
  v.pipe(
    v.string(),
    max(n),
    v.check((s) => !CONTROL_LINE.test(s), 'must not contain control or bidi-override characters'),
  );
const prose = (n: number) =>
  v.pipe(
    v.string(),
    max(n),
    v.check((s) => !CONTROL_PROSE.test(s), 'must not contain control or bidi-override characters'),
  );
const offset = () =>
  v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'));
const time = () =>
  v.pipe(
    v.number(),
    v.integer('must be a whole number of milliseconds'),
    v.minValue(0, 'must not be negative'),
    v.maxValue(8.64e15, 'is not a date'),
  );
const httpUrl = () =>
  v.pipe(
    v.string(),
    max(CLIP_LIMITS.url),
    v.url('must be a URL'),
    v.regex(/^https?:\/\//, 'must be an http(s) URL'),
  );

/** The clip schema, made by `clipSchema()` on its first call. */
function buildClipSchema() {
  const QuoteSchema = v.strictObject({
    type: v.literal('TextQuoteSelector'),
    exact: v.pipe(prose(CLIP_LIMITS.quote), v.nonEmpty('must not be empty')),
    prefix: prose(CLIP_LIMITS.context),
    suffix: prose(CLIP_LIMITS.context),
  });
  const PositionSchema = v.pipe(
    v.strictObject({ type: v.literal('TextPositionSelector'), start: offset(), end: offset() }),
    v.check((p) => p.start < p.end, 'start must be before end'),
  );
  const PassageSchema = v.strictObject({
    quote: QuoteSchema,
    position: v.nullable(PositionSchema),
    link: httpUrl(),
  });
  const AnnotationSchema = v.pipe(
    v.strictObject({
      start: offset(),
      end: offset(),
      quote: prose(CLIP_LIMITS.quote),
      kind: v.picklist(['term', 'claim'], 'must be "term" or "claim"'),
      factIds: v.pipe(
        v.array(line(CLIP_LIMITS.shortText)),
        v.maxLength(CLIP_LIMITS.factIds, `at most ${CLIP_LIMITS.factIds} facts`),
      ),
      verdict: v.nullable(v.picklist(['consistent', 'differs', 'outdated', 'context'], 'is not a verdict')),
    }),
    v.check((a) => a.start < a.end, 'start must be before end'),
  );
  const TagSchema = v.pipe(
    line(CLIP_LIMITS.tag),
    v.trim(),
    v.nonEmpty('must not be empty'),
    v.check((s) => !MARKUP.test(s) && !/[<>]/.test(s), 'must not contain markup'),
  );
  return v.pipe(
    v.strictObject({
      id: v.pipe(
        v.string(),
        max(CLIP_LIMITS.id),
        v.regex(ID, 'must be letters, digits, "_", ".", ":" or "-"'),
      ),
      kind: v.picklist(['article', 'passage'], 'must be "article" or "passage"'),
      url: httpUrl(),
      title: line(CLIP_LIMITS.title),
      site: line(CLIP_LIMITS.shortText),
      byline: v.nullable(line(CLIP_LIMITS.shortText)),
      published: v.nullable(line(100)),
      lang: v.nullable(
        v.pipe(line(35), v.regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/, 'must be a language tag')),
      ),
      savedAt: time(),
      updatedAt: time(),
      article: v.nullable(
        v.strictObject({
          text: prose(CLIP_LIMITS.articleText),
          html: v.pipe(v.string(), max(CLIP_LIMITS.articleHtml)),
        }),
      ),
      passages: v.pipe(
        v.array(PassageSchema),
        v.maxLength(CLIP_LIMITS.passages, `at most ${CLIP_LIMITS.passages} passages`),
      ),
      annotations: v.pipe(
        v.array(AnnotationSchema),
        v.maxLength(CLIP_LIMITS.annotations, `at most ${CLIP_LIMITS.annotations} annotations`),
      ),
      factBaseVersion: line(2_000),
      note: prose(CLIP_LIMITS.note),
      tags: v.pipe(
        v.array(TagSchema),
        v.maxLength(CLIP_LIMITS.tags, `at most ${CLIP_LIMITS.tags} tags`),
        v.check((tags) => new Set(tags).size === tags.length, 'must not repeat a tag'),
      ),
    }),
    v.check((c) => c.kind === 'article' || c.passages.length > 0, 'a passage clip needs a passage'),
    v.check((c) => c.updatedAt >= c.savedAt, 'updatedAt must not be before savedAt'),
  );
}

let built: ReturnType<typeof buildClipSchema> | null = null;

/**
 * The valibot schema of a clip (for the import's per-record checks and the compare tab's reply), built
 * on its first use: a worker's wake that saves nothing never builds it (ADR 0048).
 */
export function clipSchema(): ReturnType<typeof buildClipSchema> {
  built ??= buildClipSchema();
  return built;
}

export interface ClipIssue {
  /** Path of the field inside the record ("passages[0].quote.exact"), or "(record)". */
  readonly path: string;
  readonly message: string;
}

export type ClipCheck =
  | { readonly ok: true; readonly clip: Clip }
  | { readonly ok: false; readonly issues: readonly ClipIssue[] };

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out || '(record)';
}

/** Checks one record. Offsets must also fit the article text (a shape check cannot see that). */
export function validateClip(raw: unknown): ClipCheck {
  const parsed = v.safeParse(clipSchema(), raw);
  if (!parsed.success)
    return { ok: false, issues: parsed.issues.map((i) => ({ path: pathOf(i), message: i.message })) };
  const clip = parsed.output as Clip;
  const length = clip.article?.text.length ?? null;
  const issues: ClipIssue[] = [];
  if (length !== null) {
    clip.annotations.forEach((a, i) => {
      if (a.end > length)
        issues.push({ path: `annotations[${i}].end`, message: `is past the article text (${length})` });
    });
  }
  return issues.length ? { ok: false, issues } : { ok: true, clip };
}

/** "clip 3 (id "abc")" — how messages name a record; `index` counts from 1 for readers. */
export function recordName(index: number, raw: unknown): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? `clip ${index} (id "${id.slice(0, 40)}")` : `clip ${index}`;
}

/** One line per issue, naming the record and the field. */
export function formatClipIssues(name: string, issues: readonly ClipIssue[]): string[] {
  return issues.map((i) => `${name}: ${i.path}: ${i.message}`);
}

/** Fields of a valid clip whose text looks like markup: kept as plain text, listed in reports. */
export function markupFields(clip: Clip): string[] {
  const out: string[] = [];
  if (MARKUP.test(clip.title)) out.push('title');
  if (MARKUP.test(clip.note)) out.push('note');
  if (clip.byline && MARKUP.test(clip.byline)) out.push('byline');
  return out;
}
