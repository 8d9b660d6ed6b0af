/**
 * One sentence that says what two of the other article say (ADR 0022). The engine pairs
 * one-to-one, so it must choose which of the two is the partner; the cosine prefers the
 * shorter, more fully covered one, but an editor pairs the one that carries the sentence's
 * main claim and lists the other as only-in (test/fixtures/compare/README.md). In news
 * writing the main claim comes first ("agreed to set up a working group and to create
 * general-level mechanisms": the working group), so of two partners that each match a
 * different part of the sentence, the one matching the earlier part is kept. Only when the
 * sentence really is the two joined: each of them is mostly said by it (SPLIT_COVERED),
 * not merely two sentences that share some of its words. Before position, clauses (ADR 0022,
 * fourth round): a half matching the sentence's minor parts (clauses.ts: an appositive, a
 * relative or subordinate clause, a reporting frame) loses to the half matching its main
 * claim, wherever that sits ("Twenty soldiers, including Col B Santosh Babu, the commanding
 * officer…, were killed": the twenty killed).
 */
import { minorKeysOf, type Vector } from './features';
import { tokenize } from './tokens';
import { VALUE_PREFIX } from './value-keys';

/**
 * A second half scoring this much (below an anchor's STRONG) can take the pair, but only
 * when the sentence's clauses say it is the main claim (ADR 0022, fifth round): the main
 * claim is often reworded ("told airlines that tourist visas … were no longer valid" /
 * "declared such visas invalid") while the minor part keeps its words.
 */
export const SPLIT_WEAK = 0.2;
/** Features each half must share with the sentence on its own, for the two to be halves. */
export const SPLIT_MIN_OWN = 2;
/** How much earlier (in the sentence's content words) one half's words must come to count as the main claim. */
export const SPLIT_MIN_LEAD = 2;
/** Share of each half's weight (its words and figures) that the whole sentence says too. */
export const SPLIT_COVERED = 0.5;
/** The same, when the sentence's clauses tell the halves apart (one in its main claim, one in a minor part). */
export const SPLIT_COVERED_CLAUSE = 0.3;
/** How much more of one half's own words must lie in the sentence's minor parts than the other's. */
export const SPLIT_CLAUSE_GAP = 0.5;

const NONE: ReadonlySet<string> = new Set();

/**
 * Share of `part`'s weight (facts aside, and the keys in `skip`) found in `whole`. The words of a name `part` spells
 * out count as found when `whole` writes its acronym ("the International Air Transport
 * Association" in "a notice from IATA").
 */
export function coveredBy(part: Vector, whole: Vector, skip: ReadonlySet<string> = NONE): number {
  const byAcronym = new Set<string>();
  for (const [initials, words] of part.spelled ?? [])
    if (whole.w.has(initials)) for (const k of words) byAcronym.add(k);
  let shared = 0;
  let all = 0;
  for (const [k, x] of part.w) {
    // (A value read in other words, value-keys.ts, is no part of what the sentence writes.)
    if (k.startsWith('f:') || k.startsWith(VALUE_PREFIX) || skip.has(k)) continue;
    all += x * x;
    if (whole.w.has(k) || byAcronym.has(k)) shared += x * x;
  }
  return all ? shared / all : 0;
}

/**
 * Which of `first` and `second` carries the main claim of `whole` when each matches a
 * different part of it: 1 or 2, or null when they are not two halves of it (one is not
 * mostly said by it, they share most of what they match, or one matches too little of its
 * own) or neither part comes clearly first. Facts are left out: they have no place in the
 * sentence.
 */
export function mainPartner(whole: Vector, first: Vector, second: Vector, clauseOnly = false): 1 | 2 | null {
  const rank = new Map<string, number>();
  for (const k of whole.w.keys()) if (!k.startsWith('f:')) rank.set(k, rank.size);
  const own = (x: Vector, y: Vector) => [...rank.keys()].filter((k) => x.w.has(k) && !y.w.has(k));
  const one = own(first, second);
  const two = own(second, first);
  if (!halves(whole, first, second)) return null;
  const c1 = coveredBy(first, whole);
  const c2 = coveredBy(second, whole);
  const byClause = clauseChoice(whole, one, two);
  // A half's own frame ("…, the Leh-based corps said late on Monday") is who told it, not
  // what it tells: when the clauses decide, each half is measured by its main claim (round 10).
  if (
    byClause &&
    Math.max(c1, coveredBy(first, whole, minorKeysOf(first))) >= SPLIT_COVERED_CLAUSE &&
    Math.max(c2, coveredBy(second, whole, minorKeysOf(second))) >= SPLIT_COVERED_CLAUSE
  )
    return byClause;
  if (clauseOnly) return null;
  // A sentence whose subject is a pronoun ("They also agreed on …") says the subject the
  // other names ("The two sides also agreed to …"): those words are not asked of it (round 10).
  const p1 = Math.max(c1, coveredBy(first, whole, subjectKeysFor(whole, first)));
  const p2 = Math.max(c2, coveredBy(second, whole, subjectKeysFor(whole, second)));
  if (p1 < SPLIT_COVERED || p2 < SPLIT_COVERED) return null;
  const mean = (ks: readonly string[]) => ks.reduce((s, k) => s + (rank.get(k) as number), 0) / ks.length;
  const lead = mean(two) - mean(one);
  if (Math.abs(lead) < SPLIT_MIN_LEAD) return null;
  return lead > 0 ? 1 : 2;
}

const PRONOUN_SUBJECT = /^(?:they|he|she|it|we)\b/i;
const VERB =
  /\b(?:is|are|was|were|has|have|had|will|would|can|could|may|must|should|did|does|\w+ed|said|met|held|made|took|gave|set|agreed)\b/i;

/** The keys of `part`'s subject (its words before its first verb), when `whole`'s subject is a pronoun. */
function subjectKeysFor(whole: Vector, part: Vector): ReadonlySet<string> {
  if (!PRONOUN_SUBJECT.test(whole.text ?? '') || !part.text) return NONE;
  const verb = VERB.exec(part.text);
  if (!verb || verb.index === 0) return NONE;
  const out = new Set<string>();
  for (const t of tokenize(part.text.slice(0, verb.index))) if (!whole.w.has(t.key)) out.add(t.key);
  return out;
}

/**
 * `first` and `second` each match a part of `whole` of their own (SPLIT_MIN_OWN words or
 * more, facts aside) and share less of it than either matches alone: two halves of it, not
 * two tellings of all of it.
 */
export function halves(whole: Vector, first: Vector, second: Vector): boolean {
  let one = 0;
  let two = 0;
  let common = 0;
  for (const k of whole.w.keys()) {
    if (k.startsWith('f:')) continue;
    const x = first.w.has(k);
    const y = second.w.has(k);
    if (x && y) common++;
    else if (x) one++;
    else if (y) two++;
  }
  return one >= SPLIT_MIN_OWN && two >= SPLIT_MIN_OWN && common <= Math.min(one, two);
}

/**
 * 1 when `one`'s words are in the sentence's main claim and `two`'s mostly in its minor
 * parts (clauses.ts), 2 the other way round, null when the clauses do not tell them apart.
 */
function clauseChoice(whole: Vector, one: readonly string[], two: readonly string[]): 1 | 2 | null {
  const minor = minorKeysOf(whole);
  if (!minor.size) return null;
  const share = (ks: readonly string[]) => ks.filter((k) => minor.has(k)).length / ks.length;
  const d = share(two) - share(one);
  if (d >= SPLIT_CLAUSE_GAP) return 1;
  if (-d >= SPLIT_CLAUSE_GAP) return 2;
  return null;
}
