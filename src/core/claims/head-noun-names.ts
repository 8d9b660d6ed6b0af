/**
 * An instrument's dated name with another head noun (ADR 0160). A regulation named by its date ("the
 * April controls", "the Oct. 9 curbs") is written as often with another noun for the same thing:
 * "Beijing's April curbs", "the April regime", "the October package", "the October export
 * measures". The date says which instrument is meant; the noun only that it is a rule. So an alias
 * of an instrument that is a date (a month name, with or without its day or year) followed by a
 * regulatory head noun is read with any other of those nouns, under the alias's own context (the
 * same words in the same sentence or paragraph): "the October package" with nothing about rare
 * earths near is no card.
 *
 * Two limits keep it to the place a reader asks "which rules?":
 * - it cards the instrument's first naming in the text only (no card of that fact before it): a
 *   second "April regime" after "the April controls" repeats what the reader has been told;
 * - it is a card only, never a name the claim engine reads (the matcher's analysis is untouched),
 *   so no date or figure changes owner because of it ("on Nov. 7, MOFCOM suspended the October
 *   rules": Nov. 7 stays the suspension's).
 * Undated names ("sweeping controls") are left as written: "sweeping rules" may be anyone's.
 */
import type { Fact } from '../facts/schema';
import type { Span, TextSpans } from '../match/sentences';
import { spanAt } from '../match/sentences';
import type { Analysis, MatcherIndex, TermMatch } from '../match/terms';
import type { Memo } from './mention-lookups';
import { escapeRegExp, MONTH_NAMES } from './words';

/** A month name or abbreviation, as a word of an alias. */
const MONTH_WORD = new RegExp(`(?:^|\\s)(?:${MONTH_NAMES})\\.?(?:\\s|$)`, 'i');

/** Regulatory head nouns, bare or after "export" / "export-control". */
const BARE = ['controls', 'curbs', 'rules', 'measures', 'restrictions', 'regime', 'package'];
const HEADS: readonly string[] = [
  ...BARE.map((h) => `export ${h}`),
  ...['regime', 'package', 'measures'].map((h) => `export-control ${h}`),
  ...BARE,
];

/** A phrase as a pattern: any run of spaces between words, "export-control" with a hyphen or space. */
const phrase = (s: string) =>
  s
    .split(/\s+/)
    .map((w) => escapeRegExp(w).replace(/-/g, '[-\\s]'))
    .join('\\s+');

interface DatedName {
  readonly factId: string;
  readonly alias: string;
  readonly pattern: RegExp;
  readonly context?: {
    readonly keys: readonly number[];
    readonly scope: 'sentence' | 'paragraph' | 'document';
  };
}

/** The other head-noun forms of an alias ("April controls" → "April curbs", …), none when it is not a dated rule. */
export function headNounForms(alias: string): string[] {
  const key = alias.toLowerCase().replace(/\s+/g, ' ').trim();
  const head = HEADS.find((h) => key.endsWith(` ${h}`));
  if (!head) return [];
  const prefix = alias.trim().slice(0, key.length - head.length - 1);
  if (!MONTH_WORD.test(prefix)) return [];
  return HEADS.filter((h) => h !== head).map((h) => `${prefix} ${h}`);
}

function datedNames(index: MatcherIndex, factById: (id: string) => Fact | undefined): DatedName[] {
  const out: DatedName[] = [];
  for (const t of index.terms) {
    if (t.caseSensitive || factById(t.factId)?.kind !== 'instrument') continue;
    const forms = headNounForms(t.alias);
    if (!forms.length) continue;
    out.push({
      factId: t.factId,
      alias: t.alias,
      pattern: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${forms.map(phrase).join('|')})(?![\\p{L}\\p{N}-])`, 'giu'),
      ...(t.context ? { context: t.context } : {}),
    });
  }
  return out;
}

/** The sentence, paragraph or text around `pos`. */
function scopeOf(
  text: string,
  spans: TextSpans,
  scope: 'sentence' | 'paragraph' | 'document',
  pos: number,
): Span {
  if (scope === 'document') return { start: 0, end: text.length };
  const list = scope === 'sentence' ? spans.sentences() : spans.paragraphs();
  return list[spanAt(list, pos)] ?? { start: pos, end: pos };
}

/** Is one of `keys` written inside `span`? */
function written(analysis: Analysis, keys: readonly number[], span: Span): boolean {
  return keys.some((k) => (analysis.positions.get(k) ?? []).some((p) => p >= span.start && p < span.end));
}

/**
 * The dated instrument names with another head noun in `text`, each at its instrument's first
 * naming (no earlier term card of it among `cards`) and clear of every card (`cards`, `claims`).
 */
export function headNounNames(
  text: string,
  index: MatcherIndex,
  analysis: Analysis,
  factById: (id: string) => Fact | undefined,
  spans: TextSpans,
  memo: Memo,
  cards: readonly { readonly start: number; readonly end: number; readonly factIds: readonly string[] }[],
  claims: readonly (Span & { readonly factId: string })[],
): TermMatch[] {
  const names = memo('head-noun-names', () => datedNames(index, factById));
  const found: TermMatch[] = [];
  for (const n of names) {
    for (const m of text.matchAll(n.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (n.context && !written(analysis, n.context.keys, scopeOf(text, spans, n.context.scope, start)))
        continue;
      found.push({ start, end, factId: n.factId, alias: n.alias });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TermMatch[] = [];
  const done = new Set<string>();
  for (const t of found) {
    if (done.has(t.factId)) continue;
    // Its instrument named before (or here, by a longer name, or its date here carded as its date):
    // not its first naming.
    const here = (c: Span) => c.start < t.end && t.start < c.end;
    if (
      cards.some((c) => c.factIds[0] === t.factId && c.start < t.end) ||
      claims.some((c) => c.factId === t.factId && here(c))
    ) {
      done.add(t.factId);
      continue;
    }
    // Clear of every card, another fact's claim's too.
    if ([...cards, ...claims, ...out].some(here)) continue;
    out.push(t);
    done.add(t.factId);
  }
  return out;
}
