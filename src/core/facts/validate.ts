/**
 * Runtime validation of fact packs with valibot: packs can come from outside the build
 * (user fact packs, imports), so the schema is checked as data, and every problem is
 * reported with its path (`facts[3].sources[0].url`) so a broken file names its entry.
 * After the shape, the rules across entries: unique ids, references that resolve,
 * ranges with an end, quantities with a tolerance.
 */
import * as v from 'valibot';
import { type FactPack, PACK_SCHEMA_VERSION, type SchemaIssue } from './schema';

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ID = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
/** An ISO 3166-1 alpha-2 code in capitals ("IN", "CN", "US"). */
const COUNTRY = /^[A-Z]{2}$/;

/** Limits that keep a pack small enough to store, compile and scan on every page (docs/fact-packs.md). */
export const PACK_LIMITS = {
  facts: 5_000,
  aliasesPerFact: 100,
  aliases: 20_000,
  textLength: 2_000,
} as const;

// C0/C1 controls (tab and newline included: every field is one line or prose without
// layout) and bidi overrides, which can make a card read differently from its data.
// biome-ignore lint/suspicious/noControlCharactersInRegex: this regex exists to find them
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// Markup is never rendered (cards use text nodes), but a pack carrying tags is broken or hostile.
const MARKUP = /<\/?[a-z!?][^>]*>|<script|javascript:/i;

const text = () =>
  v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty('must not be empty'),
    v.maxLength(PACK_LIMITS.textLength, `must be at most ${PACK_LIMITS.textLength} characters`),
    v.check((s) => !CONTROL.test(s), 'must not contain control or bidi-override characters'),
    v.check((s) => !MARKUP.test(s), 'must not contain markup'),
  );
const partialDate = () => v.pipe(v.string(), v.regex(PARTIAL_DATE, 'must be YYYY, YYYY-MM or YYYY-MM-DD'));
const day = () => v.pipe(v.string(), v.regex(DAY, 'must be YYYY-MM-DD'));
const id = () => v.pipe(v.string(), v.regex(ID, 'must be lower-case words joined by - or .'));

/** The pack schema, made by `packSchema()` on its first call. */
function buildPackSchema() {
  const SourceSchema = v.strictObject({
    url: v.pipe(
      v.string(),
      v.maxLength(PACK_LIMITS.textLength, `must be at most ${PACK_LIMITS.textLength} characters`),
      v.url('must be a URL'),
      // Also refuses javascript:, data: and every other scheme a link on a card could abuse.
      v.startsWith('https://', 'sources must use https'),
    ),
    publisher: text(),
    date: v.optional(partialDate()),
    quote: v.optional(text()),
  });

  const AliasSchema = v.strictObject({
    text: text(),
    caseSensitive: v.optional(v.boolean()),
    lang: v.optional(text()),
    inflect: v.optional(v.boolean()),
    context: v.optional(
      v.strictObject({
        anyOf: v.pipe(v.array(text()), v.minLength(1, 'a context needs at least one word')),
        scope: v.picklist(['sentence', 'paragraph', 'document']),
      }),
    ),
  });

  const CueGroups = v.array(v.pipe(v.array(text()), v.minLength(1, 'a cue group needs at least one phrase')));
  const CueSchema = v.strictObject({
    allOf: v.pipe(CueGroups, v.minLength(1, 'a cue needs at least one group')),
    paragraph: v.optional(CueGroups),
  });

  const FactSchema = v.strictObject({
    id: id(),
    kind: v.picklist(['event', 'person', 'place', 'organisation', 'instrument', 'quantity', 'topic']),
    title: text(),
    summary: v.pipe(text(), v.maxLength(280, 'summary is one line (≤ 280 characters)')),
    aliases: v.pipe(
      v.array(AliasSchema),
      v.maxLength(PACK_LIMITS.aliasesPerFact, `at most ${PACK_LIMITS.aliasesPerFact} aliases per fact`),
    ),
    cues: v.optional(v.array(CueSchema)),
    keywords: v.optional(v.array(text())),
    date: v.optional(
      v.strictObject({
        start: partialDate(),
        end: v.optional(partialDate()),
        precision: v.picklist(['day', 'month', 'year', 'range']),
      }),
    ),
    places: v.optional(v.array(id())),
    actors: v.optional(v.array(id())),
    announcedBy: v.optional(v.array(id())),
    country: v.optional(
      v.pipe(v.string(), v.regex(COUNTRY, 'must be an ISO 3166-1 alpha-2 code (IN, CN, US)')),
    ),
    quantity: v.optional(
      v.strictObject({
        value: v.pipe(v.number(), v.finite()),
        unit: v.picklist(['percent', 'tonnes', 'km', 'people', 'count', 'years', 'usd']),
        asOf: partialDate(),
        tolerance: v.pipe(v.number(), v.minValue(0, 'tolerance must be ≥ 0')),
        measure: text(),
      }),
    ),
    relations: v.optional(
      v.array(
        v.strictObject({
          type: v.picklist([
            'before',
            'after',
            'part-of',
            'led-to',
            'response-to',
            'superseded-by',
            'related',
          ]),
          target: id(),
        }),
      ),
    ),
    misreports: v.optional(v.array(v.strictObject({ wrong: text(), right: text() }))),
    validUntil: v.optional(partialDate()),
    confidence: v.picklist(['confirmed', 'one-source', 'disputed']),
    sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'every fact needs a source')),
    asOf: day(),
    notes: v.optional(text()),
    disputed: v.optional(v.array(v.picklist(['date', 'length', 'quantity']))),
  });

  return v.strictObject({
    schemaVersion: v.optional(
      v.literal(PACK_SCHEMA_VERSION, `this Gloss reads pack schema ${PACK_SCHEMA_VERSION} only`),
    ),
    id: id(),
    version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'version must be semver (1.2.3)')),
    lang: text(),
    title: text(),
    author: v.optional(text()),
    description: v.optional(v.pipe(text(), v.maxLength(500, 'a description is at most 500 characters'))),
    overrides: v.optional(v.array(id())),
    facts: v.pipe(v.array(FactSchema), v.maxLength(PACK_LIMITS.facts, `at most ${PACK_LIMITS.facts} facts`)),
  });
}

let built: ReturnType<typeof buildPackSchema> | null = null;

/** The valibot schema of a pack, built on its first use: a worker's wake without packs never builds it (ADR 0048). */
function packSchema(): ReturnType<typeof buildPackSchema> {
  built ??= buildPackSchema();
  return built;
}

export type ValidationResult = { ok: true; value: FactPack } | { ok: false; issues: SchemaIssue[] };

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/** Rules across entries. `known` are ids that resolve outside this pack (e.g. the base). */
function crossCheck(pack: FactPack, known: ReadonlySet<string>): SchemaIssue[] {
  const { facts } = pack;
  const issues: SchemaIssue[] = [];
  const ids = new Set<string>();
  let aliases = 0;
  facts.forEach((fact, i) => {
    if (ids.has(fact.id)) issues.push({ path: `facts[${i}].id`, message: `duplicate id "${fact.id}"` });
    ids.add(fact.id);
    aliases += fact.aliases.length;
  });
  if (aliases > PACK_LIMITS.aliases) {
    issues.push({
      path: 'facts',
      message: `${aliases} aliases; a pack may have at most ${PACK_LIMITS.aliases}`,
    });
  }
  pack.overrides?.forEach((ref, k) => {
    if (!ids.has(ref))
      issues.push({ path: `overrides[${k}]`, message: `"${ref}" is not a fact of this pack` });
  });
  const resolves = (ref: string) => ids.has(ref) || known.has(ref);
  facts.forEach((fact, i) => {
    const at = `facts[${i}]`;
    if (!fact.aliases.length && !fact.cues?.length) {
      issues.push({ path: `${at}.aliases`, message: 'a fact needs an alias or a claim cue' });
    }
    for (const field of ['places', 'actors', 'announcedBy'] as const) {
      fact[field]?.forEach((ref, k) => {
        if (!resolves(ref))
          issues.push({ path: `${at}.${field}[${k}]`, message: `unknown fact id "${ref}"` });
      });
    }
    fact.relations?.forEach((rel, k) => {
      if (!resolves(rel.target))
        issues.push({ path: `${at}.relations[${k}].target`, message: `unknown fact id "${rel.target}"` });
      if (rel.target === fact.id)
        issues.push({ path: `${at}.relations[${k}].target`, message: 'a fact cannot relate to itself' });
    });
    if (fact.date?.precision === 'range' && !fact.date.end) {
      issues.push({ path: `${at}.date.end`, message: 'a range needs an end' });
    }
    if (fact.date?.end && fact.date.end < fact.date.start) {
      issues.push({ path: `${at}.date.end`, message: 'end is before start' });
    }
    if (fact.country && fact.kind !== 'person' && fact.kind !== 'organisation') {
      issues.push({ path: `${at}.country`, message: 'only a person or an organisation has a country' });
    }
    if (fact.kind === 'quantity' && !fact.quantity) {
      issues.push({ path: `${at}.quantity`, message: 'a quantity fact needs a quantity' });
    }
  });
  return issues;
}

/** Checks the shape of a pack, then the rules across entries. */
export function validatePack(raw: unknown, known: ReadonlySet<string> = new Set()): ValidationResult {
  const parsed = v.safeParse(packSchema(), raw);
  if (!parsed.success) {
    return { ok: false, issues: parsed.issues.map((i) => ({ path: pathOf(i), message: i.message })) };
  }
  const issues = crossCheck(parsed.output, known);
  return issues.length ? { ok: false, issues } : { ok: true, value: parsed.output };
}

/** Formats issues as one readable block naming the file, entry and field. */
export function formatIssues(file: string, issues: readonly SchemaIssue[]): string {
  return issues.map((i) => `${file}: ${i.path}: ${i.message}`).join('\n');
}
