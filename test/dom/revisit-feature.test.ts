/**
 * The revisit feature in a page (docs/adr/0019-revisit.md), with the extension API faked at its one
 * seam (platform/browser.ts reads `chrome` when this file's modules load): passages placed and
 * registered under `gloss-mark`; the popup's question answered once placing is done; the setting
 * switched off takes the highlight away at once; teardown removes everything.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RevisitPassage } from '../../src/core/clips/revisit';
import { describeRange } from '../../src/core/clips/selectors';
import { buildTextIndex } from '../../src/dom/text-index';

type Listener = (...args: unknown[]) => unknown;
const messageListeners = new Set<Listener>();
const storageListeners = new Set<Listener>();
const fakeChrome = {
  runtime: {
    id: 'gloss-test',
    onMessage: {
      addListener: (l: Listener) => messageListeners.add(l),
      removeListener: (l: Listener) => messageListeners.delete(l),
    },
    // The worker: `page/display` answers whether the reader still wants saved passages here.
    sendMessage: async (message: { name: string }) =>
      message.name === 'page/display'
        ? { ok: true, value: { off: false, display: DISPLAY, revisit: wantsRevisit } }
        : { ok: true, value: null },
  },
  storage: {
    onChanged: {
      addListener: (l: Listener) => storageListeners.add(l),
      removeListener: (l: Listener) => storageListeners.delete(l),
    },
  },
};
const DISPLAY = {
  mentions: 'all',
  dwellMs: 400,
  verdicts: { consistent: true, differs: true, outdated: true, context: true },
  theme: 'light',
  language: 'en',
} as const;
let wantsRevisit = true;

const registry = new Map<string, { ranges: Range[] }>();
class FakeHighlight {
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

let startRevisit: typeof import('../../src/content/features/revisit').startRevisit;
beforeAll(async () => {
  (globalThis as unknown as { chrome: unknown }).chrome = fakeChrome;
  Object.assign(window, { Highlight: FakeHighlight });
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  ({ startRevisit } = await import('../../src/content/features/revisit'));
});

/** Waits (briefly) until `done()` holds. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((ok) => setTimeout(ok, 5));
}

/** Asks the page's handlers like the popup does; the reply's value. */
async function ask(name: string): Promise<unknown> {
  for (const listener of messageListeners) {
    const reply = await new Promise<unknown>((ok) => {
      const kept = listener({ gloss: 1, name, payload: {} }, { id: 'gloss-test' }, ok);
      if (kept !== true) ok(undefined);
    });
    if (reply) return (reply as { value: unknown }).value;
  }
  return undefined;
}

const SEED = readFileSync(join(import.meta.dirname, '../fixtures/seeds/coverage-b.html'), 'utf8');
const PHRASE = 'rare earth magnets from China';

function setUp(): RevisitPassage[] {
  document.documentElement.innerHTML = new DOMParser().parseFromString(
    SEED,
    'text/html',
  ).documentElement.innerHTML;
  const text = buildTextIndex(document.body).text;
  const at = text.indexOf(PHRASE);
  const gone = describeRange('A sentence that is no longer on the page at all, anywhere.', 2, 40);
  return [describeRange(text, at, at + PHRASE.length), { quote: gone.quote, position: null }].map((p) => ({
    quote: p.quote,
    position: null,
  }));
}

let controller: AbortController;
afterEach(() => {
  controller.abort();
  registry.clear();
});

describe('startRevisit', () => {
  it('highlights the passage under gloss-mark and tells the popup about the orphan once placed', async () => {
    controller = new AbortController();
    startRevisit(window, setUp(), controller.signal);
    const status = (await ask('revisit/status')) as { shown: number; orphans: string[] };
    expect(status.shown).toBe(1);
    expect(status.orphans).toEqual(['sentence that is no longer on the page']);
    expect(registry.get('gloss-mark')?.ranges.map((r) => r.toString())).toEqual([PHRASE]);
    expect(document.documentElement.outerHTML).not.toContain('gloss-mark');
  });

  it('takes the highlight away when the reader switches the setting off, and everything on teardown', async () => {
    controller = new AbortController();
    startRevisit(window, setUp(), controller.signal);
    await ask('revisit/status');
    expect(registry.has('gloss-mark')).toBe(true);
    // The reader switched it off: the worker says the settings changed (nothing more); the
    // feature asks for its own page's answer. It never reads storage itself.
    wantsRevisit = false;
    await ask('settings/changed');
    await until(() => !registry.has('gloss-mark'));
    expect(registry.has('gloss-mark')).toBe(false);
    expect(await ask('revisit/status')).toEqual({ shown: 0, orphans: [] });
    controller.abort();
    wantsRevisit = true;
    expect(messageListeners.size).toBe(0);
    expect(storageListeners.size).toBe(0);
  });
});
