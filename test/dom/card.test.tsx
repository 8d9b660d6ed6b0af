import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import hi from '../../public/_locales/hi/messages.json';
import { reason } from '../../src/core/claims/reasons';
import { type CardContext, toCardView } from '../../src/core/facts/card';
import { FactGraph } from '../../src/core/facts/graph';
import type { Fact } from '../../src/core/facts/schema';
import { MAX_REPAIRS, ShadowHost } from '../../src/dom/shadow-host';
import { Card } from '../../src/ui/Card';
import { createTranslate } from '../../src/ui/i18n';

const fact = (over: Partial<Fact> & { id: string }): Fact => ({
  kind: 'event',
  title: over.id,
  summary: 'One line of background.',
  aliases: [{ text: 'x' }],
  confidence: 'confirmed',
  sources: [{ url: 'https://example.org/story', publisher: 'Example News', date: '2024-10-23' }],
  asOf: '2026-11-22',
  ...over,
});

const facts = [
  fact({
    id: 'event.meeting',
    title: 'A <b>meeting</b> <img src=x onerror=alert(1)>',
    date: { start: '2024-10-23', precision: 'day' },
    relations: [{ type: 'after', target: 'event.agreement' }],
  }),
  fact({
    id: 'event.agreement',
    title: 'The agreement',
    date: { start: '2024-10-21', precision: 'day' },
    confidence: 'disputed',
  }),
];
const byId = new Map(facts.map((f) => [f.id, f]));
const ctx: CardContext = {
  graph: new FactGraph((id) => byId.get(id), facts),
  provenance: () => 'test@1.0.0',
  lang: 'en',
};
const view = (id: string) => toCardView(byId.get(id) as Fact, ctx);
const t = (key: string, subs?: string | readonly string[]) => `[${key}${subs ? `:${subs}` : ''}]`;

const hosts: ShadowHost[] = [];
afterEach(() => {
  // Unmounted by Gloss: a host removed by anyone else is put back (as from a hostile page).
  for (const host of hosts.splice(0)) host.unmount();
});

function mount(props: Partial<Parameters<typeof Card>[0]> = {}) {
  const host = new ShadowHost(document, '');
  hosts.push(host);
  const container = host.mount();
  render(<Card view={view('event.meeting')} t={t} viewOf={view} onClose={() => {}} {...props} />, container);
  return { host, container, card: container.querySelector('[role="dialog"].gloss-card') as HTMLElement };
}

describe('Card', () => {
  it('is a labelled dialog showing title, date, summary, sources, confidence and as-of, as text', () => {
    const { card } = mount();
    const title = card.querySelector('.gloss-card__title') as HTMLElement;
    expect(card.getAttribute('aria-labelledby')).toBe(title.id);
    expect(title.textContent).toBe(facts[0]?.title);
    expect(card.querySelector('img')).toBeNull(); // fact text never becomes markup
    expect(card.querySelector('.gloss-card__kind')?.textContent).toBe('[kind_event] · 23 Oct 2024');
    expect(card.querySelector('.gloss-card__summary')?.textContent).toBe('One line of background.');
    const link = card.querySelector('a.gloss-card__source') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('https://example.org/story');
    expect(link.rel).toContain('noopener');
    expect(card.querySelector('.gloss-card__sources')?.textContent).toContain('[confidence_confirmed]');
    expect(card.querySelector('.gloss-card__sources')?.textContent).toContain('[cardAsOf:2026-11-22]');
    expect(card.getAttribute('lang')).toBe('en');
  });

  it('places the fact on a timeline among its related events, in date order', () => {
    const { card } = mount();
    const items = [...card.querySelectorAll('.gloss-card__timeline-list li')].map((li) => li.textContent);
    expect(items).toEqual([`21 Oct 2024 The agreement`, `23 Oct 2024 ${facts[0]?.title}`]);
    expect(card.querySelectorAll('svg circle')).toHaveLength(2);
  });

  it('opens a related fact inside the card, and Back returns', async () => {
    const { card, container } = mount();
    const related = [...card.querySelectorAll('.gloss-card__related button')] as HTMLButtonElement[];
    expect(related.map((b) => b.textContent)).toEqual(['The agreement']);
    related[0]?.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(container.querySelector('.gloss-card__title')?.textContent).toBe('The agreement');
    expect(container.querySelector('.gloss-card__sources')?.textContent).toContain('[confidence_disputed]');
    (container.querySelector('.gloss-card__back') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 0));
    expect(container.querySelector('.gloss-card__title')?.textContent).toBe(facts[0]?.title);
    expect(container.querySelector('.gloss-card__back')).toBeNull();
  });

  it('shows a claim: verdict, what the article says, the record and why', () => {
    const claimView = toCardView(byId.get('event.meeting') as Fact, ctx, {
      verdict: 'differs',
      said: 'on 25 October',
      resolved: '25 Oct 2024',
      record: '23 Oct 2024',
      reasons: [
        reason('read-date', { said: 'on 25 October', resolved: '25 Oct 2024', rule: 'day-month' }),
        reason('dates-apart', { claimed: '25 Oct 2024', record: '23 Oct 2024', days: 2 }),
      ],
    });
    const { card } = mount({ view: claimView });
    expect(card.querySelector('.gloss-card__verdict')?.textContent).toBe('[verdict_differs]');
    expect(card.querySelector('.gloss-card__says')?.textContent).toContain('“on 25 October” → 25 Oct 2024');
    expect(card.querySelector('.gloss-card__record')?.textContent).toContain('23 Oct 2024');
    expect(card.querySelector('details.gloss-card__why p')?.textContent).toBe(
      '[reason_read_date:on 25 October,25 Oct 2024,[rule_day_month]] [reason_dates_apart:25 Oct 2024,23 Oct 2024,2]',
    );
  });

  it('explains a claim in the UI language: Hindi UI, Hindi reasons, fact text as text', () => {
    const claimView = toCardView(byId.get('event.meeting') as Fact, ctx, {
      verdict: 'differs',
      said: 'on 25 October',
      resolved: '25 Oct 2024',
      record: '23 Oct 2024',
      reasons: [
        reason('found-alias', { fact: facts[0]?.title as string, quote: 'the meeting' }),
        reason('read-date', { said: 'on 25 October', resolved: '25 Oct 2024', rule: 'day-month' }),
        reason('dates-apart', { claimed: '25 Oct 2024', record: '23 Oct 2024', days: 2 }),
        reason('record', { record: '23 Oct 2024', confidence: 'confirmed' }),
      ],
    });
    const { card } = mount({ view: claimView, t: createTranslate(hi, en) });
    expect(card.querySelector('details.gloss-card__why summary')?.textContent).toBe(hi.cardWhy.message);
    const why = card.querySelector('details.gloss-card__why p') as HTMLElement;
    const text = why.textContent ?? '';
    expect(text).toContain(`“the meeting” ${facts[0]?.title} का एक नाम है।`);
    expect(text).toContain(`“on 25 October” का अर्थ 25 Oct 2024 लिया गया (${hi.rule_day_month.message})।`);
    expect(text).toContain('25 Oct 2024 रिकॉर्ड की तारीख़ 23 Oct 2024 से 2 दिन दूर है।');
    expect(text).toContain(`विश्वसनीयता: ${hi.confidence_confirmed.message}`);
    expect(text).not.toMatch(/\$|reason_|rule_|confidence_|\bis a name\b|\breads as\b/);
    expect(why.children).toHaveLength(0); // a fact title with markup stays text
    expect(card.querySelector('img')).toBeNull();
  });

  it('calls onClose from the close button and announces what it shows', () => {
    const onClose = vi.fn();
    const onShow = vi.fn();
    const { card } = mount({ onClose, onShow });
    (card.querySelector('.gloss-card__close') as HTMLButtonElement).click();
    expect(onClose).toHaveBeenCalledOnce();
    expect(onShow).toHaveBeenCalledWith(facts[0]?.title);
  });
});

describe('ShadowHost', () => {
  const flush = () => new Promise((ok) => setTimeout(ok, 0));

  it('attaches outside <body> only while mounted, with a live region, in a closed root', () => {
    const bodyBefore = document.body.innerHTML;
    const host = new ShadowHost(document, '');
    expect(document.querySelector('gloss-root')).toBeNull();
    const container = host.mount();
    const el = document.querySelector('gloss-root') as HTMLElement;
    expect(el.parentElement).toBe(document.documentElement);
    expect(el.getAttribute('style')).toBeNull(); // the host's box is styled from inside its shadow root
    expect(el.shadowRoot).toBeNull(); // closed: page script cannot reach the card (issue #11)
    const root = container.getRootNode() as ShadowRoot;
    expect(root.mode).toBe('closed');
    const css =
      root.querySelector('style')?.textContent ??
      [...root.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n');
    expect(css).toMatch(/z-index: 2147483647 ?!important/);
    expect(document.body.innerHTML).toBe(bodyBefore);
    host.announce('Gloss: Kazan');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Gloss: Kazan');
    host.setAttributes({ 'data-theme': 'dark', lang: 'hi' });
    expect(el.getAttributeNames()).toEqual([]); // nothing about the reader on the host
    expect(root.querySelector('.gloss-layer')?.getAttribute('data-theme')).toBe('dark');
    expect(host.contains(host.container)).toBe(true);
    host.unmount();
    expect(document.querySelector('gloss-root')).toBeNull();
    expect(host.isMounted).toBe(false);
  });

  it("undoes page script's attributes and removal of the host, a bounded number of times", async () => {
    const host = new ShadowHost(document, '');
    host.mount();
    const el = document.querySelector('gloss-root') as HTMLElement;
    el.setAttribute('inert', '');
    el.hidden = true;
    await flush();
    expect(el.getAttributeNames()).toEqual([]);
    el.remove();
    await flush();
    expect(el.parentElement).toBe(document.documentElement);
    for (let i = 0; i < MAX_REPAIRS + 5; i += 1) {
      el.remove();
      await flush();
    }
    expect(el.isConnected).toBe(false); // the page that keeps fighting is left alone, no loop
    host.mount(); // the next card starts afresh
    expect(document.querySelector('gloss-root')).toBe(el);
    host.unmount();
  });
});
