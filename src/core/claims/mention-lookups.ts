/**
 * What the mention index looks up by matcher key — cues, keyword sets, the names of places and
 * entities — built once per compiled index (and fact base) through the matcher's memo.
 */
import { pushTo } from '../collections';
import type { Fact } from '../facts/schema';
import type { IndexedCue, IndexedKeywords, MatcherIndex } from '../match/terms';

const ENTITY_KINDS = new Set(['person', 'place', 'organisation']);

/** A per-instance memo (see Matcher.memo): builds a value once per key. */
export type Memo = <T>(key: string, build: () => T) => T;

/** What the index says about its keys, built once per index (and fact base). */
export interface Lookups {
  readonly placeNames: ReadonlySet<string>;
  readonly entityNames: ReadonlySet<string>;
  readonly cuesByKey: ReadonlyMap<number, readonly IndexedCue[]>;
  readonly keywordsByKey: ReadonlyMap<number, readonly KeywordRef[]>;
  /** For each fact, the facts that are `part-of` it (their relation points at it). */
  readonly partsOf: ReadonlyMap<string, readonly Fact[]>;
}

/** Aliases (lower case) that name a place, once per index: "Kazan" the city, beside the meeting held there. */
export function placeNamesOf(
  index: MatcherIndex,
  factById: (id: string) => Fact | undefined,
  memo?: Memo,
): ReadonlySet<string> {
  // Apart from the other lookups: the probe's first answer needs only these (ADR 0033).
  const build = () => namesOfKinds(index, factById, PLACE_KINDS);
  return memo ? memo('place-names', build) : build();
}

const PLACE_KINDS: ReadonlySet<string> = new Set(['place']);

/** The aliases (lower case) of the index's terms whose fact is of one of `kinds`. */
function namesOfKinds(
  index: MatcherIndex,
  factById: (id: string) => Fact | undefined,
  kinds: ReadonlySet<string>,
): ReadonlySet<string> {
  return new Set(
    index.terms.filter((t) => kinds.has(factById(t.factId)?.kind ?? '')).map((t) => t.alias.toLowerCase()),
  );
}

export function lookupsOf(
  index: MatcherIndex,
  factById: (id: string) => Fact | undefined,
  memo?: Memo,
): Lookups {
  const build = (): Lookups => {
    const cuesByKey = new Map<number, IndexedCue[]>();
    for (const cue of index.cues) {
      for (const key of new Set([...cue.allOf.flat(), ...cue.paragraph.flat()])) pushTo(cuesByKey, key, cue);
    }
    const keywordsByKey = new Map<number, KeywordRef[]>();
    for (const set of index.keywords) {
      set.keys.forEach((key, i) => {
        pushTo(keywordsByKey, key, { set, group: set.groups[i] as number });
      });
    }
    const partsOf = new Map<string, Fact[]>();
    const ids = new Set([
      ...index.terms.map((t) => t.factId),
      ...index.cues.map((c) => c.factId),
      ...index.keywords.map((k) => k.factId),
    ]);
    for (const id of ids) {
      const fact = factById(id);
      for (const r of fact?.relations ?? [])
        if (r.type === 'part-of' && fact) pushTo(partsOf, r.target, fact);
    }
    return {
      partsOf,
      placeNames: placeNamesOf(index, factById, memo),
      entityNames: namesOfKinds(index, factById, ENTITY_KINDS),
      cuesByKey,
      keywordsByKey,
    };
  };
  return memo ? memo('mention-lookups', build) : build();
}

export interface KeywordRef {
  readonly set: IndexedKeywords;
  readonly group: number;
}

/**
 * Every group has a key in `keys` (`groups.every((g) => g.some((k) => keys.has(k)))`, as loops:
 * it runs for each cue a sentence's words touch; round 19, cost).
 */
export function everyGroupMet(
  groups: readonly (readonly number[])[],
  keys: { has(key: number): boolean },
): boolean {
  for (const g of groups) {
    let met = false;
    for (const k of g)
      if (keys.has(k)) {
        met = true;
        break;
      }
    if (!met) return false;
  }
  return true;
}
