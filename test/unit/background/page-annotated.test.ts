/**
 * `page/annotated` (ADR 0039 round 4): the count sets the tab's badge; with `sheet` the same
 * message also puts the highlight stylesheet in the sender's frame, which `page/style` did in a
 * second message before.
 */
import { describe, expect, it, vi } from 'vitest';

const badges: { tabId: number; text: string }[] = [];
vi.mock('../../../src/platform/action', () => ({
  setBadge: async (tabId: number, text: string) => void badges.push({ tabId, text }),
}));

const { onPageAnnotated } = await import('../../../src/background/handlers/page');

const page = { id: 'gloss', url: 'https://on.example/', tab: { id: 4 }, frameId: 2 };

describe('page/annotated', () => {
  it('sets the badge and, with sheet, asks for the stylesheet for the sender', async () => {
    const styled: unknown[] = [];
    await onPageAnnotated({ count: 12, sheet: true }, page as never, async (s) => styled.push(s));
    expect(badges.at(-1)).toEqual({ tabId: 4, text: '12' });
    expect(styled).toEqual([page]);
  });

  it('leaves the stylesheet alone without sheet', async () => {
    const styled: unknown[] = [];
    await onPageAnnotated({ count: 0, sheet: false }, page as never, async (s) => styled.push(s));
    expect(badges.at(-1)).toEqual({ tabId: 4, text: '' });
    expect(styled).toEqual([]);
  });
});
