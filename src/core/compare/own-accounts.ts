/**
 * A speaker's words pair with his words, the writer's account with the writer's account, even
 * when the accounts share few words (ADR 0022, rounds 31 and 32). speech-form.ts moves an anchor
 * that pairs a quotation with the writer's own account to another account still free, when that
 * is an anchor too. Here the other account may be weak, but it must have no closer match than
 * the anchor's account: "'We are having a formal meeting after 5 years,' Modi remarked at the
 * start" meets "The two had not sat down for formal talks in five years" on "formal" and "five
 * years", and so does "It was their first structured bilateral meeting in five years", whose
 * best match that sentence is: the two accounts pair, and the quotation is left to the speaker.
 *
 * Cost (round 32): an anchor's texts are read only when the index (sentence-candidates.ts) shows
 * its account a free, weaker rival whose best match the account is; round 31 scanned every
 * candidate for each anchor between a quotation and an account.
 */
import type { Candidate } from './candidates';
import type { Vector } from './features';
import { freeRivals, type SentenceCandidates } from './sentence-candidates';
import { formOf, writersOwn } from './speech-form';
import { STRONG } from './thresholds';

/** A verb of saying past speech-form.ts's list: the quotation names its speaker. */
const SPEAKER_VERB = /\b(?:said|says|told|added|remarked|stated|declared|asked|insisted|noted)\b/i;

/** `quote` is a quotation that names its speaker, `account` the writer's own account. */
function quoteAndAccount(quote: Vector, account: Vector): boolean {
  return formOf(quote) === 'quote' && SPEAKER_VERB.test(quote.text ?? '') && writersOwn(account);
}

/**
 * Moves an anchor between a quotation (with its speaker) and a writer's own account to a free,
 * weaker account whose best match is that account (see the file comment). Updates the partner
 * arrays and scores in place. The index (sentence-candidates.ts) is asked first: most anchors
 * have no such rival, and their texts are never read here.
 */
export function preferOwnAccounts(
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
    for (const quoteA of [true, false]) {
      // Another account of the quotation's side, free, whose best match is the anchor's account.
      const rivals = freeRivals(
        index,
        !quoteA,
        quoteA ? anchor.b : anchor.a,
        anchor,
        quoteA ? partnerA : partnerB,
      );
      if (!rivals.length || !(quoteA ? quoteAndAccount(va, vb) : quoteAndAccount(vb, va))) continue;
      const rival = rivals.find((c) => writersOwn(quoteA ? vectors.a[c.a] : vectors.b[c.b]));
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
