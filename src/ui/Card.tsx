/**
 * The hover card: a labelled, non-modal dialog showing one fact from the public fact base
 * (text only, rendered by Preact, so fact text can never become markup). Related facts
 * and timeline entries open inside the card; Back returns. Tab and Shift+Tab cycle within
 * the card while it has focus; Esc is handled by the hover controller.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CardView } from '../core/facts/card';
import type { FactKind } from '../core/facts/schema';
import { ClaimBlock } from './card/ClaimBlock';
import { Related } from './card/Related';
import { Sources } from './card/Sources';
import { Timeline } from './card/Timeline';
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

export interface CardProps {
  /** The first view; render with a new `key` to start over with another. */
  readonly view: CardView;
  readonly t: Translate;
  /** The view of another fact (related facts, timeline), or null if unknown. */
  readonly viewOf?: (factId: string) => CardView | null;
  readonly onClose: () => void;
  readonly onPointerEnter?: () => void;
  readonly onPointerLeave?: () => void;
  /** Called with the title shown, for announcements. */
  readonly onShow?: (title: string) => void;
  /**
   * "Find in my clips": opens the library filtered by the fact shown (in a tab of its own; the
   * card never learns whether any clip matches, so nothing of the clips enters the page).
   */
  readonly onFindClips?: (factId: string) => void;
}

const FOCUSABLE = 'a[href], button:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** Keeps Tab inside the card: from the last element to the first and back. */
function cycleFocus(e: KeyboardEvent, root: HTMLElement | null): void {
  if (e.key !== 'Tab' || !root) return;
  const items = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  const active = (root.getRootNode() as ShadowRoot | Document).activeElement;
  if (e.shiftKey && (active === first || active === root)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}

export function Card({
  view,
  t,
  viewOf,
  onClose,
  onPointerEnter,
  onPointerLeave,
  onShow,
  onFindClips,
}: CardProps) {
  const [stack, setStack] = useState<readonly CardView[]>([view]);
  const root = useRef<HTMLDivElement>(null);
  const current = stack[stack.length - 1] as CardView;
  const titleId = `gloss-card-title-${current.factId.replace(/[^a-z0-9-]/gi, '-')}`;

  // A new `view` gets a fresh stack through a new `key` from the caller.
  useLayoutEffect(() => onShow?.(current.title), [current, onShow]);

  const open = (id: string) => {
    const next = viewOf?.(id);
    if (next) setStack((s) => [...s, next]);
  };
  const back = () => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s));
  useEffect(() => {
    if (stack.length > 1) root.current?.querySelector<HTMLElement>('.gloss-card__back')?.focus();
  }, [stack.length]);

  return (
    <div
      ref={root}
      class="gloss-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      lang={current.lang}
      tabIndex={-1}
      onKeyDown={(e) => cycleFocus(e, root.current)}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <div class="gloss-card__bar">
        {stack.length > 1 && (
          <button type="button" class="gloss-card__back" onClick={back}>
            ← {t('cardBack')}
          </button>
        )}
        <button type="button" class="gloss-card__close" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </div>
      <p class="gloss-card__kind">
        {t(KIND_KEYS[current.kind])}
        {current.date ? ` · ${current.date}` : ''}
      </p>
      <h2 class="gloss-card__title" id={titleId}>
        {current.title}
      </h2>
      {current.claim && stack.length === 1 && <ClaimBlock claim={current.claim} t={t} />}
      <p class="gloss-card__summary">{current.summary}</p>
      <Sources view={current} t={t} />
      <Timeline points={current.timeline} t={t} onOpen={open} />
      <Related items={current.related} t={t} onOpen={open} />
      {onFindClips && (
        <p class="gloss-card__clips">
          <button type="button" class="gloss-card__find" onClick={() => onFindClips(current.factId)}>
            {t('cardFindClips')}
          </button>
        </p>
      )}
    </div>
  );
}
