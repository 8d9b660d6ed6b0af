/**
 * The content side of the message protocol (ADR 0026): envelopes and Results without the schemas.
 * It answers only Gloss's own contexts, only for names it handles, always with a Result; replies
 * it gets are passed on when they have the Result shape and turned into errors when not.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (raw: unknown, sender: unknown, reply: (r: unknown) => void) => true | undefined;
const listeners: Listener[] = [];
let nextReply: () => unknown = () => undefined;
const sentMessages: unknown[] = [];

vi.mock('../../../src/platform/browser', () => ({
  browser: {
    runtime: {
      id: 'gloss',
      sendMessage: async (message: unknown) => {
        sentMessages.push(message);
        return nextReply();
      },
      onMessage: {
        addListener: (l: Listener) => listeners.push(l),
        removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1),
      },
    },
  },
  isContextAlive: () => true,
}));

const { handle, send } = await import('../../../src/platform/content-messaging');

/** Delivers `raw` from `from` as a browser would; resolves with the reply, or undefined when no listener took it. */
function deliver(raw: unknown, from: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    let answered = false;
    for (const l of [...listeners]) if (l(raw, from, resolve) === true) answered = true;
    if (!answered) resolve(undefined);
  });
}

const gloss = { id: 'gloss' };

beforeEach(() => {
  sentMessages.length = 0;
  nextReply = () => undefined;
});

describe('send (content side)', () => {
  it('sends an envelope and passes a Result on', async () => {
    nextReply = () => ({ ok: true, value: { show: true, off: false, display: null } });
    expect(await send('page/probe', { text: 'Galwan', html: null })).toEqual({
      ok: true,
      value: { show: true, off: false, display: null },
    });
    expect(sentMessages).toEqual([{ gloss: 1, name: 'page/probe', payload: { text: 'Galwan', html: null } }]);
  });

  it('turns a missing or malformed reply, or a failed send, into an error', async () => {
    for (const reply of [
      undefined,
      null,
      5,
      'ok',
      [],
      { ok: 'yes' },
      { ok: true },
      { ok: false, error: 3 },
    ]) {
      nextReply = () => reply;
      const result = await send('page/display', {});
      expect(result.ok, JSON.stringify(reply)).toBe(false);
    }
    nextReply = () => {
      throw new Error('Extension context invalidated.');
    };
    expect(await send('page/display', {})).toEqual({ ok: false, error: 'Extension context invalidated.' });
  });
});

describe('handle (content side)', () => {
  it("answers only this extension's envelopes naming one of its handlers, always with a Result", async () => {
    const calls: unknown[] = [];
    const stop = handle({
      'page/step': (payload) => {
        calls.push(payload);
        if (payload.direction === -1) throw new Error('no previous');
        return true;
      },
      'page/summary': async () => null,
    });
    try {
      expect(await deliver({ gloss: 1, name: 'page/step', payload: { direction: 1 } }, gloss)).toEqual({
        ok: true,
        value: true,
      });
      expect(await deliver({ gloss: 1, name: 'page/step', payload: { direction: -1 } }, gloss)).toEqual({
        ok: false,
        error: 'no previous',
      });
      expect(await deliver({ gloss: 1, name: 'page/summary', payload: {} }, gloss)).toEqual({
        ok: true,
        value: null,
      });
      expect(calls).toHaveLength(2);
      calls.length = 0;
      // Another extension, a name it does not handle, an inherited key, no envelope: left alone.
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.constant({
              raw: { gloss: 1, name: 'page/step', payload: { direction: 1 } },
              from: { id: 'other' },
            }),
            fc.constant({ raw: { gloss: 1, name: 'page/open', payload: { annotationId: 1 } }, from: gloss }),
            fc.constant({ raw: { gloss: 1, name: 'toString', payload: {} }, from: gloss }),
            fc.constant({ raw: { gloss: 1, name: '__proto__', payload: {} }, from: gloss }),
            fc.record({ raw: fc.anything(), from: fc.anything() }),
          ),
          async ({ raw, from }) => {
            const isStep =
              typeof raw === 'object' &&
              raw !== null &&
              (raw as { gloss?: unknown }).gloss === 1 &&
              ['page/step', 'page/summary'].includes((raw as { name?: unknown }).name as string);
            const fromGloss =
              typeof from === 'object' && from !== null && (from as { id?: unknown }).id === 'gloss';
            const reply = await deliver(raw, from ?? {});
            if (!(isStep && fromGloss)) expect(reply).toBeUndefined();
          },
        ),
        { numRuns: 300 },
      );
      expect(calls).toEqual([]);
    } finally {
      stop();
    }
    expect(listeners).toHaveLength(0);
  });
});
