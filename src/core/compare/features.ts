/**
 * Sentence vectors for alignment: each sentence is a set of features (content-word stems,
 * figures, months, and the facts the claim engine found in it), weighted by how rare the
 * feature is across both articles (its sentence frequency). Two sentences are as
 * similar as the cosine of their vectors.
 */
import { allMatches } from '../match/all-matches';
import { captionBody } from './captions';
import { splitConjunct, splitMinor } from './clauses';
import type { DatedKeys } from './dated';
import { dottedNameKeys } from './proper-names';
import { initialsKey, spelledNames, tokenize } from './tokens';
import { formsOf, sameForm, VALUE_PREFIX, type ValueKey } from './value-keys';

/** Extra weight of a fact the claim engine found, over a word: a shared fact is strong evidence. */
export const FACT_WEIGHT = 1.5;
/** Figures and dates are evidence too, a little more than a word. */
export const NUMBER_WEIGHT = 1.2;
/** A value read in other words (value-keys.ts, ADR 0163). */
export const VALUE_WEIGHT = 1.2;

export interface SentenceFeatures {
  /** Distinct feature keys with their kind weight (before rarity). */
  readonly keys: ReadonlyMap<string, number>;
  /** Content words (for "enough evidence" checks). */
  readonly words: number;
  /** The sentence, for its minor parts (`minorKeysOf`), worked out only when a split is decided. */
  readonly text: string;
  /** Keys that name a person the sentence mentions: the person's fact and the words of its name. */
  readonly names: ReadonlySet<string>;
  /** A spelled-out name's initials key → the keys of its words (tokens.ts spelledNames). */
  readonly spelled: ReadonlyMap<string, readonly string[]>;
  /** What the sentence tells (Told): events and instruments, and the wholes they are part of. */
  readonly told: Told;
  /** Its date keys and the events its claims date with them (dated.ts); none when absent. */
  readonly dated?: DatedKeys;
  /**
   * Keys read from a date the claim engine resolved, not written ("on Monday" read as `oct`, `#21`;
   * dated.ts resolvedDateKeys): evidence when shared, but no weight in the sentence's norm, since
   * the words they are read from weigh there already (ADR 0075). None when absent.
   */
  readonly resolved?: ReadonlySet<string>;
  /** Its value keys (value-keys.ts) with the forms it writes them in; none when absent. */
  readonly valueForms?: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * The events, instruments and counts a sentence tells (facts.ts `tellsOf`), every one of those
 * the claim engine tied to it (by any term, or from context), and what the fact base links them
 * to (the whole a meeting is part of; the facts a count is related to).
 */
export interface Told {
  readonly events: ReadonlySet<string>;
  readonly mentioned: ReadonlySet<string>;
  readonly wholes: ReadonlySet<string>;
  /** Of `events`, those named only as what a guest is invited to (ADR 0144); none when absent. */
  readonly background?: ReadonlySet<string>;
}

export const NOTHING_TOLD: Told = { events: new Set(), mentioned: new Set(), wholes: new Set() };

const NO_KEYS: ReadonlySet<string> = new Set();

/** The keys said only in the sentence's minor parts (clauses.ts `splitMinor`). */
export function minorKeys(sentence: string): ReadonlySet<string> {
  const { main, minor } = splitMinor(sentence);
  if (!minor) return NO_KEYS;
  const inMain = new Set(tokenize(main).map((t) => t.key));
  const out = new Set<string>();
  for (const t of tokenize(minor)) if (!inMain.has(t.key)) out.add(t.key);
  return out;
}

const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** The features of one sentence; `facts` are fact ids found in it. */
export function featuresOf(
  sentence: string,
  facts: readonly string[],
  personNames: readonly string[] = [],
  told: Told = NOTHING_TOLD,
  dated?: DatedKeys,
  values: readonly ValueKey[] = [],
): SentenceFeatures {
  const keys = new Map<string, number>();
  let words = 0;
  const spelledOut = spelledNames(sentence);
  // A caption's label and tag ("Photo caption:", "(File)") are no evidence (round 23). Most
  // sentences are their own body: tokenised with their own names, kept for the comparison.
  const body = captionBody(sentence);
  for (const t of tokenize(body, body === sentence ? undefined : spelledOut)) {
    if (t.kind === 'word') words++;
    if (!keys.has(t.key)) keys.set(t.key, t.kind === 'number' ? NUMBER_WEIGHT : 1);
  }
  for (const id of facts) keys.set(`f:${id}`, FACT_WEIGHT);
  // The day an event is dated with, however it is written ("on Monday" / "October 21"): the keys
  // of its resolved date (dated.ts resolvedDateKeys) that the sentence's own words lack (ADR 0075).
  const resolved = new Set<string>();
  if (dated)
    for (const k of dated.keys())
      if (!keys.has(k)) {
        keys.set(k, k.startsWith('#') ? NUMBER_WEIGHT : 1);
        resolved.add(k);
      }
  // A length of time or a day however it is written ("a year" / "twelve months"), read, not
  // written: evidence when shared, no weight in the norm (value-keys.ts, ADR 0163).
  for (const { key } of values)
    if (!keys.has(key)) {
      keys.set(key, VALUE_WEIGHT);
      resolved.add(key);
    }
  const names = new Set<string>();
  for (const id of facts) if (id.startsWith('person.')) names.add(`f:${id}`);
  for (const n of personNames) for (const t of tokenize(n)) if (keys.has(t.key)) names.add(t.key);
  const spelled = new Map<string, readonly string[]>();
  for (const n of spelledOut)
    spelled.set(
      initialsKey(n.initials),
      tokenize(n.words).map((t) => t.key),
    );
  return {
    keys,
    words,
    text: sentence,
    names,
    spelled,
    told,
    ...(dated?.size ? { dated } : {}),
    ...(resolved.size ? { resolved } : {}),
    ...(values.length ? { valueForms: formsOf(values) } : {}),
  };
}

/** The sentence frequency at which a feature's weight falls to log 2 (ADR 0015). */
export const RARITY_SCALE = 20;

/** Sentence frequency of each feature over both articles, and the rarity weight it gives. */
export class Rarity {
  private readonly df = new Map<string, number>();
  /** Features seen in exactly one sentence of A (and of B): one-to-one links. */
  private readonly dfA = new Map<string, number>();
  private readonly dfB = new Map<string, number>();
  private total = 0;

  add(f: SentenceFeatures, side: 'a' | 'b'): void {
    this.total++;
    const own = side === 'a' ? this.dfA : this.dfB;
    for (const k of f.keys.keys()) {
      this.df.set(k, (this.df.get(k) ?? 0) + 1);
      own.set(k, (own.get(k) ?? 0) + 1);
    }
  }

  /** The feature is in exactly one sentence of each article: it links those two. */
  unique(key: string): boolean {
    return this.dfA.get(key) === 1 && this.dfB.get(key) === 1;
  }

  count(key: string): number {
    return this.df.get(key) ?? 0;
  }

  /**
   * log(1 + RARITY_SCALE/df): a feature in one sentence weighs 3.0, in two 2.4, in twenty
   * 0.7. It depends on the feature's own frequency only, not on the number of sentences, so
   * a sentence that shares nothing with the others changes no other score.
   */
  weight(key: string): number {
    return Math.log(1 + RARITY_SCALE / Math.max(1, this.df.get(key) ?? 1));
  }

  get sentences(): number {
    return this.total;
  }
}

/** A weighted vector and its norm. */
export interface Vector {
  readonly w: ReadonlyMap<string, number>;
  readonly norm: number;
  /** The sentence (SentenceFeatures.text); absent in vectors built by hand. */
  readonly text?: string;
  /** Keys naming a person (SentenceFeatures.names); none when absent. */
  readonly names?: ReadonlySet<string>;
  /** SentenceFeatures.spelled; none when absent. */
  readonly spelled?: ReadonlyMap<string, readonly string[]>;
  /** SentenceFeatures.told; nothing when absent. */
  readonly told?: Told;
  /** SentenceFeatures.dated; none when absent. */
  readonly dated?: DatedKeys;
  /** SentenceFeatures.resolved: keys weighed when shared, left out of `norm`; none when absent. */
  readonly resolved?: ReadonlySet<string>;
  /** SentenceFeatures.valueForms; none when absent. */
  readonly valueForms?: ReadonlyMap<string, ReadonlySet<string>>;
}

export function vectorOf(f: SentenceFeatures, rarity: Rarity): Vector {
  const w = new Map<string, number>();
  let sq = 0;
  for (const [k, kind] of f.keys) {
    const x = kind * rarity.weight(k);
    w.set(k, x);
    if (!f.resolved?.has(k)) sq += x * x;
  }
  return {
    w,
    norm: Math.sqrt(sq),
    text: f.text,
    names: f.names,
    spelled: f.spelled,
    told: f.told,
    ...(f.dated ? { dated: f.dated } : {}),
    ...(f.resolved ? { resolved: f.resolved } : {}),
    ...(f.valueForms ? { valueForms: f.valueForms } : {}),
  };
}

/** Cosine similarity, how many features the two share, and how many of those are `unique`. */
export function cosine(
  a: Vector,
  b: Vector,
  unique: (key: string) => boolean = () => false,
): { score: number; shared: number; unique: number } {
  if (!a.norm || !b.norm) return { score: 0, shared: 0, unique: 0 };
  const [small, large] = a.w.size <= b.w.size ? [a, b] : [b, a];
  let dot = 0;
  let shared = 0;
  let links = 0;
  for (const [k, x] of small.w) {
    const y = large.w.get(k);
    // A day written in one form on both sides is shared by its words already (value-keys.ts).
    if (y !== undefined && !(k.startsWith(VALUE_PREFIX) && sameForm(a, b, k))) {
      dot += x * y;
      shared++;
      if (unique(k)) links++;
    }
  }
  // Keys read from a resolved date weigh in the dot product only (SentenceFeatures.resolved), so
  // two sentences that are one sentence read twice could pass 1.
  return { score: Math.min(1, dot / (a.norm * b.norm)), shared, unique: links };
}

const properCache = new WeakMap<Vector, ReadonlySet<string>>();

/** A capitalised word past the sentence's first (properKeysOf). */
const CAPITALISED_WORD = /(?<=\s)[A-Z][\p{L}'’-]*/gu;

/**
 * The keys of `v` that are proper names (evidence.ts namesAlone): capitalised words past the
 * first (weekdays aside), dotted abbreviations (proper-names.ts), a spelled-out name's initials,
 * and person, place, organisation and topic facts. Worked out on first use, for the few
 * candidates that need it.
 */
export function properKeysOf(v: Vector): ReadonlySet<string> {
  let out = properCache.get(v);
  if (!out) {
    const keys = new Set<string>(v.spelled?.keys() ?? []);
    for (const k of v.w.keys()) if (/^f:(?:person|place|org|topic)\./.test(k)) keys.add(k);
    const capitalised = allMatches(v.text ?? '', CAPITALISED_WORD)
      .map((m) => m[0])
      .filter((w) => !WEEKDAY.test(w));
    if (capitalised.length)
      for (const t of tokenize(capitalised.join(' . '), [])) if (t.kind === 'word') keys.add(t.key);
    // A dotted abbreviation ("U.S."), which the pattern above stops reading at its dot (round 21).
    for (const k of dottedNameKeys(v.text ?? '')) keys.add(k);
    out = keys;
    properCache.set(v, out);
  }
  return out;
}

/** Between two words of one name: spaces, an initial's dot, or "of" ("Line of Actual Control"). */
const NAME_GOES_ON = /^(?:\.?\s+|\s+(?:of|for)(?: the)?\s+)$/;

const runsCache = new WeakMap<Vector, readonly ReadonlySet<string>[]>();

/**
 * The names `v`'s sentence writes, one key set per name (round 30): runs of capitalised words
 * past the first (weekdays aside), a run going on over spaces, an initial's dot and "of" ("Foreign
 * Minister Wang Yi", "Col B. Santosh Babu", "Line of Actual Control"), and broken by anything else ("Tulung
 * La in Arunachal Pradesh", "Continental India, DE Diamond, Hitachi and Jay Ushin"). Worked out
 * on first use, for the few candidates that need it (evidence.ts namesAlone).
 */
export function nameRunsOf(v: Vector): readonly ReadonlySet<string>[] {
  let out = runsCache.get(v);
  if (!out) {
    const text = v.text ?? '';
    const runs: string[][] = [];
    let end = -1;
    for (const m of allMatches(text, CAPITALISED_WORD)) {
      const word = m[0];
      const at = m.index ?? 0;
      if (WEEKDAY.test(word)) {
        end = -1;
        continue;
      }
      const last = runs[runs.length - 1];
      if (last && end >= 0 && NAME_GOES_ON.test(text.slice(end, at))) last.push(word);
      else runs.push([word]);
      end = at + word.length;
    }
    out = runs.map((r) => new Set(tokenize(r.join(' '), []).map((t) => t.key)));
    runsCache.set(v, out);
  }
  return out;
}

const minorCache = new WeakMap<Vector, ReadonlySet<string>>();

/**
 * The keys `v`'s sentence says only outside its main claim (clauses.ts), worked out on first
 * use: only the few sentences whose split is decided need them (a second tokenising of every
 * sentence with a comma cost a tenth of a 50 000-word comparison).
 */
export function minorKeysOf(v: Vector): ReadonlySet<string> {
  let keys = minorCache.get(v);
  if (!keys) {
    keys = v.text ? minorKeys(v.text) : NO_KEYS;
    minorCache.set(v, keys);
  }
  return keys;
}

/** A sentence read with its second conjunct as a minor part: the keys said only there, and those said in both parts. */
export interface ConjunctKeys {
  readonly minor: ReadonlySet<string>;
  readonly both: ReadonlySet<string>;
}

const conjunctCache = new WeakMap<Vector, ConjunctKeys | null>();

/**
 * `v`'s sentence read with its second conjunct as a minor part too (clauses.ts `splitConjunct`): the
 * keys it says only outside its main claim, and the keys both parts say (the subject or object the
 * two conjuncts share); null when it has no second conjunct. On first use, as `minorKeysOf`.
 */
export function conjunctKeysOf(v: Vector): ConjunctKeys | null {
  let keys = conjunctCache.get(v);
  if (keys === undefined) {
    const split = v.text ? splitConjunct(v.text) : null;
    keys = null;
    if (split) {
      const inMain = new Set(tokenize(split.main).map((t) => t.key));
      const minor = new Set<string>();
      const both = new Set<string>();
      for (const t of tokenize(split.minor)) (inMain.has(t.key) ? both : minor).add(t.key);
      keys = { minor, both };
    }
    conjunctCache.set(v, keys);
  }
  return keys;
}
