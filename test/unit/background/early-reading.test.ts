/**
 * The reading a woken worker's first answer left out, made right after it (ADR 0028): handed once,
 * only to the frame that sent the document and only for the same document.
 */
import { describe, expect, it } from 'vitest';
import { EarlyReading, frameKey } from '../../../src/background/engine/early-reading';

describe('EarlyReading', () => {
  it('reads at once and hands the reading once to the same frame for the same document', () => {
    const early = new EarlyReading<string>();
    const reads: string[] = [];
    early.make('3:0', '<p>a</p>', (h) => {
      reads.push(h);
      return `read ${h}`;
    });
    expect(reads).toEqual(['<p>a</p>']);
    expect(early.take('4:0', '<p>a</p>')).toBeUndefined(); // another tab: nothing, and still held
    expect(early.take('3:0', '<p>a</p>')).toBe('read <p>a</p>');
    expect(early.take('3:0', '<p>a</p>')).toBeUndefined(); // once
  });

  it('drops a reading of a document the page has since changed, and keeps one frame at a time', () => {
    const early = new EarlyReading<string>();
    early.make('3:0', 'old', (h) => h);
    expect(early.take('3:0', 'new')).toBeUndefined();
    expect(early.take('3:0', 'old')).toBeUndefined(); // dropped by the mismatch
    early.make('3:0', 'a', (h) => h);
    early.make('5:2', 'b', (h) => h);
    expect(early.take('3:0', 'a')).toBeUndefined();
    expect(early.take('5:2', 'b')).toBe('b');
  });

  it('keeps nothing when the read throws', () => {
    const early = new EarlyReading<string>();
    early.make('3:0', 'x', () => {
      throw new Error('bad page');
    });
    expect(early.take('3:0', 'x')).toBeUndefined();
  });

  it('keys a frame by its tab and frame, and nothing that is not from a tab', () => {
    expect(frameKey({ tab: { id: 7 }, frameId: 2 })).toBe('7:2');
    expect(frameKey({ tab: { id: 7 } })).toBe('7:0');
    expect(frameKey({})).toBeNull();
  });
});
