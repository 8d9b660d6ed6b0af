/**
 * Pages that make Gloss's life hard (issue #11), in both browsers: built-ins and DOM prototypes
 * clobbered, a strict page CSP, a single-page app, iframes, contenteditable, an article inside a
 * shadow root, infinite scroll, a 5 MB page. On each, Gloss keeps working or stands aside
 * cleanly, and puts nothing in the page's console.
 */
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from '../support/browsers';
import { waitForCard } from '../support/card';
import { cardState } from '../support/card-probes';
import { expectHighlight, sleep, useBrowser } from '../support/e2e';
import type { GlossPage } from '../support/page';
import { HIGHLIGHT_NAME, highlightSize } from '../support/probes';

/** Long enough for the probe, the parse and the worker's answer on a loaded machine. */
const STAND_ASIDE_MS = 3_000;

/**
 * In-page: the centre of `term` in the document, using only what a clobbered page leaves alone
 * (`new Range`, `Node.data`, NodeList iteration), after scrolling it into view.
 */
function termPoint(term: string): { x: number; y: number } | null {
  const visit = (node: Node): Text | null => {
    if (node.nodeType === 3 && (node as Text).data.indexOf(term) >= 0) return node as Text;
    for (const child of node.childNodes) {
      const found = visit(child);
      if (found) return found;
    }
    return null;
  };
  const text = visit(document.body);
  if (!text) return null;
  text.parentElement?.scrollIntoView({ block: 'center' });
  const range = new Range();
  const at = text.data.indexOf(term);
  range.setStart(text, at);
  range.setEnd(text, at + term.length);
  const r = range.getClientRects()[0];
  return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
}

/** Hovers `term` with the real pointer and waits for its card. */
async function hover(page: GlossPage, term: string, title: RegExp): Promise<void> {
  const point = await page.evaluate(termPoint, term);
  if (!point) throw new Error(`"${term}" is not on the page`);
  await sleep(50);
  await page.mouseMove(2, 2);
  await page.mouseMove(point.x, point.y);
  await waitForCard(page, `the card of "${term}"`, (s) => title.test(s.title), 5_000);
}

/** Gloss's highlight names registered in the page (or in one frame of it). */
const glossNames = () => [...CSS.highlights.keys()].filter((n) => String(n).startsWith('gloss'));

describe.each(BROWSER_NAMES)('hostile pages in %s', (name) => {
  const e2e = useBrowser(name);

  it('a page that clobbers Array, Object, JSON, Node and friends: Gloss works as usual', async () => {
    // While the page is clobbered even the test's probes (page script too) would break: the test
    // waits, hovers a lead line the fixture puts at a fixed place, and only then presses "u", on
    // which the fixture puts its built-ins back so the probes can look.
    // No mutation counter: it is page script too, and the clobbered built-ins would break it.
    const page = await e2e.openFixture('hostile/clobber.html', () => undefined);
    await sleep(STAND_ASIDE_MS);
    await page.mouseMove(2, 2);
    await page.mouseMove(80, 50);
    await sleep(1_500);
    await page.keyPress('u');
    expect(await page.evaluate(() => (window as unknown as { __clobbered?: boolean }).__clobbered)).toBe(
      false,
    );
    await expectHighlight(page, 4);
    const state = await page.evaluate(cardState);
    expect(state.open, 'the hover opened a card on the clobbered page').toBe(true);
    expect(state.title).toMatch(/Galwan/);
    expect(page.consoleErrors).toEqual([]);
  });

  it('a strict page CSP (default-src none, style-src none, Trusted Types): highlights and a styled card', async () => {
    const page = await e2e.openFixture('hostile/csp.html');
    await expectHighlight(page, 4);
    await hover(page, 'Galwan Valley', /Galwan/);
    const box = await page.evaluate(() => {
      const card = document.querySelector('gloss-root')?.shadowRoot?.querySelector('.gloss-card');
      const r = card?.getBoundingClientRect();
      return r
        ? { width: r.width, height: r.height, bg: getComputedStyle(card as Element).backgroundColor }
        : null;
    });
    expect(box?.width, 'the card is laid out by its own stylesheet').toBeGreaterThan(150);
    expect(box?.bg, 'the card has its background').not.toBe('rgba(0, 0, 0, 0)');
    expect(page.consoleErrors).toEqual([]);
  });

  it('a single-page app: the next story, pushed with history.pushState, is annotated', async () => {
    const page = await e2e.openFixture('spa.html');
    await expectHighlight(page, 1);
    const next = await page.evaluate(termPoint, 'Next story');
    if (!next) throw new Error('no link');
    await page.mouseClick(next.x, next.y);
    await page.waitForFunction(
      () =>
        [...(CSS.highlights.get('gloss-term') ?? [])].some((r) =>
          r.startContainer.textContent?.includes('Kazan'),
        ),
      null,
      { timeout: 10_000, what: 'a highlight on the new story' },
    );
    expect(page.consoleErrors).toEqual([]);
  });

  it('iframes: the top page is annotated, the frame is left alone, nothing breaks', async () => {
    const page = await e2e.openFixture('hostile/iframe.html');
    await expectHighlight(page, 4);
    await page.waitForFunction(
      () =>
        (document.getElementById('frame') as HTMLIFrameElement).contentDocument?.readyState === 'complete',
      null,
    );
    await sleep(STAND_ASIDE_MS);
    const inFrame = await page.evaluate(() => {
      const w = (document.getElementById('frame') as HTMLIFrameElement).contentWindow as Window &
        typeof globalThis;
      return [...w.CSS.highlights.keys()];
    });
    expect(inFrame).toEqual([]);
    expect(page.consoleErrors).toEqual([]);
  });

  it('contenteditable: annotated, the reader can type, Gloss adds nothing to what they type', async () => {
    const page = await e2e.openFixture('hostile/editable.html');
    await expectHighlight(page, 4);
    const at = await page.evaluate(termPoint, 'weekly briefing');
    if (!at) throw new Error('no plain words to click');
    await page.mouseClick(at.x, at.y);
    for (const key of ['X', 'y', 'z']) await page.keyPress(key);
    await sleep(1_000); // past the mutation debounce
    const after = await page.evaluate(() => ({
      typed: (document.querySelector('article')?.textContent ?? '').includes('Xyz'),
      elements: document.querySelectorAll('article *').length,
      host: document.querySelector('gloss-root') !== null,
    }));
    expect(after.typed).toBe(true);
    expect(await page.evaluate(highlightSize, HIGHLIGHT_NAME)).toBeGreaterThanOrEqual(4);
    await hover(page, 'Galwan Valley', /Galwan/);
    expect(page.consoleErrors).toEqual([]);
  });

  it('an article inside a shadow root: Gloss stands aside, with no trace', async () => {
    const page = await e2e.openFixture('hostile/shadow-content.html');
    await sleep(STAND_ASIDE_MS);
    expect(await page.evaluate(glossNames)).toEqual([]);
    expect(await page.evaluate(() => document.querySelector('gloss-root'))).toBeNull();
    expect(page.consoleErrors).toEqual([]);
  });

  it('infinite scroll: articles keep arriving, Gloss keeps its highlights and stays quiet', async () => {
    const page = await e2e.openFixture('hostile/infinite.html');
    await expectHighlight(page, 4);
    const before = (await page.evaluate(highlightSize, HIGHLIGHT_NAME)) ?? 0;
    for (let i = 0; i < 6; i += 1) {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await sleep(300);
    }
    expect(await page.evaluate(() => (window as unknown as { __appended(): number }).__appended())).toBe(3);
    await sleep(1_000);
    expect(await page.evaluate(highlightSize, HIGHLIGHT_NAME)).toBeGreaterThanOrEqual(before);
    expect(page.consoleErrors).toEqual([]);
  });

  it('a 5 MB page: Gloss stands aside without parsing it, the page stays responsive', async () => {
    const page = await e2e.openFixture('hostile/big.html');
    expect(
      await page.evaluate(() => (window as unknown as { __textSize: number }).__textSize),
    ).toBeGreaterThan(5_000_000);
    await sleep(STAND_ASIDE_MS);
    const t0 = Date.now();
    const names = await page.evaluate(glossNames);
    expect(Date.now() - t0, 'the page answers at once (no parse holding its thread)').toBeLessThan(2_000);
    expect(names).toEqual([]);
    expect(await page.evaluate(() => document.querySelector('gloss-root'))).toBeNull();
    expect(page.consoleErrors).toEqual([]);
  });
});
