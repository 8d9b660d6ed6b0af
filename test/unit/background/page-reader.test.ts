/**
 * Chrome's worker reads pages through its offscreen reader document (ADR 0039): opened once in a
 * worker's life unless already open (it outlives the worker), shared by concurrent reads, opened again
 * when Chrome closed it meanwhile, and its errors are the read's errors.
 */
import { describe, expect, it } from 'vitest';
import { OffscreenReader } from '../../../src/background/engine/page-reader';
import { err, ok, type Result } from '../../../src/core/envelope';
import type { PageMap } from '../../../src/core/page-map';

const MAP: PageMap = { text: 'a', published: null, page: 'a', segments: [], bounds: null };

function harness(open: boolean, answers: Result<PageMap | null>[] = []) {
  const calls: string[] = [];
  const state = { open };
  const reader = new OffscreenReader({
    exists: async () => {
      calls.push('exists');
      return state.open;
    },
    open: async () => {
      calls.push('open');
      await new Promise((r) => setTimeout(r, 5));
      state.open = true;
    },
    ask: async (html) => {
      calls.push(`ask ${html}`);
      if (!state.open) return err('Could not establish connection. Receiving end does not exist.');
      return answers.shift() ?? ok(MAP);
    },
  });
  return { reader, calls, state };
}

describe('OffscreenReader', () => {
  it('opens its document on the first read, once for reads that come together, and asks it', async () => {
    const h = harness(false);
    const [a, b] = await Promise.all([h.reader.read('<p>1</p>'), h.reader.read('<p>2</p>')]);
    expect(a).toEqual(MAP);
    expect(b).toEqual(MAP);
    expect(h.calls.filter((c) => c === 'open')).toHaveLength(1);
    expect(h.calls.filter((c) => c === 'exists')).toHaveLength(1);
    // Known open: the next read only asks.
    await h.reader.read('<p>3</p>');
    expect(h.calls.slice(-1)).toEqual(['ask <p>3</p>']);
  });

  it('finds a document left open by an earlier worker without opening another', async () => {
    const h = harness(true);
    await h.reader.warm();
    expect(await h.reader.read('<p>x</p>')).toEqual(MAP);
    expect(h.calls).toEqual(['exists', 'ask <p>x</p>']);
  });

  it('opens the document again when it was closed since, and asks once more', async () => {
    const h = harness(true);
    await h.reader.read('<p>1</p>');
    h.state.open = false; // Chrome closed it
    expect(await h.reader.read('<p>2</p>')).toEqual(MAP);
    expect(h.calls.slice(-5)).toEqual(['ask <p>2</p>', 'exists', 'exists', 'open', 'ask <p>2</p>']);
  });

  it("gives the reader's own error (a page it could not read), without opening anything", async () => {
    const h = harness(true, [err('bad markup')]);
    await expect(h.reader.read('<p>x</p>')).rejects.toThrow('bad markup');
    expect(h.calls.filter((c) => c === 'open')).toHaveLength(0);
    // A null reading (no article) is an answer, not an error.
    const none = harness(true, [ok(null)]);
    expect(await none.reader.read('<nav></nav>')).toBeNull();
  });

  it('fails a read when the document cannot be opened, and tries again on the next', async () => {
    const calls: string[] = [];
    let fail = true;
    const reader = new OffscreenReader({
      exists: async () => false,
      open: async () => {
        calls.push('open');
        if (fail) throw new Error('no offscreen API');
      },
      ask: async () => ok(MAP),
    });
    await expect(reader.read('<p>x</p>')).rejects.toThrow('no offscreen API');
    fail = false;
    expect(await reader.read('<p>x</p>')).toEqual(MAP);
    expect(calls).toEqual(['open', 'open']);
  });
});
