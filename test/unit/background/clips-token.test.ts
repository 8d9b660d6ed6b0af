/**
 * A clip is stored only when the worker asked the frame for it (ADR 0017): `saveFromTab` hands the
 * frame a one-time token with `clip/take`; `clips/save` without it, with another frame's, or a
 * second time, stores nothing.
 */
import { describe, expect, it, vi } from 'vitest';
import { onSaveClip, PendingSaves, saveFromTab } from '../../../src/background/handlers/clips';
import type { ClipDraft } from '../../../src/core/messages';
import type { Sender } from '../../../src/platform/messaging';

const from = (tabId: number, frameId = 0) => ({ tab: { id: tabId }, frameId }) as unknown as Sender;
const draft = { title: 'x' } as unknown as ClipDraft;

/** Save deps that "build" any draft and record what was stored. */
function saveDeps() {
  const stored: unknown[] = [];
  const deps = {
    deps: () => ({
      id: 'clip-1',
      now: 0,
      factBaseVersion: 'v',
      knows: () => true,
      annotate: () => [],
    }),
    store: async (clip: unknown) => void stored.push(clip),
  };
  return { deps, stored };
}

vi.mock('../../../src/core/clips/draft', () => ({
  clipFromDraft: () => ({ ok: true, clip: { id: 'clip-1', kind: 'article' } }),
}));

describe('save tokens', () => {
  it('stores the save the worker asked for, once, from that frame only', async () => {
    const pending = new PendingSaves();
    const { deps, stored } = saveDeps();
    let seenToken = '';
    const outcome = await saveFromTab(
      4,
      2,
      { scope: 'auto', note: '', notify: false },
      {
        pending,
        inject: async () => undefined,
        take: async (tabId, frameId, request) => {
          seenToken = request.token;
          // Another frame, then the right one, then the right one again.
          const wrongFrame = await onSaveClip({ draft, token: request.token }, from(tabId, 0), pending, deps);
          const right = await onSaveClip(
            { draft, token: request.token },
            from(tabId, frameId),
            pending,
            deps,
          );
          const again = await onSaveClip(
            { draft, token: request.token },
            from(tabId, frameId),
            pending,
            deps,
          );
          expect(wrongFrame).toMatchObject({ saved: false, reason: 'unreachable' });
          expect(again).toMatchObject({ saved: false, reason: 'unreachable' });
          return { ok: true, value: right };
        },
      },
    );
    expect(outcome).toEqual({ saved: true, id: 'clip-1', kind: 'article' });
    expect(stored).toHaveLength(1);
    // After the save, its token is dead.
    expect(await onSaveClip({ draft, token: seenToken }, from(4, 2), pending, deps)).toMatchObject({
      saved: false,
    });
    expect(stored).toHaveLength(1);
  });

  it('refuses a save nobody asked for, and forgets the token when the take fails', async () => {
    const pending = new PendingSaves(() => 'fixed');
    const { deps, stored } = saveDeps();
    expect(await onSaveClip({ draft, token: 'fixed' }, from(1), pending, deps)).toMatchObject({
      saved: false,
    });
    await saveFromTab(
      1,
      0,
      { scope: 'auto', note: '', notify: false },
      {
        pending,
        inject: async () => {
          throw new Error('no frame');
        },
        take: async () => ({ ok: false, error: 'x' }),
      },
    );
    expect(await onSaveClip({ draft, token: 'fixed' }, from(1), pending, deps)).toMatchObject({
      saved: false,
    });
    expect(stored).toEqual([]);
  });
});
