/**
 * A paraphrase that keeps its act and its object (ADR 0157): two sentences of one story that say
 * the same thing in other words still tend to keep two of its content words, the act or its object
 * ("pause for a year a rule that would have extended export restrictions to subsidiaries … owned by
 * blacklisted Chinese firms" / "shelved for a year its rule targeting affiliates of blacklisted
 * Chinese companies"; "end-user certificates promising that the magnets will not be … used for
 * defence purposes" / "conditions that the magnets cannot be re-exported … or put to military
 * use"). When those words are in no other sentence of either article, they tie the two one to one,
 * as a unique day or figure does (align.ts), wherever a rewrite has moved them.
 *
 * What counts is what is said, not who says it or about whom: a word written capitalised past the
 * sentence's first word (a name, a place, a title: "External Affairs Minister", "eastern Ladakh")
 * and the noun of a reference to the parties ("the two sides", "both leaders") are left out, and a
 * pair where either sentence holds a quotation, or names a speaker the other does not name, is no
 * such pair (two speakers' remarks share words without saying one thing: ADR 0112).
 */
import { MONTH_KEYS } from './evidence';
import type { Vector } from './features';
import { initialsKey, spelledNames, tokenize } from './tokens';
import { VALUE_PREFIX } from './value-keys';

/** Unique words a pair must share (one is a topic; two are an act and what it acts on). */
export const OWN_WORDS = 2;

/** A quotation mark: the sentence quotes someone. */
const QUOTATION = /["“”]/;
/** A capitalised run just before a verb of saying: a named speaker ("Lin said", "Wang Yi told"). */
const NAMED_SPEAKER =
  /((?:[A-Z][\p{L}'’.-]*\s+){1,4})(?:said|says|added|adds|told|tells|stated|remarked)\b/gu;
/** A word written capitalised after a space, bracket, quotation mark or dash: not the sentence's first. */
const CAPITALISED = /(?<=[\s(“"'‘—–-])\p{Lu}[\p{L}'’-]*/gu;
/** The noun of a reference to the parties: "the two sides", "both leaders", "each side", "their two countries". */
const PARTIES = /\b(?:(?:the|our|their|these|those) two|both|each) (\p{Ll}+)/giu;

const keysOf = (text: string) => tokenize(text, []).map((t) => t.key);

/** Keys of a sentence's names, places and titles (capitalised words, a name's initials) and of its references to the parties. */
function whoKeys(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(CAPITALISED)) for (const k of keysOf(m[0])) out.add(k);
  for (const m of text.matchAll(PARTIES)) for (const k of keysOf(m[1] as string)) out.add(k);
  // A spelled-out name's initials ("Mayor Lina Ostrova" → mlo), a key of its own (tokens.ts).
  for (const n of spelledNames(text)) out.add(initialsKey(n.initials));
  return out;
}

/** Keys of the speakers a sentence names before a verb of saying. */
function speakerKeys(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NAMED_SPEAKER)) out.push(...keysOf(m[1] as string));
  return out;
}

/** One names a speaker the other does not mention. */
function otherSpeaker(a: Vector, b: Vector): boolean {
  const sa = speakerKeys(a.text ?? '');
  if (sa.length && !sa.some((k) => b.w.has(k))) return true;
  const sb = speakerKeys(b.text ?? '');
  return sb.length > 0 && !sb.some((k) => a.w.has(k));
}

/**
 * A test of two sentences (A's `i`, B's `j`): they share at least OWN_WORDS words that are in no
 * other sentence of either article, written lower-case in both and no reference to the parties (no
 * figure, date, month or fact either), and neither quotes anyone nor names a speaker the other
 * leaves out. Sentence frequencies are counted once, over both articles.
 */
export function ownWording(vectors: { readonly a: readonly Vector[]; readonly b: readonly Vector[] }) {
  // Counted on first use: most comparisons never ask.
  let df: Map<string, number> | null = null;
  return (i: number, j: number): boolean => {
    const a = vectors.a[i];
    const b = vectors.b[j];
    if (!a?.text || !b?.text) return false;
    if (QUOTATION.test(a.text) || QUOTATION.test(b.text) || otherSpeaker(a, b)) return false;
    if (!df) {
      df = new Map<string, number>();
      for (const side of [vectors.a, vectors.b])
        for (const v of side) for (const k of v.w.keys()) df.set(k, (df.get(k) ?? 0) + 1);
    }
    const who = whoKeys(a.text);
    for (const k of whoKeys(b.text)) who.add(k);
    let words = 0;
    for (const k of a.w.keys())
      if (
        b.w.has(k) &&
        df.get(k) === 2 &&
        !k.startsWith('#') &&
        !k.startsWith('f:') &&
        !k.startsWith(VALUE_PREFIX) &&
        !MONTH_KEYS.has(k) &&
        !who.has(k) &&
        !a.names?.has(k) &&
        !b.names?.has(k)
      )
        words++;
    return words >= OWN_WORDS;
  };
}
