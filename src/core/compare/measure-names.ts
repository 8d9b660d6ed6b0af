/**
 * A figure worn as the name of another measure (round 28, ADR 0063): "The US will lower the
 * fentanyl tariff by 10 points and suspend for one year its 50 percent affiliates rule." The
 * 50 percent is an attribute of "affiliates rule" (a determiner, the figure, then the measure
 * it names): it says which rule, the rule's own threshold, and nothing of the tariff the
 * claim engine may tie it to because the sentence names that tariff too. Such a value is
 * never a side of a conflict for a fact whose words do not name that measure; a figure worn by
 * the fact's own measure ("a 10% fentanyl tariff") still is.
 */
import type { Fact } from '../facts/schema';

/**
 * After a figure: up to two modifiers, then a noun that names a measure. The determiner before
 * the figure is checked apart (`DETERMINED`).
 */
const MEASURE_AFTER =
  /^\s+((?:[a-z][\w-]*\s+){0,2}?(?:rules?|tariffs?|duty|duties|tax(?:es)?|levy|levies|caps?|quotas?|thresholds?|limits?|ceilings?|stakes?|surcharges?|fees?))\b/;
/** A determiner (or a possessive) just before the figure: "its 50 percent …", "a 25% …". */
const DETERMINED = /\b(?:the|a|an|its|their|his|her|this|that|such)\s+(?:so-called\s+)?$/i;

/** The measure the value at [start, end) of `sentence` names as an attribute ("affiliates rule"); null otherwise. */
export function measureNamed(sentence: string, start: number, end: number): string | null {
  if (!DETERMINED.test(sentence.slice(Math.max(0, start - 24), start))) return null;
  const m = MEASURE_AFTER.exec(sentence.slice(end));
  return m ? (m[1] as string).toLowerCase() : null;
}

const factWords = new WeakMap<Fact, ReadonlySet<string>>();
/** The words the fact is named by: its title, aliases and cue words, lower-cased. */
function wordsOf(fact: Fact): ReadonlySet<string> {
  let out = factWords.get(fact);
  if (!out) {
    const texts = [fact.title, ...fact.aliases.map((a) => a.text)];
    for (const cue of fact.cues ?? []) for (const list of cue.allOf) texts.push(...list);
    out = new Set(
      texts
        .join(' ')
        .toLowerCase()
        .match(/[\p{L}-]+/gu) ?? [],
    );
    factWords.set(fact, out);
  }
  return out;
}

/** The measure `named` is another than `fact`'s: none of its words names the fact. */
export function otherMeasure(named: string, fact: Fact | undefined): boolean {
  if (!fact) return false;
  const words = wordsOf(fact);
  const stem = (w: string) => w.replace(/(?:ies|es|s)$/, '');
  for (const w of named.split(/\s+/))
    if (words.has(w) || [...words].some((f) => stem(f) === stem(w) && stem(w).length > 2)) return false;
  return true;
}
