/**
 * The worker's records placed on the live page in slices (ADR 0039, round 3): a page with many
 * records is placed in several tasks, each ending once its wall-clock budget is spent, with a
 * yield to the page between them, and ends with the same annotations as a placing in one go.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageReading, PageRecord, TextPlace } from '../../src/core/messages';
import { DEFAULT_SETTINGS, displayOf } from '../../src/core/settings';
import { livePlacer } from '../../src/dom/page-text';

vi.mock('../../src/platform/content-messaging', () => ({
  send: vi.fn(async () => ({ ok: true, value: null })),
  handle: vi.fn(() => () => undefined),
}));

const { Placing } = await import('../../src/content/features/annotate/annotations');
const { Session } = await import('../../src/content/features/annotate/session');

const WORD = 'Galwan';

/** A page of `n` paragraphs, each naming WORD once, and the worker's reading of it. */
function page(n: number): PageReading {
  document.body.innerHTML = Array.from({ length: n }, (_, i) => `<p>Item ${i}: ${WORD} valley.</p>`).join('');
  const text = document.body.textContent ?? '';
  const records: PageRecord[] = [];
  const places: TextPlace[] = [];
  let at = text.indexOf(WORD);
  for (let k = 0; at !== -1; k++, at = text.indexOf(WORD, at + 1)) {
    records.push({
      start: at,
      end: at + WORD.length,
      quote: WORD,
      kind: 'term',
      factIds: ['galwan'],
      verdict: null,
      card: { title: WORD },
    } as unknown as PageRecord);
    places.push({ at, raw: WORD, k });
  }
  return { published: null, records, places, nth: records.map((_, k) => k), views: [], bounds: null };
}

const ids = () => {
  let n = 0;
  return () => n++;
};
const display = { ...displayOf(DEFAULT_SETTINGS), mentions: 'all' as const };

afterEach(() => {
  vi.restoreAllMocks();
  delete (window as unknown as { scheduler?: unknown }).scheduler;
  document.body.innerHTML = '';
});

describe('placing records in slices', () => {
  it('stops a slice when told to and goes on where it stopped, with every record placed once', () => {
    const reading = page(50);
    const placing = new Placing(document, reading, livePlacer(document), ids());
    let slices = 0;
    let inSlice = 0;
    while (!placing.done) {
      inSlice = 0;
      placing.run(() => ++inSlice >= 8);
      slices++;
    }
    expect(slices).toBe(Math.ceil(50 / 8));
    expect(placing.placed.map((a) => a.range.toString())).toEqual(Array(50).fill(WORD));
    expect(new Set(placing.placed.map((a) => a.id)).size).toBe(50);
  });

  it('a session places a large record set in several tasks, yielding to the page between them', async () => {
    const reading = page(300);
    // Each reading of the clock is 1 ms later: a 5 ms slice places a few records, then yields.
    let clock = 0;
    vi.spyOn(window.performance, 'now').mockImplementation(() => clock++);
    const yields = vi.fn(() => Promise.resolve());
    (window as unknown as { scheduler: unknown }).scheduler = { yield: yields };
    const session = new Session(window, display, ids(), new AbortController().signal);
    expect(await session.start(reading)).toBe(true);
    expect(yields.mock.calls.length).toBeGreaterThan(10);
    const shown = session.visible();
    expect(shown).toHaveLength(300);
    expect(shown.every((a) => a.range.toString() === WORD)).toBe(true);
    // In document order: each paragraph's mention after the one before.
    expect(shown.map((a) => a.range.startContainer.parentElement)).toEqual([
      ...document.querySelectorAll('p'),
    ]);
  });

  it('a session places a small record set in one task, without yielding', async () => {
    const reading = page(20);
    const yields = vi.fn(() => Promise.resolve());
    (window as unknown as { scheduler: unknown }).scheduler = { yield: yields };
    const session = new Session(window, display, ids(), new AbortController().signal);
    expect(await session.start(reading)).toBe(true);
    expect(yields).not.toHaveBeenCalled();
    expect(session.visible()).toHaveLength(20);
  });

  it('a session aborted between slices stops placing', async () => {
    const reading = page(300);
    let clock = 0;
    vi.spyOn(window.performance, 'now').mockImplementation(() => clock++);
    const controller = new AbortController();
    const yields = vi.fn(() => {
      controller.abort();
      return Promise.resolve();
    });
    (window as unknown as { scheduler: unknown }).scheduler = { yield: yields };
    const session = new Session(window, display, ids(), controller.signal);
    expect(await session.start(reading)).toBe(false);
    expect(yields).toHaveBeenCalledTimes(1);
    expect(session.visible()).toHaveLength(0);
  });
});
