/**
 * The columns' DOM behaviour, done on the elements directly (thousands of sentences: a hover
 * must not re-render them): the partner of the sentence under the pointer or with focus is
 * highlighted, and when the columns sit side by side, scrolling one brings the partner of its
 * first visible paired sentence level in the other.
 */
import { type Side, sentenceId } from './view';

const other = (side: Side): Side => (side === 'a' ? 'b' : 'a');

/** The sentence element an event happened in, with its side. */
function sentenceAt(target: EventTarget | null): { el: HTMLElement; side: Side } | null {
  const el = (target as Element | null)?.closest?.<HTMLElement>('.sentence[data-i]');
  const side = el?.closest<HTMLElement>('[data-side]')?.dataset.side;
  return el && (side === 'a' || side === 'b') ? { el, side } : null;
}

/** Its partner's element, if it has one and it is rendered. */
export function partnerOf(root: ParentNode, el: HTMLElement, side: Side): HTMLElement | null {
  const partner = el.dataset.partner;
  return partner === undefined
    ? null
    : root.querySelector<HTMLElement>(`#${sentenceId(other(side), Number(partner))}`);
}

/** Highlights a sentence and its partner on hover and focus; returns a cleanup. */
export function highlightPartners(root: HTMLElement): () => void {
  let lit: HTMLElement[] = [];
  const clear = () => {
    for (const el of lit) el.classList.remove('is-active', 'is-partner');
    lit = [];
  };
  const light = (target: EventTarget | null) => {
    const hit = sentenceAt(target);
    if (!hit) return;
    clear();
    hit.el.classList.add('is-active');
    lit.push(hit.el);
    const partner = partnerOf(root, hit.el, hit.side);
    if (partner) {
      partner.classList.add('is-partner');
      lit.push(partner);
    }
  };
  const over = (e: Event) => light(e.target);
  const focus = (e: Event) => {
    light(e.target);
    const hit = sentenceAt(e.target);
    const partner = hit && partnerOf(root, hit.el, hit.side);
    if (partner) revealIn(partner);
  };
  const leave = () => {
    const focused = sentenceAt(root.ownerDocument.activeElement);
    if (focused) light(focused.el);
    else clear();
  };
  root.addEventListener('mouseover', over);
  root.addEventListener('focusin', focus);
  root.addEventListener('mouseleave', leave);
  return () => {
    root.removeEventListener('mouseover', over);
    root.removeEventListener('focusin', focus);
    root.removeEventListener('mouseleave', leave);
    clear();
  };
}

/** True when `body` scrolls on its own (columns side by side), not with the page. */
const scrolls = (body: HTMLElement) =>
  body.scrollHeight > body.clientHeight + 1 && getComputedStyle(body).overflowY !== 'visible';

/** Scrolls `el`'s column so `el` is visible (the page itself is not scrolled). */
export function revealIn(el: HTMLElement): void {
  const body = el.closest<HTMLElement>('.column__body');
  if (!body || !scrolls(body)) return;
  // Sentences' offsetParent is their column body (position: relative in compare.css).
  const top = el.offsetTop;
  if (top < body.scrollTop || top + el.offsetHeight > body.scrollTop + body.clientHeight)
    body.scrollTop = Math.max(0, top - body.clientHeight / 3);
}

/** The first sentence with a partner whose box reaches into `body`'s visible part. */
function firstVisiblePaired(body: HTMLElement): HTMLElement | null {
  const items = body.querySelectorAll<HTMLElement>('.sentence[data-partner]');
  const top = body.scrollTop;
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const el = items[mid] as HTMLElement;
    if (el.offsetTop + el.offsetHeight <= top) lo = mid + 1;
    else hi = mid;
  }
  return items[lo] ?? null;
}

/** Keeps two scrolling columns level by their pairs; returns a cleanup. */
export function syncScroll(root: HTMLElement, bodies: Record<Side, HTMLElement>): () => void {
  const quiet: Record<Side, boolean> = { a: false, b: false };
  let frame = 0;
  const follow = (side: Side) => {
    const from = bodies[side];
    const to = bodies[other(side)];
    if (!scrolls(from) || !scrolls(to)) return;
    const el = firstVisiblePaired(from);
    const partner = el && partnerOf(root, el, side);
    if (!el || !partner) return;
    const offset = el.offsetTop - from.scrollTop;
    const target = Math.max(0, partner.offsetTop - offset);
    if (Math.abs(to.scrollTop - target) < 2) return;
    quiet[other(side)] = true;
    to.scrollTop = target;
  };
  const handlers = (['a', 'b'] as const).map((side) => {
    const onScroll = () => {
      if (quiet[side]) {
        quiet[side] = false;
        return;
      }
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => follow(side));
    };
    bodies[side].addEventListener('scroll', onScroll, { passive: true });
    return () => bodies[side].removeEventListener('scroll', onScroll);
  });
  return () => {
    cancelAnimationFrame(frame);
    for (const off of handlers) off();
  };
}
