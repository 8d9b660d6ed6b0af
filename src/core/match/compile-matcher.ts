/**
 * The build-time half of term matching (terms.ts): `compileMatcher` turns facts into the plain-data
 * index `Matcher` loads — an Aho–Corasick automaton over normalised aliases and their spelling
 * variants, the cues with their verbs' other tense, and keyword sets weighted by rarity.
 */
import type { Fact } from '../facts/schema';
import { buildAutomaton } from './automaton';
import { normalize } from './normalize';
import type { IndexedCue, IndexedKeywords, IndexedTerm, MatcherIndex } from './terms';
import { spellingVariants, tenseVariants } from './variants';

const normKey = (s: string) => normalize(s).text.trim();

/** Compiles the aliases of `facts` (build time). */
export function compileMatcher(facts: readonly Fact[]): MatcherIndex {
  const keys: string[] = [];
  const keyIndex = new Map<string, number>();
  const keyTerms: number[][] = [];
  const keyOf = (key: string): number => {
    let k = keyIndex.get(key);
    if (k === undefined) {
      k = keys.length;
      keys.push(key);
      keyIndex.set(key, k);
      keyTerms.push([]);
    }
    return k;
  };
  const terms: IndexedTerm[] = [];
  const cues: IndexedCue[] = [];
  // Cues take their verb's other tense too (variants.ts, tenseVariants); keywords keep their own forms.
  const phraseKeys = (phrases: readonly string[], tenses = false) =>
    [
      ...new Set(
        phrases.flatMap((p) => {
          const key = normKey(p);
          const forms = spellingVariants(key, true, true);
          return tenses ? [...forms, ...tenseVariants(key).flatMap((t) => spellingVariants(t))] : forms;
        }),
      ),
    ].map(keyOf);
  const cueKeys = (phrases: readonly string[]) => phraseKeys(phrases, true);
  const keywordSets: KeywordSet[] = [];
  for (const fact of facts) {
    if (fact.keywords?.length) keywordSets.push(keywordSet(fact.id, fact.keywords, phraseKeys));
    for (const cue of fact.cues ?? []) {
      cues.push({
        factId: fact.id,
        allOf: cue.allOf.map(cueKeys),
        paragraph: (cue.paragraph ?? []).map(cueKeys),
      });
    }
    for (const alias of fact.aliases) {
      const key = normKey(alias.text);
      if (!key) continue;
      const t = terms.length;
      const context = alias.context
        ? { keys: alias.context.anyOf.map((w) => keyOf(normKey(w))), scope: alias.context.scope }
        : undefined;
      terms.push({
        factId: fact.id,
        alias: alias.text,
        caseSensitive: alias.caseSensitive === true,
        ...(context ? { context } : {}),
      });
      const variants = alias.caseSensitive ? [key] : spellingVariants(key, alias.inflect === true);
      for (const variant of variants) {
        const list = keyTerms[keyOf(variant)] as number[];
        if (!list.includes(t)) list.push(t);
      }
    }
  }
  return { version: 2, automaton: buildAutomaton(keys), keyTerms, terms, cues, keywords: weigh(keywordSets) };
}

type KeywordSet = Omit<IndexedKeywords, 'weights'> & { readonly norms: readonly string[] };

function keywordSet(
  factId: string,
  keywords: readonly string[],
  phraseKeys: (p: readonly string[]) => number[],
): KeywordSet {
  const words = [...new Map(keywords.map((k) => [normKey(k), k] as const)).entries()];
  const keys: number[] = [];
  const groups: number[] = [];
  words.forEach(([, k], g) => {
    for (const key of phraseKeys([k])) {
      if (keys.includes(key)) continue;
      keys.push(key);
      groups.push(g);
    }
  });
  return { factId, keys, groups, words: words.map(([, k]) => k), norms: words.map(([n]) => n) };
}

function weigh(sets: readonly KeywordSet[]): IndexedKeywords[] {
  const df = new Map<string, number>();
  for (const s of sets) for (const n of s.norms) df.set(n, (df.get(n) ?? 0) + 1);
  const round = (x: number) => Math.round(x * 100) / 100;
  return sets.map(({ norms, ...s }) => ({
    ...s,
    weights: norms.map((n) => round(Math.log(1 + sets.length / (df.get(n) ?? 1)))),
  }));
}
