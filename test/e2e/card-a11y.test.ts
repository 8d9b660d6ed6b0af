/**
 * axe-core finds no violations in an open card (host and shadow root), in the light and the dark
 * theme, in both browsers: a claim card with its explanation expanded, and a term card with its
 * timeline after opening a related fact (Back shown). The dark run also uses the Hindi UI.
 */
import { describe, expect, it } from 'vitest';
import { type AxeSummary, axeCard, describeViolations } from '../support/axe';
import { BROWSER_NAMES } from '../support/browsers';
import { waitForCard } from '../support/card';
import { cardState } from '../support/card-probes';
import { expectHighlight, useBrowser } from '../support/e2e';
import { type Messenger, openWithMessenger } from '../support/messenger';
import type { GlossPage } from '../support/page';

interface Annotation {
  id: number;
  quote: string;
  kind: string;
  verdict: string | null;
}

const TIMELINE: [string, boolean] = ['.gloss-card__timeline svg', false];

const THEMES = [
  { theme: 'light', language: 'en', background: 'rgb(255, 255, 255)' },
  { theme: 'dark', language: 'hi', background: 'rgb(32, 33, 34)' },
] as const;

async function annotationId(messenger: Messenger, match: (a: Annotation) => boolean): Promise<number> {
  const reply = await messenger.send('page/summary', {});
  const list = reply.ok ? (reply.value as { annotations: Annotation[] }).annotations : [];
  const found = list.find(match);
  if (!found) throw new Error(`no such annotation in ${JSON.stringify(list.map((a) => a.quote))}`);
  return found.id;
}

/** In-page: the card's computed background colour. */
function cardBackground(): string {
  const card = document.querySelector('gloss-root')?.shadowRoot?.querySelector('.gloss-card');
  return card ? getComputedStyle(card).backgroundColor : '';
}

/** In-page: whether the card has an element matching `selector`; clicks it if `click`. */
function inCard([selector, click]: [string, boolean]): boolean {
  const el = document.querySelector('gloss-root')?.shadowRoot?.querySelector<HTMLElement>(selector);
  if (click) el?.click();
  return Boolean(el);
}

function expectClean(summary: AxeSummary, what: string): void {
  expect(summary.violations, `axe violations in ${what}:\n${describeViolations(summary)}`).toEqual([]);
  // axe really looked inside the shadow root, colours included.
  expect(summary.passesInside.filter((p) => p.startsWith('color-contrast:')).length).toBeGreaterThan(3);
  expect(summary.passesInside.some((p) => p.includes('.gloss-card'))).toBe(true);
}

async function openCard(
  page: GlossPage,
  messenger: Messenger,
  id: number,
  { theme, language }: { theme: string; language: string },
): Promise<void> {
  expect(await messenger.send('page/open', { annotationId: id })).toEqual({ ok: true, value: true });
  const state = await waitForCard(page, `card ${id} in the ${theme} theme`, (s) => s.theme === theme);
  expect(state.uiLang).toBe(language);
}

describe.each(BROWSER_NAMES)('card accessibility in %s', (name) => {
  const e2e = useBrowser(name);

  it.each(THEMES)(
    'no axe violations in the $theme theme ($language UI)',
    async ({ theme, language, background }) => {
      const { page, messenger } = await openWithMessenger(e2e, 'seeds/coverage-a.html');
      await expectHighlight(page, 4);
      await messenger.setSettings({ theme, language });
      try {
        const claim = await annotationId(messenger, (a) => a.quote === 'in June' && a.verdict === 'outdated');
        await openCard(page, messenger, claim, { theme, language });
        expect(await page.evaluate(cardBackground)).toBe(background);
        const why: [string, boolean] = ['details.gloss-card__why summary', true];
        expect(await page.evaluate(inCard, why), 'the claim card has an explanation').toBe(true);
        expectClean(await axeCard(page), `the claim card (${theme})`);
        let timeline = await page.evaluate(inCard, TIMELINE);

        const term = await annotationId(messenger, (a) => a.quote === 'Galwan Valley');
        await openCard(page, messenger, term, { theme, language });
        const before = (await page.evaluate(cardState)).title;
        const related: [string, boolean] = ['.gloss-card__related button', true];
        expect(await page.evaluate(inCard, related), 'the term card lists related facts').toBe(true);
        await waitForCard(page, 'the related fact with Back', (s) => s.hasBack && s.title !== before);
        expectClean(await axeCard(page), `a related fact's card (${theme})`);
        timeline ||= await page.evaluate(inCard, TIMELINE);
        expect(timeline, 'one of the cards analysed has a timeline').toBe(true);
      } finally {
        await messenger.resetSettings();
      }
      expect(page.consoleErrors).toEqual([]);
    },
  );
});
