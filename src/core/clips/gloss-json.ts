/**
 * Gloss JSON: the complete, lossless export of clips, and its import. A file is
 * `{ format: "gloss-clips", schemaVersion, exportedAt, clips }`; import checks the size, the
 * JSON, the format and version, then every record (valibot), and refuses the whole file on
 * any problem, so a failed import changes nothing. Each problem names the record and field.
 */
import { CLIP_SCHEMA_VERSION, type Clip } from './model';
import { formatClipIssues, markupFields, recordName, validateClip } from './schema';

/** The `format` field of a Gloss clips file. */
export const GLOSS_FORMAT = 'gloss-clips';

/**
 * Largest import, in UTF-16 code units of its text (≈ bytes for ASCII JSON). 64 MiB holds
 * ~10 000 clips of long articles; a file picked by mistake (a video, a 100 MB dump) is refused
 * before it is read into memory.
 */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;
/** Most clips in one file. */
export const MAX_IMPORT_CLIPS = 100_000;
/** Problems listed in full; the rest are counted. */
const MAX_LISTED = 50;

export interface GlossJsonFile {
  readonly format: typeof GLOSS_FORMAT;
  readonly schemaVersion: typeof CLIP_SCHEMA_VERSION;
  /** ISO date-time of the export. */
  readonly exportedAt: string;
  readonly clips: readonly Clip[];
}

/** Parsed and validated clips, with notes for the report (fields kept as plain text). */
export type ReadResult =
  | { readonly ok: true; readonly clips: readonly Clip[]; readonly notes: readonly string[] }
  | { readonly ok: false; readonly errors: readonly string[] };

/** Serialises clips as a Gloss JSON file (one line per clip, so a diff or a truncation is easy to see). */
export function exportGlossJson(clips: readonly Clip[], exportedAt: Date): string {
  const head = `{"format":"${GLOSS_FORMAT}","schemaVersion":${CLIP_SCHEMA_VERSION},"exportedAt":${JSON.stringify(exportedAt.toISOString())},"clips":[`;
  return `${head}\n${clips.map((c) => JSON.stringify(c)).join(',\n')}\n]}\n`;
}

const fail = (file: string, ...lines: string[]): ReadResult => ({
  ok: false,
  errors: lines.map((l) => `${file}: ${l}`),
});

/** Checks that `raw` is a Gloss clips file of this schema version; the clips array or an error. */
function envelope(file: string, raw: unknown): unknown[] | ReadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return fail(file, '(file): a Gloss clips file is a JSON object');
  const doc = raw as Record<string, unknown>;
  if (doc.format !== GLOSS_FORMAT)
    return fail(file, `format: expected "${GLOSS_FORMAT}" (is this a Gloss clips export?)`);
  if (doc.schemaVersion !== CLIP_SCHEMA_VERSION) {
    const got = doc.schemaVersion === undefined ? 'none' : JSON.stringify(doc.schemaVersion).slice(0, 20);
    return fail(
      file,
      `schemaVersion: this Gloss reads clip schema ${CLIP_SCHEMA_VERSION}; the file has ${got}`,
    );
  }
  if (!Array.isArray(doc.clips)) return fail(file, 'clips: must be a list');
  if (doc.clips.length > MAX_IMPORT_CLIPS)
    return fail(file, `clips: ${doc.clips.length} clips; one file may hold at most ${MAX_IMPORT_CLIPS}`);
  return doc.clips;
}

/** Validates records; refuses duplicate ids (a file that repeats a record was edited or damaged). */
export function checkRecords(file: string, records: readonly unknown[]): ReadResult {
  const errors: string[] = [];
  const notes: string[] = [];
  const clips: Clip[] = [];
  const seen = new Map<string, number>();
  records.forEach((raw, i) => {
    const name = recordName(i + 1, raw);
    const checked = validateClip(raw);
    if (!checked.ok) {
      errors.push(...formatClipIssues(`${file}: ${name}`, checked.issues));
      return;
    }
    const first = seen.get(checked.clip.id);
    if (first !== undefined) {
      errors.push(`${file}: ${name}: id: the same id as clip ${first}`);
      return;
    }
    seen.set(checked.clip.id, i + 1);
    clips.push(checked.clip);
    const marked = markupFields(checked.clip);
    if (marked.length) notes.push(`${name}: ${marked.join(', ')}: markup kept as plain text, never run`);
  });
  if (errors.length) {
    const more = errors.length - MAX_LISTED;
    return {
      ok: false,
      errors: more > 0 ? [...errors.slice(0, MAX_LISTED), `…and ${more} more problems`] : errors,
    };
  }
  return { ok: true, clips, notes };
}

/**
 * Reads a Gloss JSON file's text. `size` is the file's size when known, so a huge file is
 * refused before it is read.
 */
export function readGlossJson(file: string, text: string, size = text.length): ReadResult {
  if (size > MAX_IMPORT_CHARS) {
    const mb = (size / 1024 / 1024).toFixed(1);
    return fail(file, `(file): is ${mb} MB; an import may be at most ${MAX_IMPORT_CHARS / 1024 / 1024} MB`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fail(file, `(file): not valid JSON — damaged or cut short? (${(e as Error).message})`);
  }
  const records = envelope(file, raw);
  return Array.isArray(records) ? checkRecords(file, records) : records;
}
