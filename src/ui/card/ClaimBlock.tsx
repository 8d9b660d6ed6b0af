/**
 * A checked claim: verdict badge, the article's words against the record, and why (its
 * reasons rendered in the UI language, as text).
 */
import { renderReasons } from '../../core/claims/explain';
import type { CardClaim } from '../../core/facts/card';
import type { Translate } from '../i18n';

const VERDICT_KEYS: Record<CardClaim['verdict'], string> = {
  consistent: 'verdict_consistent',
  differs: 'verdict_differs',
  outdated: 'verdict_outdated',
  context: 'verdict_context',
};

export function ClaimBlock({ claim, t }: { claim: CardClaim; t: Translate }) {
  return (
    <div class="gloss-card__claim">
      <p class={`gloss-card__verdict gloss-card__verdict--${claim.verdict}`}>
        {t(VERDICT_KEYS[claim.verdict])}
      </p>
      <p class="gloss-card__says">
        <span class="gloss-card__label">{t('cardArticleSays')}</span> “{claim.said}”
        {claim.resolved && claim.resolved !== claim.said ? ` → ${claim.resolved}` : ''}
      </p>
      <p class="gloss-card__record">
        <span class="gloss-card__label">{t('cardRecordSays')}</span> {claim.record}
      </p>
      <details class="gloss-card__why">
        <summary>{t('cardWhy')}</summary>
        <p>{renderReasons(claim.reasons, t).join(' ')}</p>
      </details>
    </div>
  );
}
