/**
 * The claim part of a card from an annotation record: what the article said, what it resolves to,
 * what the record says, the verdict and why. Shared by the in-page card and the library's reader.
 */
import type { AnnotationRecord } from '../../core/annotate';
import type { CardClaim, CardView } from '../../core/facts/card';

type ClaimFields = Pick<AnnotationRecord, 'kind' | 'verdict' | 'quote' | 'resolved' | 'record' | 'reasons'>;

/** The claim block of `r`, or undefined for a term (or a claim without a verdict). */
export function claimOf(r: ClaimFields): CardClaim | undefined {
  if (r.kind !== 'claim' || !r.verdict) return undefined;
  return {
    verdict: r.verdict,
    said: r.quote,
    resolved: r.resolved ?? null,
    record: r.record ?? '',
    reasons: r.reasons,
  };
}

/** The card to show for `r`: its fact's view, with the claim when it is one. */
export function viewFor(base: CardView, r: ClaimFields): CardView {
  const claim = claimOf(r);
  return claim ? { ...base, claim } : base;
}
