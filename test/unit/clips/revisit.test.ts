import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorPassage } from '../../../src/core/clips/anchor';
import { MAX_REVISIT_PASSAGES, revisitPassages, revisitUrls } from '../../../src/core/clips/revisit';
import { describeRange, makePassage } from '../../../src/core/clips/selectors';
import { sampleClip } from '../../support/clips';

describe('revisitUrls', () => {
  it('the page itself, normalised; its canonical link first when a save would have used it', () => {
    expect(revisitUrls('https://www.example.org/a?utm_source=x#top', null)).toEqual([
      'https://www.example.org/a',
    ]);
    expect(revisitUrls('https://amp.example.org/a', 'https://example.org/a/')).toEqual([
      'https://example.org/a/',
      'https://amp.example.org/a',
    ]);
  });

  it('never another site, and nothing for a page that is not on the web', () => {
    expect(revisitUrls('https://example.org/a', 'https://elsewhere.net/a')).toEqual([
      'https://example.org/a',
    ]);
    expect(revisitUrls('file:///home/me/a.html', null)).toEqual([]);
    expect(revisitUrls('about:blank', 'https://example.org/')).toEqual([]);
  });
});

describe('revisitPassages', () => {
  it('copies only the selectors: no note, tag, title, id, link or fact', () => {
    const clip = sampleClip({ note: 'my private note', tags: ['secret-tag'] });
    const passages = revisitPassages([clip]);
    expect(passages).toEqual([{ quote: clip.passages[0]?.quote, position: clip.passages[0]?.position }]);
    const wire = JSON.stringify(passages);
    for (const secret of ['my private note', 'secret-tag', clip.title, clip.id, 'event.galwan', '#:~:'])
      expect(wire).not.toContain(secret);
  });

  it('every version of the page, newest first, each passage once', () => {
    const older = sampleClip({ id: 'a', savedAt: 1 });
    const text = older.article?.text ?? '';
    const other = makePassage(older.url, text, 0, 20);
    const newer = sampleClip({ id: 'b', savedAt: 2, passages: [other, ...older.passages] });
    const passages = revisitPassages([older, newer]);
    expect(passages.map((p) => p.quote.exact)).toEqual([text.slice(0, 20), older.passages[0]?.quote.exact]);
  });

  it('an article clip has no passages; many passages are capped', () => {
    expect(revisitPassages([sampleClip({ kind: 'article', passages: [] })])).toEqual([]);
    const text = 'x'.repeat(1000);
    const many = Array.from({ length: 300 }, (_, i) => makePassage('https://e.org/', text, i, i + 5));
    expect(revisitPassages([sampleClip({ passages: many })])).toHaveLength(MAX_REVISIT_PASSAGES);
  });
});

/** Words that are all different (fast-check shrinks them towards look-alikes: "aaaa", "aaab"). */
const distinctWords = fc.uniqueArray(fc.stringMatching(/^[a-z]{4,9}$/), { minLength: 24, maxLength: 60 });
/** Words of a news story, each once: prose, where no stretch of text is a near-copy of another. */
const VOCABULARY = (
  'border patrol talks army troops river valley minister summit agreement village road bridge ' +
  'monsoon harvest parliament election budget railway harbour festival temple market doctor ' +
  'hospital school teacher student court judge verdict police station airport pilot weather ' +
  'cyclone drought farmer tractor factory worker strike union leader opposition treaty embassy ' +
  'satellite rocket launch orbit scientist laboratory vaccine outbreak census survey highway'
).split(' ');
const proseWords = fc.shuffledSubarray(VOCABULARY, { minLength: 24 });

describe('anchoring never places a passage whose quote is gone', () => {
  it('property: the passage deleted from the text is an orphan, whatever the position says', () => {
    fc.assert(
      fc.property(distinctWords, fc.nat(), fc.integer({ min: 3, max: 8 }), (ws, x, n) => {
        const from = x % (ws.length - n);
        const text = ws.join(' ');
        const start = ws.slice(0, from).join(' ').length + (from ? 1 : 0);
        const phrase = ws.slice(from, from + n).join(' ');
        const { quote, position } = describeRange(text, start, start + phrase.length);
        const edited = [...ws.slice(0, from), ...ws.slice(from + n)].join(' ');
        expect(anchorPassage(edited, quote, position)).toBeNull();
      }),
    );
  });

  it('property: the passage replaced by other words, its context kept, is an orphan', () => {
    fc.assert(
      fc.property(distinctWords, fc.nat(), fc.integer({ min: 3, max: 8 }), (ws, x, n) => {
        const from = x % (ws.length - n);
        const start = ws.slice(0, from).join(' ').length + (from ? 1 : 0);
        const phrase = ws.slice(from, from + n).join(' ');
        const { quote, position } = describeRange(ws.join(' '), start, start + phrase.length);
        // The same number of words, none of them the passage's (digits never occur in `ws`).
        const others = ws.slice(from, from + n).map((w, i) => `${i}${w.split('').reverse().join('')}`);
        const edited = [...ws.slice(0, from), ...others, ...ws.slice(from + n)].join(' ');
        expect(anchorPassage(edited, quote, position)).toBeNull();
      }),
    );
  });

  it('property: a typo in the passage moves it nowhere: placed where it is, or an orphan', () => {
    fc.assert(
      fc.property(proseWords, fc.nat(), fc.nat(), fc.string({ maxLength: 12 }), (ws, x, y, typo) => {
        const n = 5;
        const from = x % (ws.length - n);
        const text = ws.join(' ');
        const start = ws.slice(0, from).join(' ').length + (from ? 1 : 0);
        const phrase = ws.slice(from, from + n).join(' ');
        const { quote, position } = describeRange(text, start, start + phrase.length);
        const at = start + (y % phrase.length);
        const edited = text.slice(0, at) + typo + text.slice(at + 1);
        const a = anchorPassage(edited, quote, position);
        // Placed only where the passage now is (the edited span), never beside it or elsewhere. A
        // deleted first or last character may let the match take in the space beside it: one
        // character of slack at each edge.
        const now = { start, end: start + phrase.length - 1 + typo.length };
        if (a) {
          expect(a.start).toBeGreaterThanOrEqual(now.start - typo.length - 1);
          expect(a.end).toBeLessThanOrEqual(now.end + typo.length + 1);
          expect(a.end - a.start).toBeGreaterThan(phrase.length / 2);
        }
      }),
    );
  });
});
