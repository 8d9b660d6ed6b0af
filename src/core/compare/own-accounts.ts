/**
 * A speaker's words pair with his words, the writer's account with the writer's account, even
 * when the accounts share few words (ADR 0022, round 31). speech-form.ts moves an anchor that
 * pairs a quotation with the writer's own account to another account still free, when that is an
 * anchor too. Here the other account may be weak, but it must have no closer match than the
 * anchor's account: "'We are having a formal meeting after 5 years,' Modi remarked at the start"
 * meets "The two had not sat down for formal talks in five years" on "formal" and "five years",
 * and so does "It was their first structured bilateral meeting in five years", whose best match
 * that sentence is: the two accounts pair, and the quotation is left to the speaker.
 */
import type { Candidate } from './candidates';
import type { Vector } from './features';
import { formOf, writersOwn } from './speech-form';
import { STRONG } from './thresholds';

/** A verb of saying past speech-form.ts's list: the quotation names its speaker. */
const SPEAKER_VERB = /\b(?:said|says|told|added|remarked|stated|declared|asked|insisted|noted)\b/i;

/**
 * Moves an anchor between a quotation (with its speaker) and a writer's own account to a free,
 * weaker account whose best match is that account (see the file comment). Updates the partner
 * arrays and scores in place.
 */
export function preferOwnAccounts(
  sorted: readonly Candidate[],
  vectors: { readonly a: readonly Vector[]; readonly b: readonly Vector[] },
  partnerA: Int32Array,
  partnerB: Int32Array,
  scoreA: Float64Array,
): void {
  const bestOfA = new Map<number, Candidate>();
  const bestOfB = new Map<number, Candidate>();
  for (const c of sorted) {
    if (!bestOfA.has(c.a)) bestOfA.set(c.a, c);
    if (!bestOfB.has(c.b)) bestOfB.set(c.b, c);
  }
  for (const anchor of sorted) {
    if (anchor.score < STRONG) break;
    if (partnerA[anchor.a] !== anchor.b) continue;
    const va = vectors.a[anchor.a] as Vector;
    const vb = vectors.b[anchor.b] as Vector;
    for (const quoteA of [true, false]) {
      const quote = quoteA ? va : vb;
      const account = quoteA ? vb : va;
      if (formOf(quote) !== 'quote' || !SPEAKER_VERB.test(quote.text ?? '') || !writersOwn(account)) continue;
      // Another account of the other side, free, whose best match is the anchor's account.
      const rival = sorted.find(
        (c) =>
          c !== anchor &&
          (quoteA
            ? c.b === anchor.b &&
              c.a !== anchor.a &&
              partnerA[c.a] === -1 &&
              bestOfA.get(c.a) === c &&
              writersOwn(vectors.a[c.a])
            : c.a === anchor.a &&
              c.b !== anchor.b &&
              partnerB[c.b] === -1 &&
              bestOfB.get(c.b) === c &&
              writersOwn(vectors.b[c.b])),
      );
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
