/**
 * A report pairs with a report, not with a quotation of the same statement, when the other
 * article tells the statement both ways (ADR 0164). One outlet writes "The council will reopen the
 * pier from 3 May, the harbour office said on Monday" and then quotes the notice itself ("'From 3
 * May, the pier is open to visitors,' the notice read"); the other writes only "The pier reopens
 * to visitors from 3 May, the harbour office said". The quotation shares the date and the act with
 * the report and often scores higher (its words are the notice's own), so it takes the report as
 * its anchor and leaves its own outlet's report unpaired. An editor pairs the two reports and
 * leaves the quotation to the side that quotes it.
 *
 * own-accounts.ts (ADR 0022, rounds 31–32) already does this when both accounts are the writer's
 * own (no one reported saying them). Here the accounts may be reported speech: the anchor's
 * account and the free rival both reports, the rival at STRONG or more and its best match the
 * anchor's account. Round 20's rule stands: a remark told in reported speech stays with its
 * quotation when the rival is the writer's own account (another kind of account, often of
 * another thing).
 */
import type { Candidate } from './candidates';
import type { Vector } from './features';
import { freeRivals, type SentenceCandidates } from './sentence-candidates';
import { formOf, writersOwn } from './speech-form';
import { STRONG } from './thresholds';

/** A quotation that names who said or wrote it: "…," the embassy said / the notice read. */
const SOURCE_VERB =
  /\b(?:said|says|told|added|remarked|stated|declared|announced|insisted|noted|read|reads|wrote|posted)\b/i;

/** `quote` is a quotation with its source, `account` a report (the writer's own or reported speech). */
function quoteAndReport(quote: Vector, account: Vector): boolean {
  return formOf(quote) === 'quote' && SOURCE_VERB.test(quote.text ?? '') && formOf(account) === 'report';
}

/**
 * The rival may take the account: a report in reported speech, or the writer's own account when
 * the anchor's account is the writer's own too (that case is own-accounts.ts's, met here only
 * when the rival is strong and that pass found no weaker own account first).
 */
function likeAccount(account: Vector, rival: Vector | undefined): boolean {
  if (formOf(rival) !== 'report') return false;
  return !writersOwn(rival) || writersOwn(account);
}

/**
 * Moves an anchor between a quotation (with its source) and a report to a free, strong report of
 * the quotation's side whose best match is that report (see the file comment). Updates the partner
 * arrays and scores in place; the texts are read only for anchors the index shows such a rival.
 */
export function preferReportedAccounts(
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
      const rivals = freeRivals(
        index,
        !quoteA,
        quoteA ? anchor.b : anchor.a,
        anchor,
        quoteA ? partnerA : partnerB,
      ).filter((c) => c.score >= STRONG);
      if (!rivals.length || !(quoteA ? quoteAndReport(va, vb) : quoteAndReport(vb, va))) continue;
      const account = quoteA ? vb : va;
      const rival = rivals.find((c) => likeAccount(account, quoteA ? vectors.a[c.a] : vectors.b[c.b]));
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
