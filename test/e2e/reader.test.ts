/**
 * The reader's experience (issue #4), in both browsers: hover timing (dwell, hoverable,
 * grace, Esc), the keyboard command walking the annotations with focus, related facts inside
 * the card with Back, content added later, and in-page (history API) navigation.
 * Timings are measured in the page (event and mutation timestamps), not across the driver.
 */
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from '../support/browsers';
import { centre, hoverTerm, stableCardBox, waitForCard, waitForNoCard } from '../support/card';
import {
  type Box,
  cardPartBox,
  cardState,
  glossTimings,
  installTimeline,
  keptRanges,
  readTimeline,
  shownRanges,
  type TimelineEntry,
} from '../support/card-probes';
import { expectHighlight, sleep, useBrowser } from '../support/e2e';
import { openWithMessenger } from '../support/messenger';
import { farCorner } from '../support/probes';

/** The contract: dwell 400 ms (default), grace 300 ms. Bounds with slack for a loaded 2-core machine. */
const DWELL = { min: 300, max: 1_000 };
const GRACE = { min: 200, max: 1_500 };
/** Longer than the grace: a card that survives this while the pointer is in it is hoverable. */
const STAY_MS = 800;

interface Summary {
  url: string;
  annotations: { id: number; title: string; quote: string; kind: string }[];
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const within = (b: Box, e: TimelineEntry) =>
  e.x !== undefined &&
  e.y !== undefined &&
  e.x >= b.x &&
  e.x <= b.x + b.width &&
  e.y >= b.y &&
  e.y <= b.y + b.height;
const isCard = (cls: string) => cls.split(/\s+/).includes('gloss-card');

/** Time from the first entry matching `from` (at or after `after`) to the next `to`. */
function span(
  log: TimelineEntry[],
  from: (e: TimelineEntry) => boolean,
  to: TimelineEntry['what'],
  after = 0,
) {
  const start = log.find((e) => e.t >= after && from(e));
  const end = start && log.find((e) => e.t >= start.t && e.what === to);
  if (!start || !end) throw new Error(`no ${to} after the expected pointer move: ${JSON.stringify(log)}`);
  return { ms: end.t - start.t, end: end.t };
}

describe.each(BROWSER_NAMES)('reader experience in %s', (name) => {
  const e2e = useBrowser(name);

  it('hover opens after the dwell, stays open in the card, closes after the grace, Esc closes', async () => {
    const page = await e2e.openFixture('seeds/coverage-a.html');
    await expectHighlight(page, 1);
    await page.evaluate(installTimeline);

    // (a) Dwell: measured from the pointer's move onto the words to the host's arrival.
    const words = await hoverTerm(page, 'Kazan');
    const log1 = await page.evaluate(readTimeline);
    const onWords = (e: TimelineEntry) => e.what === 'move' && within(words, e);
    const dwell = span(log1, onWords, 'root-added');
    expect(dwell.ms, 'ms from pointer on the words to the card (dwell)').toBeGreaterThanOrEqual(DWELL.min);
    expect(dwell.ms).toBeLessThanOrEqual(DWELL.max);
    // The release build leaves no User Timing entries a page's analytics could read (ADR 0011).
    expect(await page.evaluate(glossTimings)).toEqual({});
    expect((await page.evaluate(cardState)).status).toMatch(/^Gloss: .*Kazan/);

    // (b) Hoverable: the pointer moves from the words into the card and rests there past the grace.
    // A point in the part of the card inside the viewport, near its top.
    const card = await stableCardBox(page);
    const top = Math.max(card.y, 0);
    const inside = { x: card.x + card.width / 2, y: top + Math.min(40, (card.y + card.height - top) / 2) };
    await page.mouseMove(inside.x, inside.y);
    await sleep(STAY_MS);
    expect((await page.evaluate(cardState)).open, `card still open ${STAY_MS} ms after entering it`).toBe(
      true,
    );

    // (c) Leaving the card closes it after the grace, not at once.
    const away = await page.evaluate(farCorner);
    await page.mouseMove(away.x, away.y);
    await waitForNoCard(page, 'the card to close after the pointer left it');
    const log2 = await page.evaluate(readTimeline);
    const atCorner = (e: TimelineEntry) => e.what === 'move' && e.x === away.x && e.y === away.y;
    const grace = span(log2, atCorner, 'root-removed', dwell.end);
    expect(grace.ms, 'ms from leaving the card to its removal (grace)').toBeGreaterThanOrEqual(GRACE.min);
    expect(grace.ms).toBeLessThanOrEqual(GRACE.max);

    // (d) Escape closes a hovered card.
    await page.mouseMove(centre(words).x, centre(words).y);
    await waitForCard(page, 'the card to open again');
    await page.keyPress('Escape');
    await waitForNoCard(page, 'Escape to close the card', 1_000);
    expect(page.consoleErrors).toEqual([]);
  });

  it('the keyboard command walks the annotations in document order, each card with focus; Esc returns focus', async () => {
    const { page, messenger } = await openWithMessenger(e2e, 'seeds/coverage-a.html');
    await expectHighlight(page, 4);
    const summary = await messenger.send('page/summary', {});
    if (!summary.ok) throw new Error(`page/summary failed: ${summary.error}`);
    const list = (summary.value as Summary).annotations;
    const ranges = await page.evaluate(shownRanges);
    expect(list.length).toBeGreaterThanOrEqual(4);
    // The summary lists what is highlighted, in document order.
    expect(list.map((a) => norm(a.quote))).toEqual(ranges.map((r) => r.text));

    const focusLink = () =>
      page.evaluate(() => document.querySelector<HTMLElement>('aside.also-read a')?.focus());
    await focusLink();
    const steps = [1, 1, 1, 1, -1] as const;
    let at = -1;
    for (const direction of steps) {
      at += direction;
      const want = list[at] as Summary['annotations'][number];
      expect(await messenger.send('page/step', { direction })).toEqual({ ok: true, value: true });
      const state = await waitForCard(
        page,
        `step ${direction} to open "${want.title}" with focus`,
        (s) => s.title === want.title && isCard(s.focusedClass),
      );
      expect(state.status).toBe(`Gloss: ${want.title}`);
      const now = await page.evaluate(shownRanges);
      expect(now[at]?.inView, `annotation ${at} ("${want.quote}") scrolled into view`).toBe(true);
      if (at > 0) expect(now[at]?.docTop).toBeGreaterThanOrEqual(now[at - 1]?.docTop ?? 0);
    }

    await page.keyPress('Escape');
    await waitForNoCard(page, 'Escape to close the keyboard-opened card', 1_000);
    expect((await page.evaluate(cardState)).documentFocus, 'focus back where it was before the walk').toBe(
      'a',
    );
    expect(page.consoleErrors).toEqual([]);
  });

  it('Esc after one keyboard-opened card returns focus', async () => {
    const { page, messenger } = await openWithMessenger(e2e, 'seeds/coverage-b.html');
    await expectHighlight(page, 1);
    await page.evaluate(() => document.querySelector<HTMLElement>('a')?.focus());
    expect(await messenger.send('page/step', { direction: 1 })).toEqual({ ok: true, value: true });
    await waitForCard(page, 'the first annotation with focus', (s) => isCard(s.focusedClass));
    await page.keyPress('Escape');
    await waitForNoCard(page, 'Escape to close', 1_000);
    expect((await page.evaluate(cardState)).documentFocus).toBe('a');
  });

  it('a related fact opens inside the card, and Back returns', async () => {
    const page = await e2e.openFixture('seeds/coverage-a.html');
    await expectHighlight(page, 1);
    await hoverTerm(page, 'Galwan Valley');
    const first = await page.evaluate(cardState);
    const button = await page.evaluate(cardPartBox, '.gloss-card__related button');
    const related = await page.evaluate(() =>
      document
        .querySelector('gloss-root')
        ?.shadowRoot?.querySelector('.gloss-card__related button')
        ?.textContent?.trim(),
    );
    if (!button || !related) throw new Error(`the card "${first.title}" lists no related fact`);

    await page.mouseClick(button.x + button.width / 2, button.y + button.height / 2);
    // Back appears and takes focus (after the render).
    const opened = await waitForCard(
      page,
      `the related fact "${related}" with Back focused`,
      (s) => s.title === related && s.hasBack && s.focusedClass.includes('gloss-card__back'),
    );
    expect(opened.status).toBe(`Gloss: ${related}`);

    await page.keyPress('Enter');
    const back = await waitForCard(page, `Back to "${first.title}"`, (s) => s.title === first.title);
    expect(back.hasBack).toBe(false);
    await page.keyPress('Escape');
    await waitForNoCard(page, 'Escape to close', 1_000);
    expect(page.consoleErrors).toEqual([]);
  });

  it('a paragraph added 2 s after load is annotated, without a re-parse', async () => {
    const page = await e2e.openFixture('dynamic.html');
    await expectHighlight(page, 1);
    const before = await page.evaluate(shownRanges);
    expect(before.some((r) => r.text.includes('Galwan'))).toBe(false);
    await page.evaluate(keptRanges, true);
    await expect
      .poll(async () => (await page.evaluate(shownRanges)).map((r) => r.text), {
        timeout: 6_000,
        interval: 100,
        message: 'a highlight on "Galwan Valley" in the late paragraph',
      })
      .toContain('Galwan Valley');
    const kept = await page.evaluate(keptRanges, false);
    expect(kept.kept, 'Readability runs once: the first highlights are the same Range objects').toBe(kept.of);
    await hoverTerm(page, 'Galwan Valley');
    expect((await page.evaluate(cardState)).title).toMatch(/Galwan/);
    expect(page.consoleErrors).toEqual([]);
  });

  it('an in-page navigation (pushState) re-annotates the new article', async () => {
    const page = await e2e.openFixture('spa.html');
    await expectHighlight(page, 1);
    const texts = async () => (await page.evaluate(shownRanges)).map((r) => r.text);
    expect(await texts()).toContain('Galwan Valley');

    const link = await page.evaluate(() => document.getElementById('next')?.getBoundingClientRect().toJSON());
    if (!link) throw new Error('no "Next story" link');
    await page.mouseClick(link.x + 4, link.y + link.height / 2);
    expect(await page.evaluate(() => location.pathname)).toBe('/spa/kazan-meeting');
    await expect
      .poll(texts, { timeout: 6_000, interval: 100, message: 'highlights for the new article only' })
      .toSatisfy((t: string[]) => t.includes('Kazan') && !t.some((s) => s.includes('Galwan')));
    await hoverTerm(page, 'Kazan');
    expect((await page.evaluate(cardState)).title).toMatch(/Kazan/);
    expect(page.consoleErrors).toEqual([]);
  });
});
