/**
 * The highlight stylesheet is shared by the features that draw marks (content/style.ts): one
 * feature stopping never takes it from the other's marks; each `on` asks again (a changed
 * highlight style replaces the sheet); the last one to let go removes it.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';

const sent: { name: string; payload: unknown }[] = [];
const fakeChrome = {
  runtime: {
    id: 'gloss-test',
    onMessage: { addListener: () => undefined, removeListener: () => undefined },
    sendMessage: async (message: { name: string; payload: unknown }) => {
      sent.push({ name: message.name, payload: message.payload });
      return { ok: true, value: null };
    },
  },
};

let needStyle: typeof import('../../src/content/style').needStyle;
beforeAll(async () => {
  (globalThis as unknown as { chrome: unknown }).chrome = fakeChrome;
  ({ needStyle } = await import('../../src/content/style'));
});
beforeEach(() => {
  sent.length = 0;
  delete (globalThis as { __glossStyleUsers?: Set<string> }).__glossStyleUsers;
});

const asked = () => sent.filter((m) => m.name === 'page/style').map((m) => (m.payload as { on: boolean }).on);

describe('needStyle', () => {
  it('keeps the sheet while saved passages are marked, though the highlights stop', async () => {
    needStyle('highlights', true);
    needStyle('marks', true);
    needStyle('highlights', false);
    await Promise.resolve();
    expect(asked()).toEqual([true, true]);
    needStyle('marks', false);
    await Promise.resolve();
    expect(asked()).toEqual([true, true, false]);
  });

  it('asks again on every on (a changed style), and says nothing for a feature that never asked', async () => {
    needStyle('marks', false);
    needStyle('highlights', true);
    needStyle('highlights', true);
    await Promise.resolve();
    expect(asked()).toEqual([true, true]);
  });
});
