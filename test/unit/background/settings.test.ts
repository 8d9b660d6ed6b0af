import { describe, expect, it } from 'vitest';
import { broadcastSettingsChanged } from '../../../src/background/handlers/settings';

describe('settings/changed broadcast', () => {
  it('tells every tab at once: a tab that never answers holds up no other', async () => {
    const told: number[] = [];
    const answered = broadcastSettingsChanged({
      tabIds: async () => [1, 2, 3],
      notify: (id) => {
        told.push(id);
        if (id === 1) return new Promise(() => undefined); // a tab that hangs
        return Promise.resolve(
          id === 2 ? { ok: true as const, value: null } : { ok: false as const, error: 'x' },
        );
      },
    });
    await new Promise((ok) => setTimeout(ok, 10));
    expect(told).toEqual([1, 2, 3]);
    const settled = await Promise.race([answered, new Promise((ok) => setTimeout(() => ok('pending'), 50))]);
    expect(settled).toBe('pending'); // still waiting for the hung tab, but every tab was told
  });

  it('counts the tabs whose content script answered, and survives a failing tab query', async () => {
    const ok = { ok: true as const, value: null };
    expect(await broadcastSettingsChanged({ tabIds: async () => [1, 2], notify: async () => ok })).toBe(2);
    expect(
      await broadcastSettingsChanged({
        tabIds: () => Promise.reject(new Error('no tabs')),
        notify: async () => ok,
      }),
    ).toBe(0);
  });
});

describe('settings/changed broadcast, tabs without a content script', () => {
  it('hands each tab that did not answer to the worker (ADR 0021: it may be probed now)', async () => {
    const unreached: number[] = [];
    await broadcastSettingsChanged({
      tabIds: async () => [1, 2, 3],
      notify: async (id) =>
        id === 2 ? { ok: true as const, value: null } : { ok: false as const, error: 'x' },
      unreached: (id) => unreached.push(id),
    });
    expect(unreached).toEqual([1, 3]);
  });
});
