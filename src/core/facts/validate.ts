/**
 * Runtime validation of fact packs with valibot: packs can come from outside the build
 * (user fact packs, imports), so the schema is checked as data, and every problem is
 * reported with its path (`facts[3].sources[0].url`) so a broken file names its entry.
 */
import * as v from 'valibot';
import type { FactPack, SchemaIssue } from './schema';

const ISO_DAY_OR_MONTH = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
const ID = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

const SourceSchema = v.strictObject({
  url: v.pipe(v.string(), v.url(), v.startsWith('https://', 'sources must use https')),
  publisher: v.pipe(v.string(), v.nonEmpty('must not be empty')),
  date: v.optional(v.pipe(v.string(), v.regex(ISO_DAY_OR_MONTH, 'date must be YYYY-MM or YYYY-MM-DD'))),
  quote: v.optional(v.pipe(v.string(), v.nonEmpty('must not be empty'))),
});

const AliasSchema = v.strictObject({
  text: v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty')),
  caseSensitive: v.optional(v.boolean()),
});

const FactSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(ID, 'id must be lower-case words joined by - or .')),
  kind: v.picklist(['event', 'person', 'place', 'organisation', 'instrument', 'quantity', 'topic']),
  title: v.pipe(v.string(), v.nonEmpty('must not be empty')),
  summary: v.pipe(
    v.string(),
    v.nonEmpty('must not be empty'),
    v.maxLength(240, 'summary is one line (≤ 240 characters)'),
  ),
  date: v.optional(v.pipe(v.string(), v.regex(ISO_DAY_OR_MONTH, 'date must be YYYY-MM or YYYY-MM-DD'))),
  aliases: v.pipe(v.array(AliasSchema), v.minLength(1, 'a fact needs at least one alias')),
  confidence: v.picklist(['confirmed', 'one-source', 'disputed']),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'every fact needs a source')),
});

const PackSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(ID)),
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'version must be semver')),
  lang: v.pipe(v.string(), v.nonEmpty('must not be empty')),
  facts: v.array(FactSchema),
});

export type ValidationResult = { ok: true; value: FactPack } | { ok: false; issues: SchemaIssue[] };

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/** Checks the shape of a pack, then the rules across entries (unique ids). */
export function validatePack(raw: unknown): ValidationResult {
  const parsed = v.safeParse(PackSchema, raw);
  if (!parsed.success) {
    return { ok: false, issues: parsed.issues.map((i) => ({ path: pathOf(i), message: i.message })) };
  }
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  parsed.output.facts.forEach((fact, i) => {
    if (seen.has(fact.id)) issues.push({ path: `facts[${i}].id`, message: `duplicate id "${fact.id}"` });
    seen.add(fact.id);
  });
  return issues.length ? { ok: false, issues } : { ok: true, value: parsed.output };
}

/** Formats issues as one readable block naming the file, entry and field. */
export function formatIssues(file: string, issues: readonly SchemaIssue[]): string {
  return issues.map((i) => `${file}: ${i.path}: ${i.message}`).join('\n');
}
