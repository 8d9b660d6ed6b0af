/** Related facts; each opens inside the card (Back returns). */
import type { RelatedFact } from '../../core/facts/graph';
import type { Translate } from '../i18n';

export function Related({
  items,
  t,
  onOpen,
}: {
  items: readonly RelatedFact[];
  t: Translate;
  onOpen: (id: string) => void;
}) {
  if (!items.length) return null;
  return (
    <section class="gloss-card__related" aria-label={t('cardRelated')}>
      <p class="gloss-card__section-title">{t('cardRelated')}</p>
      <ul>
        {items.map((r) => (
          <li key={r.id}>
            <button type="button" class="gloss-card__link" onClick={() => onOpen(r.id)}>
              {r.title}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
