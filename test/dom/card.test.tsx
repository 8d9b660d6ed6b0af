import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toCardView } from '../../src/core/facts/card';
import type { Fact } from '../../src/core/facts/schema';
import { ShadowHost } from '../../src/dom/shadow-host';
import { Card } from '../../src/ui/Card';

const fact: Fact = {
  id: 'event.test',
  kind: 'event',
  title: 'A <b>title</b> <img src=x onerror=alert(1)>',
  summary: 'One line of background.',
  date: { start: '2024-10-23', precision: 'day' },
  asOf: '2026-11-22',
  aliases: [{ text: 'x' }],
  confidence: 'confirmed',
  sources: [{ url: 'https://example.org/story', publisher: 'Example News', date: '2024-10-23' }],
};
const t = (key: string) => `[${key}]`;

afterEach(() => {
  for (const el of document.querySelectorAll('gloss-root')) el.remove();
});

describe('Card in the shadow host', () => {
  it('renders a labelled dialog with title, summary and source, as text', () => {
    const host = new ShadowHost(document, '.gloss-card{}');
    const container = host.mount();
    render(<Card view={toCardView(fact, 'en')} t={t} onClose={() => {}} />, container);
    const card = container.querySelector('[role="dialog"].gloss-card') as HTMLElement;
    expect(card).not.toBeNull();
    const title = card.querySelector('.gloss-card__title') as HTMLElement;
    expect(card.getAttribute('aria-labelledby')).toBe(title.id);
    expect(title.textContent).toBe(fact.title);
    expect(card.querySelector('img')).toBeNull(); // fact text never becomes markup
    expect(card.querySelector('.gloss-card__summary')?.textContent).toBe('One line of background.');
    const link = card.querySelector('a.gloss-card__source') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('https://example.org/story');
    expect(link.rel).toContain('noopener');
    expect(card.querySelector('.gloss-card__kind')?.textContent).toBe('[kind_event]');
    expect(card.getAttribute('lang')).toBe('en');
  });

  it('calls onClose from the close button', () => {
    const host = new ShadowHost(document, '');
    const onClose = vi.fn();
    const container = host.mount();
    render(<Card view={toCardView(fact, 'en')} t={t} onClose={onClose} />, container);
    (container.querySelector('.gloss-card__close') as HTMLButtonElement).click();
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('attaches the host outside <body> only while mounted', () => {
    const bodyBefore = document.body.innerHTML;
    const host = new ShadowHost(document, '');
    expect(document.querySelector('gloss-root')).toBeNull();
    host.mount();
    const el = document.querySelector('gloss-root') as HTMLElement;
    expect(el.parentElement).toBe(document.documentElement);
    expect(el.getAttribute('style')).toContain('z-index: 2147483647 !important');
    expect(document.body.innerHTML).toBe(bodyBefore);
    expect(host.contains(host.container)).toBe(true);
    host.unmount();
    expect(document.querySelector('gloss-root')).toBeNull();
    expect(host.isMounted).toBe(false);
  });
});
