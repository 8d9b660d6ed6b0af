/**
 * The gate's settings read when the page started loading (ADR 0048): the gate asks for the settings of
 * the tab it decides on, and a read started for that tab at its page's start is the one it uses, once.
 */
import { describe, expect, it } from 'vitest';
import { SettingsAhead } from '../../../src/background/engine/settings-ahead';
import { onNavigation, ProbedTabs } from '../../../src/background/handlers/gate';
import { buildFactBase } from '../../../src/core/facts/factbase';
import { gateVocabulary } from '../../../src/core/gate';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import type { TabPage } from '../../../src/platform/navigation';
import { testFact } from '../../support/facts';

const vocabulary = gateVocabulary(
  buildFactBase([
    {
      schemaVersion: 1,
      id: 'p',
      version: '1.0.0',
      title: 'p',
      lang: 'en',
      facts: [testFact('place.galwan', [{ text: 'Galwan' }])],
    },
  ]),
);
const ARTICLE: TabPage = { tabId: 4, url: 'https://news.example/a', title: 'Galwan, five years on' };

function harness(read: () => Promise<Settings>) {
  const ahead = new SettingsAhead(read);
  const injected: number[] = [];
  const asked: number[] = [];
  const deps = {
    settings: (tabId: number) => {
      asked.push(tabId);
      return ahead.take(tabId);
    },
    vocabulary: async () => vocabulary,
    hasSaved: async () => false,
    inject: async (tabId: number) => {
      injected.push(tabId);
    },
    current: async () => ARTICLE,
    wait: async () => undefined,
  };
  return { ahead, deps, injected, asked };
}

describe("the gate's settings, read when the page started loading", () => {
  it('asks for the settings of the tab it decides on, and uses the read made ahead for it, once', async () => {
    let reads = 0;
    const states: Partial<Settings>[] = [{ disabledSites: ['news.example'] }, {}];
    const h = harness(async () => ({ ...DEFAULT_SETTINGS, ...states[reads++] }));
    h.ahead.start(ARTICLE.tabId); // the page started loading: Gloss off for the site then
    expect(reads).toBe(1);
    expect(await onNavigation(ARTICLE, 'loaded', new ProbedTabs(), h.deps)).toBe('off');
    expect(h.asked).toEqual([ARTICLE.tabId]);
    expect(reads).toBe(1);
    // Taken once: the next decision reads afresh (Gloss on for the site now).
    expect(await onNavigation(ARTICLE, 'loaded', new ProbedTabs(), h.deps)).toBe('probed');
    expect(reads).toBe(2);
    expect(h.injected).toEqual([ARTICLE.tabId]);
  });

  it('reads afresh after a change of the settings dropped the read made ahead', async () => {
    let reads = 0;
    const h = harness(async () => {
      reads += 1;
      return reads === 1 ? { ...DEFAULT_SETTINGS, enabled: false } : DEFAULT_SETTINGS;
    });
    h.ahead.start(ARTICLE.tabId);
    h.ahead.clear();
    expect(await onNavigation(ARTICLE, 'loaded', new ProbedTabs(), h.deps)).toBe('probed');
    expect(reads).toBe(2);
  });
});
