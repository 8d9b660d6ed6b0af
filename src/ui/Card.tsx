/**
 * The hover card: a labelled dialog showing one fact from the public fact base.
 * Text only, rendered by Preact (no HTML strings), so fact text can never become markup.
 */
import type { CardView } from '../core/facts/card';
import type { FactKind } from '../core/facts/schema';
import type { Translate } from './i18n';

const KIND_KEYS: Record<FactKind, string> = {
  event: 'kind_event',
  person: 'kind_person',
  place: 'kind_place',
  organisation: 'kind_organisation',
  instrument: 'kind_instrument',
  quantity: 'kind_quantity',
  topic: 'kind_topic',
};

const VERDICT_KEYS: Record<NonNullable<CardView['claim']>['verdict'], string> = {
  consistent: 'verdict_consistent',
  differs: 'verdict_differs',
  outdated: 'verdict_outdated',
  context: 'verdict_context',
};

function ClaimBlock({ claim, t }: { claim: NonNullable<CardView['claim']>; t: Translate }) {
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
        <p>{claim.explanation}</p>
      </details>
    </div>
  );
}

export interface CardProps {
  readonly view: CardView;
  readonly t: Translate;
  readonly onClose: () => void;
  readonly onPointerEnter?: () => void;
  readonly onPointerLeave?: () => void;
}

export function Card({ view, t, onClose, onPointerEnter, onPointerLeave }: CardProps) {
  const titleId = `gloss-card-title-${view.factId.replace(/[^a-z0-9-]/gi, '-')}`;
  const source = view.sources[0];
  return (
    <div
      class="gloss-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      lang={view.lang}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <button type="button" class="gloss-card__close" aria-label={t('cardClose')} onClick={onClose}>
        ×
      </button>
      <p class="gloss-card__kind">{t(KIND_KEYS[view.kind])}</p>
      <h2 class="gloss-card__title" id={titleId}>
        {view.title}
      </h2>
      {view.claim && <ClaimBlock claim={view.claim} t={t} />}
      <p class="gloss-card__summary">{view.summary}</p>
      {source && (
        <p class="gloss-card__meta">
          {t('cardSource')}{' '}
          <a class="gloss-card__source" href={source.url} target="_blank" rel="noopener noreferrer">
            {source.publisher}
          </a>
          {source.date ? ` · ${source.date}` : ''}
        </p>
      )}
    </div>
  );
}
