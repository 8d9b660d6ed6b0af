/**
 * The reading a woken worker's first answer left out, made right after it (ADR 0028): handed once,
 * only to the frame that sent the document and only for the same document; since ADR 0039 the read
 * is asynchronous (Chrome's reader document), so a `page/parse` that comes while it runs waits for it.
 */
import { describe, expect, it } from 'vitest';
import { EarlyReading, frameKey } from '../../../src/background/engine/early-reading';

describe('EarlyReading', () => {
  it('reads at once and hands the reading once to the same frame for the same document', async () => {
    const early = new EarlyReading<string>();
    const reads: string[] = [];
    early.make('3:0', '<p>a</p>', async (h) => {
      reads.push(h);
      return `read ${h}`;
    });
    expect(reads).toEqual(['<p>a</p>']);
    expect(await early.take('4:0', '<p>a</p>')).toBeUndefined(); // another tab: nothing, and still held
    expect(await early.take('3:0', '<p>a</p>')).toBe('read <p>a</p>');
    expect(await early.take('3:0', '<p>a</p>')).toBeUndefined(); // once
  });

  it('hands over a reading still being made: the page waits for it instead of reading again', async () => {
    const early = new EarlyReading<string>();
    let finish: (value: string) => void = () => undefined;
    let reads = 0;
    early.make('3:0', 'doc', () => {
      reads++;
      return new Promise<string>((resolve) => {
        finish = resolve;
      });
    });
    const taken = early.take('3:0', 'doc');
    finish('read doc');
    expect(await taken).toBe('read doc');
    expect(reads).toBe(1);
  });

  it('drops a reading of a document the page has since changed, and keeps one frame at a time', async () => {
    const early = new EarlyReading<string>();
    early.make('3:0', 'old', async (h) => h);
    expect(await early.take('3:0', 'new')).toBeUndefined();
    expect(await early.take('3:0', 'old')).toBeUndefined(); // dropped by the mismatch
    early.make('3:0', 'a', async (h) => h);
    early.make('5:2', 'b', async (h) => h);
    expect(await early.take('3:0', 'a')).toBeUndefined();
    expect(await early.take('5:2', 'b')).toBe('b');
  });

  it('keeps nothing when the read throws or fails', async () => {
    const early = new EarlyReading<string>();
    early.make('3:0', 'x', () => {
      throw new Error('bad page');
    });
    expect(await early.take('3:0', 'x')).toBeUndefined();
    early.make('3:0', 'y', async () => {
      throw new Error('reader gone');
    });
    expect(await early.take('3:0', 'y')).toBeUndefined();
  });

  it('keys a frame by its tab and frame, and nothing that is not from a tab', () => {
    expect(frameKey({ tab: { id: 7 }, frameId: 2 })).toBe('7:2');
    expect(frameKey({ tab: { id: 7 } })).toBe('7:0');
    expect(frameKey({})).toBeNull();
  });
});
