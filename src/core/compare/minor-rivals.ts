/**
 * A sentence that tells two things pairs with the sentence that tells its main claim, not with
 * the one that tells only what it adds in passing (ADR 0022, rounds 31 and 32). "Ties plunged to
 * their lowest point after the clash, in which 20 soldiers were killed" meets "Twenty soldiers
 * were killed." word for word in its relative clause, and "Ties nosedived after the clash" only
 * in other words; "They last held a structured meeting at Mahabalipuram in 2019, though they spoke
 * briefly in Bali in 2022" meets "They had met only briefly, in Bali in 2022" in its concessive
 * clause. An editor pairs the sentence with the one that tells its claim, however few words they
 * share, and leaves the short one unpaired: its claim is a part of the other sentence, not the
 * other sentence's claim.
 *
 * passing.ts moves such an anchor to a rival nearly as close; here the rival may be weak, but it
 * must be told by the sentence's main clause, still free, and have no closer match than the
 * sentence (a rival that tells something else matches something else better), while what the
 * anchor shares lies almost all in the sentence's minor part (clauses.ts) and in the partner's
 * main one: the partner tells as its claim what the sentence says in passing.
 *
 * Cost (round 32): an anchor's texts are read only when the index (sentence-candidates.ts) shows
 * it a free rival whose best match is the sentence, which few anchors have; round 31 read every
 * anchor's minor parts, and that step of a 50 000-word comparison took 60 ms.
 */
import type { Candidate } from './candidates';
import { splitConjunct, splitMinor } from './clauses';
import { conjunctKeysOf, minorKeysOf, type Vector } from './features';
import { freeRivals, type SentenceCandidates } from './sentence-candidates';
import { STRONG } from './thresholds';

/** What the anchor shares lies at least this much in the whole sentence's minor part. */
export const MINOR_SHARE = 0.75;
/** The rival's shared weight in the whole sentence's minor part, at most. */
export const RIVAL_MINOR_SHARE = 0.5;
/** Words the rival shares with the sentence in one role, at least. */
export const RIVAL_WORDS = 2;

/**
 * The share of what `whole` and `part` share (weights, facts aside) that `whole` says in its
 * minor part while `part` says it in its main part; and how many words (not persons' names)
 * they share in one role: in `whole`'s main part, or in both sentences' minor parts.
 */
function split(
  whole: Vector,
  part: Vector,
  minor: ReadonlySet<string>,
  skip: ReadonlySet<string> = NO_KEYS,
): { minor: number; main: number } {
  const partMinor = minorKeysOf(part);
  let all = 0;
  let inMinor = 0;
  let main = 0;
  for (const [k, x] of whole.w) {
    if (k.startsWith('f:') || skip.has(k)) continue;
    const y = part.w.get(k);
    if (y === undefined) continue;
    all += x * y;
    if (minor.has(k) && !partMinor.has(k)) inMinor += x * y;
    else if (!whole.names?.has(k) && !part.names?.has(k)) main++;
  }
  return { minor: all ? inMinor / all : 0, main };
}

/** A verb of saying or calling: the sentence reports a remark or its source. */
const SAYING =
  /\b(?:said|says|say|told|tells|added|stated|remarked|confirmed|announced|called|calls|described)\b/i;
/** A negated clause. */
const NEGATION = /\b(?:not|never|no|none|nor)\b|n['’]t\b/i;

/**
 * `theirs` tells `whole`'s main claim: two words or more in one role, not a remark about it
 * (unless `whole` is one too), and not the claim `whole` denies ("The notice did not mention the
 * April curbs" is not "The April curbs remain").
 */
function tellsMain(whole: Vector, theirs: Vector, reading: Reading): boolean {
  const other = split(whole, theirs, reading.minor, reading.both);
  if (other.minor >= RIVAL_MINOR_SHARE || other.main < RIVAL_WORDS) return false;
  const w = whole.text ?? '';
  const t = theirs.text ?? '';
  if (SAYING.test(t) && !SAYING.test(w)) return false;
  return NEGATION.test(reading.main) === NEGATION.test(splitMinor(t).main);
}

/**
 * `whole` meets `mine` through its minor part only, and `mine` is no report: the anchor may give
 * way. A sentence without a minor part never does (no share to weigh).
 */
function metInPassing(whole: Vector, mine: Vector, reading: Reading): boolean {
  if (!reading.minor.size) return false;
  return (
    split(whole, mine, reading.minor, reading.both).minor >= MINOR_SHARE && !SAYING.test(mine.text ?? '')
  );
}

/** A reading of a sentence: its main clause's text and the keys it says only outside it. */
interface Reading {
  readonly main: string;
  readonly minor: ReadonlySet<string>;
  /** Keys said in both parts, which tell neither from the other: left out of the shares. */
  readonly both?: ReadonlySet<string>;
}

const NO_KEYS: ReadonlySet<string> = new Set();

/**
 * The sentence's readings: its minor parts (clauses.ts), then, when it has a second conjunct,
 * with that conjunct read as a minor part too (`splitConjunct`).
 */
function* readings(whole: Vector): Generator<Reading> {
  const text = whole.text ?? '';
  const plain = splitMinor(text);
  if (plain.minor) yield { main: plain.main, minor: minorKeysOf(whole) };
  const conjunct = conjunctKeysOf(whole);
  if (conjunct)
    yield {
      main: (splitConjunct(text) as { main: string }).main,
      minor: conjunct.minor,
      both: conjunct.both,
    };
}

/**
 * Moves an anchor that meets a sentence through its minor part only to a free rival that meets
 * it through its main clause and whose best match it is (see the file comment). Updates the
 * partner arrays and scores in place. The index (sentence-candidates.ts) is asked first: most
 * anchors have no free rival, and their texts are never read here.
 */
export function preferMainOverMinor(
  sorted: readonly Candidate[],
  vectors: { readonly a: readonly Vector[]; readonly b: readonly Vector[] },
  partnerA: Int32Array,
  partnerB: Int32Array,
  scoreA: Float64Array,
  index: SentenceCandidates,
): void {
  for (const anchor of sorted) {
    if (anchor.score < STRONG) break;
    if (partnerA[anchor.a] !== anchor.b) continue;
    const va = vectors.a[anchor.a] as Vector;
    const vb = vectors.b[anchor.b] as Vector;
    // Either sentence may be the one that tells two things.
    for (const sameA of [true, false]) {
      const rivals = freeRivals(
        index,
        sameA,
        sameA ? anchor.a : anchor.b,
        anchor,
        sameA ? partnerB : partnerA,
      );
      if (!rivals.length) continue;
      const whole = sameA ? va : vb;
      // The partner tells what the sentence adds in passing, not who told it (a reporting
      // frame, "…, the ministry said on Thursday", is a minor part too).
      let rival: Candidate | undefined;
      for (const reading of readings(whole)) {
        if (!metInPassing(whole, sameA ? vb : va, reading)) continue;
        rival = rivals.find((c) =>
          tellsMain(whole, (sameA ? vectors.b[c.b] : vectors.a[c.a]) as Vector, reading),
        );
        if (rival) break;
      }
      if (!rival) continue;
      partnerA[anchor.a] = -1;
      partnerB[anchor.b] = -1;
      partnerA[rival.a] = rival.b;
      partnerB[rival.b] = rival.a;
      scoreA[rival.a] = rival.score;
      break;
    }
  }
}
