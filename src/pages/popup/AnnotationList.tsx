/** The current page's annotations, in sections by verdict; each opens its card on the page. */
import type { PageSummary } from '../../core/messages';
import type { Translate } from '../../ui/i18n';
import { type GroupId, groupAnnotations } from './groups';

const GROUP_KEYS: Record<GroupId, string> = {
  differs: 'verdict_differs',
  outdated: 'verdict_outdated',
  consistent: 'verdict_consistent',
  context: 'verdict_context',
  terms: 'popupTermsGroup',
};

export interface AnnotationListProps {
  readonly t: Translate;
  readonly summary: PageSummary;
  readonly onOpen: (annotationId: number) => void;
}

export function AnnotationList({ t, summary, onOpen }: AnnotationListProps) {
  if (!summary.annotations.length) return <p class="message">{t('popupNothing')}</p>;
  return (
    <>
      <p class="count">{t('popupCount', String(summary.annotations.length))}</p>
      {groupAnnotations(summary.annotations).map((group) => (
        <section
          key={group.id}
          class={`group group--${group.id}`}
          aria-labelledby={`group-${group.id}`}
          data-testid={`group-${group.id}`}
        >
          <h2 id={`group-${group.id}`} class="group__heading">
            {t(GROUP_KEYS[group.id])} <span class="group__count">({group.items.length})</span>
          </h2>
          <ul class="group__items">
            {group.items.map((a) => (
              <li key={a.id}>
                <button type="button" class="item" data-annotation-id={a.id} onClick={() => onOpen(a.id)}>
                  {/* The quote is the page's words, in the page's language; titles are the fact base's. */}
                  <span class="item__quote" lang={summary.lang ?? undefined}>
                    {a.quote}
                  </span>{' '}
                  <span class="item__title" lang={summary.factsLang}>
                    {a.title}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
