/** The page context the annotate feature shares with a save (content/page-context.ts). */
import { describe, expect, it } from 'vitest';
import { type PageContext, recordsOn } from '../../src/content/page-context';
import type { AnnotationRecord } from '../../src/core/annotate';

const record = (text: string, quote: string, nth = 0): AnnotationRecord => {
  let at = text.indexOf(quote);
  for (let i = 0; i < nth; i++) at = text.indexOf(quote, at + 1);
  return { start: at, end: at + quote.length, quote, kind: 'term', factIds: ['f'], verdict: null } as never;
};

describe('records moved onto a re-parsed article', () => {
  const text = 'Galwan. Then Galwan again, and the LAC.';
  const context: PageContext = {
    url: 'https://x.example/',
    records: [record(text, 'Galwan', 1), record(text, 'LAC')],
    nth: [1, 0],
  };

  it('are the same records on the same text', () => {
    expect(recordsOn(context, text)).toEqual(context.records);
  });

  it('follow their quote (the same occurrence) when the text changed, and drop a quote gone', () => {
    // Text added after them (infinite scroll) and a word changed before them: same occurrences.
    const grown = `${text.replace('Then', 'Later')} More on Galwan.`;
    const moved = recordsOn(context, grown);
    expect(moved.map((r) => grown.slice(r.start, r.end))).toEqual(['Galwan', 'LAC']);
    expect(moved[0]?.start).toBe(grown.indexOf('Galwan again'));
    expect(recordsOn(context, 'Galwan. Then Galwan again.').map((r) => r.quote)).toEqual(['Galwan']);
  });
});
