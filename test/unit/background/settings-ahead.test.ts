/**
 * Settings read ahead for a probe (ADR 0033): the read started at the injection is taken once, by the
 * probe of that tab; a change of the settings drops every read made ahead; the answer uses what it is given.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', () => ({ browser: {}, isContextAlive: () => true }));

const { SettingsAhead } = await import('../../../src/background/engine/settings-ahead');
const { onProbe } = await import('../../../src/background/handlers/annotate');
const { bundledFactBase } = await import('../../../src/background/engine/factbase');
const { DEFAULT_SETTINGS } = await import('../../../src/core/settings');

describe('SettingsAhead', () => {
  const reader = () => {
    let n = 0;
    const read = async () => ({ ...DEFAULT_SETTINGS, dwellMs: ++n });
    return { read, reads: () => n };
  };

  it("gives the tab's probe the read started at its injection, once; then reads afresh", async () => {
    const { read, reads } = reader();
    const ahead = new SettingsAhead(read);
    ahead.start(7);
    expect(reads()).toBe(1);
    expect((await ahead.take(7)).dwellMs).toBe(1);
    expect((await ahead.take(7)).dwellMs).toBe(2);
    expect((await ahead.take(undefined)).dwellMs).toBe(3);
  });

  it("keeps one tab's read from another's probe, and drops reads on a change or a closed tab", async () => {
    const { read } = reader();
    const ahead = new SettingsAhead(read);
    ahead.start(1);
    ahead.start(2);
    expect((await ahead.take(3)).dwellMs).toBe(3);
    ahead.forget(1);
    expect((await ahead.take(1)).dwellMs).toBe(4);
    ahead.clear();
    expect((await ahead.take(2)).dwellMs).toBe(5);
  });

  it('is what the answer reads: a site switched off in the settings given says off', async () => {
    const base = bundledFactBase();
    const sender = { id: 'gloss', url: 'https://news.example/a', tab: { id: 3 }, frameId: 0 } as Parameters<
      typeof onProbe
    >[1];
    const text = 'Troops clashed in the Galwan Valley in June 2020.';
    const on = await onProbe({ text, html: null }, sender, base, null, async () => DEFAULT_SETTINGS);
    expect(on).toMatchObject({ show: true, off: false });
    const off = await onProbe({ text, html: null }, sender, base, null, async () => ({
      ...DEFAULT_SETTINGS,
      disabledSites: ['news.example'],
    }));
    expect(off).toMatchObject({ show: false, off: true });
  });
});
