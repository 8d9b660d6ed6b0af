/** The worker's decision on each navigation: which pages get the probe (ADR 0021). */
import { describe, expect, it } from 'vitest';
import { gateReason, onNavigation, ProbedTabs, probeTab } from '../../../src/background/handlers/gate';
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
const OTHER: TabPage = { tabId: 4, url: 'https://news.example/b', title: 'Football results' };

function harness(settings: Partial<Settings> = {}, saved: readonly string[] = []) {
  const injected: number[] = [];
  let now: TabPage | null = ARTICLE;
  const deps = {
    settings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    vocabulary: async () => vocabulary,
    hasSaved: async (url: string) => saved.includes(url),
    inject: async (tabId: number) => {
      injected.push(tabId);
    },
    current: async () => now,
    wait: async () => undefined,
  };
  return {
    deps,
    injected,
    setCurrent: (p: TabPage | null) => {
      now = p;
    },
  };
}

describe('the first gate in the worker', () => {
  it('injects the probe into a loaded page whose title names a fact, and into no other', async () => {
    const h = harness();
    expect(await onNavigation(ARTICLE, 'loaded', new ProbedTabs(), h.deps)).toBe('probed');
    expect(await onNavigation({ ...OTHER, tabId: 5 }, 'loaded', new ProbedTabs(), h.deps)).toBe('skipped');
    expect(h.injected).toEqual([4]);
  });

  it('injects nothing where Gloss is off for the site or paused', async () => {
    for (const settings of [{ disabledSites: ['news.example'] }, { enabled: false }]) {
      const h = harness(settings);
      expect(await onNavigation(ARTICLE, 'loaded', new ProbedTabs(), h.deps)).toBe('off');
      expect(h.injected).toEqual([]);
    }
  });

  it('"Check every page\'s text" bypasses the gate; saved passages (revisit on) open it', async () => {
    const every = harness({ checkEveryPage: true });
    expect(await gateReason(OTHER, { ...DEFAULT_SETTINGS, checkEveryPage: true }, every.deps)).toBe(
      'every-page',
    );
    expect(await onNavigation(OTHER, 'loaded', new ProbedTabs(), every.deps)).toBe('probed');
    const saved = harness({ revisit: true }, [OTHER.url]);
    expect(await onNavigation(OTHER, 'loaded', new ProbedTabs(), saved.deps)).toBe('probed');
    const notOptedIn = harness({ revisit: false }, [OTHER.url]);
    expect(await onNavigation(OTHER, 'loaded', new ProbedTabs(), notOptedIn.deps)).toBe('skipped');
  });

  it('a history navigation probes the page as it is after the settle, once per document', async () => {
    const h = harness();
    const probed = new ProbedTabs();
    h.setCurrent(ARTICLE); // the title changed to the article's while the content settled
    expect(await onNavigation(OTHER, 'changed', probed, h.deps)).toBe('probed');
    // The probe now in the document follows its navigations itself.
    expect(await onNavigation(ARTICLE, 'changed', probed, h.deps)).toBe('already');
    expect(h.injected).toEqual([4]);
    // A load is a new document: the gate is asked again.
    expect(await onNavigation(ARTICLE, 'loaded', probed, h.deps)).toBe('probed');
    expect(h.injected).toEqual([4, 4]);
  });

  it('a closed tab is forgotten, and a tab gone during the settle is left alone', async () => {
    const h = harness();
    const probed = new ProbedTabs();
    await onNavigation(ARTICLE, 'loaded', probed, h.deps);
    probed.forget(4);
    expect(probed.has(4)).toBe(false);
    h.setCurrent(null);
    expect(await onNavigation(ARTICLE, 'changed', probed, h.deps)).toBe('gone');
  });

  it('only the latest of two quick navigations injects', async () => {
    const h = harness();
    const probed = new ProbedTabs();
    let release: () => void = () => undefined;
    const slow = { ...h.deps, wait: () => new Promise<void>((ok) => (release = ok)) };
    const first = onNavigation(ARTICLE, 'changed', probed, slow);
    const second = onNavigation(ARTICLE, 'loaded', probed, h.deps);
    expect(await second).toBe('probed');
    release();
    expect(await first).toBe('already');
    expect(h.injected).toEqual([4]);
  });

  it('a failed injection leaves the tab without a probe, so the next navigation tries again', async () => {
    const probed = new ProbedTabs();
    await expect(
      probeTab(4, probed, {
        inject: () => Promise.reject(new Error('Cannot access contents of the page')),
      }),
    ).rejects.toThrow(/Cannot access/);
    expect(probed.has(4)).toBe(false);
  });
});
