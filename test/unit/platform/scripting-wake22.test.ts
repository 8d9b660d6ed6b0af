/** The probe injected as soon as the browser can (ADR 0048 round 22); every other file as before. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls: unknown[] = [];
vi.mock('../../../src/platform/browser', () => ({
  browser: {
    scripting: {
      executeScript: async (injection: unknown) => {
        calls.push(injection);
        return [];
      },
    },
  },
}));

const { injectFile } = await import('../../../src/platform/scripting');

describe('injectFile', () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it('asks for an immediate injection when told to', async () => {
    await injectFile(7, 0, 'src/content/probe.js', true);
    expect(calls).toEqual([
      { target: { tabId: 7, frameIds: [0] }, files: ['src/content/probe.js'], injectImmediately: true },
    ]);
  });

  it("injects at the browser's default moment otherwise", async () => {
    await injectFile(7, 3, 'src/content/cards.js');
    expect(calls).toEqual([{ target: { tabId: 7, frameIds: [3] }, files: ['src/content/cards.js'] }]);
  });
});

describe("the worker's probe injection", () => {
  it('is immediate (background/index.ts)', async () => {
    const { readFileSync } = await import('node:fs');
    const index = readFileSync('src/background/index.ts', 'utf8');
    expect(index).toMatch(/injectFile\(tabId, 0, probeScript, true\)/);
  });
});
