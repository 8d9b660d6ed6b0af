/**
 * The card views a page holds (ADR 0023): only the annotated facts' come with the page's reading;
 * their neighbours are asked for in one message when the card UI is first wanted, once.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardView } from '../../src/core/facts/card';

const sent: { name: string; payload: unknown }[] = [];
vi.mock('../../src/platform/content-messaging', () => ({
  send: vi.fn(async (name: string, payload: { factIds?: string[] }) => {
    sent.push({ name, payload });
    if (name === 'card/views')
      return { ok: true, value: (payload.factIds ?? []).map((id) => view(id, [], [])) };
    return { ok: true, value: null };
  }),
}));

const { CardViews } = await import('../../src/content/features/annotate/views');
const { LazyCards } = await import('../../src/content/features/annotate/lazy-cards');

function view(factId: string, related: string[], timeline: string[]): CardView {
  return {
    factId,
    related: related.map((id) => ({ id, title: id, relation: 'related' })),
    timeline: timeline.map((id) => ({ id, title: id, start: 0, end: 0, label: '', current: false })),
  } as unknown as CardView;
}

const flush = () => new Promise((ok) => setTimeout(ok, 0));

describe('card views on a page', () => {
  beforeEach(() => {
    sent.length = 0;
  });

  it('fetch every annotated fact’s missing neighbours in one message, once', async () => {
    const views = new CardViews();
    views.add([view('a', ['b', 'c'], ['d']), view('b', ['a', 'e'], [])]);
    views.prefetchAll();
    expect(sent).toEqual([{ name: 'card/views', payload: { factIds: ['c', 'd', 'e'] } }]);
    await flush();
    expect(views.get('e')?.factId).toBe('e');
    // Asked already: neither a second prefetch nor a card opening fact a asks again.
    views.prefetchAll();
    views.prefetchAround('a');
    expect(sent).toHaveLength(1);
    // A neighbour opened inside a card asks for its own (here: none missing, so nothing is sent).
    views.prefetchAround('c');
    expect(sent).toHaveLength(1);
  });

  it('are asked for with the card UI, on its first need only', async () => {
    const views = new CardViews();
    views.add([view('a', ['b'], [])]);
    const controller = new AbortController();
    const cards = new LazyCards(
      document,
      { theme: 'auto', language: 'auto' } as never,
      views,
      controller.signal,
    );
    void cards.prepare();
    void cards.prepare();
    await flush();
    expect(sent.map((m) => m.name).sort()).toEqual(['card/load', 'card/views']);
    controller.abort();
  });
});
