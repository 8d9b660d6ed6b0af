/** The sources of a fact, with its confidence mark and when it was last checked. */
import type { CardView } from '../../core/facts/card';
import type { Translate } from '../i18n';

const CONFIDENCE_KEYS: Record<CardView['confidence'], string> = {
  confirmed: 'confidence_confirmed',
  'one-source': 'confidence_one_source',
  disputed: 'confidence_disputed',
};

export function Sources({ view, t }: { view: CardView; t: Translate }) {
  return (
    <section class="gloss-card__sources" aria-label={t('cardSourcesHeading')}>
      <p class="gloss-card__meta">
        <span class={`gloss-card__confidence gloss-card__confidence--${view.confidence}`}>
          {t(CONFIDENCE_KEYS[view.confidence])}
        </span>{' '}
        · {t('cardAsOf', view.asOf)}
      </p>
      {view.packTitle && (
        <p class="gloss-card__meta gloss-card__pack" data-testid="card-pack" title={view.provenance}>
          {t('cardFromPack', view.packTitle)}
        </p>
      )}
      <ul class="gloss-card__source-list">
        {view.sources.slice(0, 3).map((s) => (
          <li key={s.url}>
            <a class="gloss-card__source" href={s.url} target="_blank" rel="noopener noreferrer">
              {s.publisher}
            </a>
            {s.date ? ` · ${s.date}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
