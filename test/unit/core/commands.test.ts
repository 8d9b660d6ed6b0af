import { describe, expect, it, vi } from 'vitest';
import { handleCommand } from '../../../src/background/handlers/commands';

describe('keyboard commands', () => {
  it('steps forward and back on the active tab', async () => {
    const step = vi.fn(async () => ({ ok: true as const, value: true }));
    const deps = { activeTabId: async () => 7, step };
    expect(await handleCommand('next-annotation', deps)).toBe(true);
    expect(await handleCommand('previous-annotation', deps)).toBe(true);
    expect(step.mock.calls).toEqual([
      [7, 1],
      [7, -1],
    ]);
  });

  it('ignores unknown commands and tabs without Gloss', async () => {
    const step = vi.fn(async () => ({ ok: false as const, error: 'no receiver' }));
    expect(await handleCommand('other', { activeTabId: async () => 7, step })).toBe(false);
    expect(step).not.toHaveBeenCalled();
    expect(await handleCommand('next-annotation', { activeTabId: async () => undefined, step })).toBe(false);
    expect(await handleCommand('next-annotation', { activeTabId: async () => 7, step })).toBe(false);
  });
});

describe('the save command', () => {
  it('saves from the active tab', async () => {
    const save = vi.fn(async () => ({ saved: true as const, id: 'a', kind: 'article' as const }));
    const step = vi.fn();
    expect(await handleCommand('save-clip', { activeTabId: async () => 4, step, save })).toBe(true);
    expect(save).toHaveBeenCalledWith(4);
    expect(step).not.toHaveBeenCalled();
  });
});
