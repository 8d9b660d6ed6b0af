/**
 * A user pack file from outside (an import in the options page, `npm run pack -- check`):
 * size, JSON, schema version, then the same valibot validation as the build, with ids of
 * the current base counting as resolvable (a pack may relate its facts to bundled ones).
 * Every problem is one line naming the file, entry and field; a file with any problem is
 * refused whole, so nothing half-valid is ever stored.
 */
import type { FactBase } from './factbase';
import { type FactPack, PACK_SCHEMA_VERSION, type SchemaIssue } from './schema';
import { formatIssues, validatePack } from './validate';

/**
 * Largest pack file accepted, in UTF-16 code units of its text (≈ bytes for ASCII JSON).
 * The bundled base is ~150 KB; 5 MB leaves room for a big pack while keeping a file
 * the reader picked by mistake (a video, a database dump) out of memory and storage.
 */
export const MAX_PACK_CHARS = 5 * 1024 * 1024;

export type PackFileResult =
  | { readonly ok: true; readonly pack: FactPack }
  | { readonly ok: false; readonly errors: readonly string[] };

const fail = (file: string, issues: SchemaIssue[]): PackFileResult => ({
  ok: false,
  errors: formatIssues(file, issues).split('\n'),
});

/**
 * Reads a pack file's text. `base` is the bundled base: its ids resolve (a pack refers only
 * to its own and bundled facts, so it never breaks when another pack is removed), and a pack
 * id already in it is refused. Callers also refuse ids of installed packs.
 * `size` is the file's size when known, so a huge file is refused before it is read.
 */
export function readPackFile(file: string, text: string, base: FactBase, size = text.length): PackFileResult {
  if (size > MAX_PACK_CHARS) {
    const mb = (size / 1024 / 1024).toFixed(1);
    return fail(file, [{ path: '(file)', message: `is ${mb} MB; a pack may be at most 5 MB` }]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fail(file, [{ path: '(file)', message: `not valid JSON: ${(e as Error).message}` }]);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail(file, [{ path: '(root)', message: 'a pack is a JSON object' }]);
  }
  const schemaVersion = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (schemaVersion !== PACK_SCHEMA_VERSION) {
    const got = schemaVersion === undefined ? 'none' : JSON.stringify(schemaVersion).slice(0, 20);
    return fail(file, [
      {
        path: 'schemaVersion',
        message: `this Gloss reads pack schema ${PACK_SCHEMA_VERSION}; the file has ${got}`,
      },
    ]);
  }
  const result = validatePack(raw, new Set(base.facts.keys()));
  if (!result.ok) return fail(file, result.issues);
  const id = result.value.id;
  if (base.packs.some((p) => p.id === id)) {
    return fail(file, [{ path: 'id', message: `a pack "${id}" is already installed; remove it first` }]);
  }
  return { ok: true, pack: result.value };
}
