/**
 * Round 55 (ADR 0163): one length of time or one day written in other words ("a fortnight" / "14
 * days", "on Monday" / "on March 9") is read as one value key (value-keys.ts); a key in one
 * sentence of each article, in two forms, pairs them. Sentences of our own (a harbour fair, a
 * bridge, a ferry line).
 */
import { describe, expect, it } from 'vitest';
import { cosine, featuresOf, Rarity, vectorOf } from '../../../src/core/compare/features';
import { compareArticles } from '../../../src/core/compare/index';
import { tokenize } from '../../../src/core/compare/tokens';
import { clockKeys, dayKeys, spanKeys, valueKeysOf } from '../../../src/core/compare/value-keys';

const keys = (xs: readonly { key: string }[]) => xs.map((x) => x.key);

describe('value keys (value-keys.ts)', () => {
  it('reads one length in other units and words as one key', () => {
    expect(keys(spanKeys('The bridge stays shut for a year.'))).toEqual(['v:span:12mo']);
    expect(keys(spanKeys('The bridge stays shut for twelve months.'))).toEqual(['v:span:12mo']);
    expect(keys(spanKeys('a 12-month closure'))).toEqual(['v:span:12mo']);
    expect(keys(spanKeys('The fair runs for a fortnight.'))).toEqual(['v:span:14d']);
    expect(keys(spanKeys('The fair runs for two weeks.'))).toEqual(['v:span:14d']);
    expect(keys(spanKeys('The fair runs for 14 days.'))).toEqual(['v:span:14d']);
    expect(keys(spanKeys('The crossing took an hour and 15 minutes.'))).toEqual(['v:span:75min']);
    expect(keys(spanKeys('The crossing took 75 minutes.'))).toEqual(['v:span:75min']);
    expect(keys(spanKeys('a year and a half of works'))).toEqual(['v:span:18mo']);
    expect(keys(spanKeys('a three-and-a-half-year project'))).toEqual(['v:span:42mo']);
  });

  it('keeps the form each is written in: one form is shared by its words already', () => {
    const [a] = spanKeys('for a year');
    const [b] = spanKeys('for one year');
    const [c] = spanKeys('for twelve months');
    expect(a?.form).toBe(b?.form);
    expect(a?.form).not.toBe(c?.form);
  });

  it('reads no length without a count', () => {
    expect(spanKeys('Works have dragged on for years.')).toEqual([]);
    expect(spanKeys('The same day the mayor resigned.')).toEqual([]);
  });

  it('resolves a weekday, yesterday and a date without a year against the publication date', () => {
    // 2026-03-08 is a Sunday.
    expect(keys(dayKeys('The fair closes on Monday.', '2026-03-08'))).toEqual(['v:day:2026-03-09']);
    expect(keys(dayKeys('The fair opened on Saturday.', '2026-03-08'))).toEqual(['v:day:2026-03-07']);
    expect(keys(dayKeys('The fair ends on March 9.', '2026-03-08'))).toEqual(['v:day:2026-03-09']);
    expect(keys(dayKeys('The fair opened yesterday.', '2026-03-08'))).toEqual(['v:day:2026-03-07']);
    expect(keys(dayKeys('The ferry sailed last Friday.', '2026-03-08'))).toEqual(['v:day:2026-03-06']);
    expect(keys(dayKeys('Works began on 2 January.', '2026-03-08'))).toEqual(['v:day:2026-01-02']);
    expect(keys(dayKeys('Works end on Dec. 30.', '2026-01-04'))).toEqual(['v:day:2025-12-30']);
  });

  it('leaves out a reporting date and a dateline', () => {
    expect(dayKeys('The fair will close early, organisers said on Monday.', '2026-03-08')).toEqual([]);
    expect(dayKeys('The harbour office told reporters on Friday that it agreed.', '2026-03-08')).toEqual([]);
    expect(dayKeys('VELDEN, March 8 — The fair opened.', '2026-03-08')).toEqual([]);
  });

  it('reads a clock time, not a live blog stamp', () => {
    expect(keys(clockKeys('The last ferry left at 11 p.m.'))).toEqual(['v:clock:23:00']);
    expect(keys(clockKeys('The last ferry left around 11pm.'))).toEqual(['v:clock:23:00']);
    expect(clockKeys('9:40 am: The ferry has left.')).toEqual([]);
  });

  it('gives nothing without a publication date but lengths and written days', () => {
    expect(keys(valueKeysOf('The fair closes on Monday after two weeks.', null))).toEqual(['v:span:14d']);
  });
});

const A = [
  'Velden opened its spring flower fair on the old harbour front on Saturday.',
  'More than 200 growers have set up stalls along the quay.',
  'Visitors can buy tulips, hyacinths and rare orchids from the growers.',
  'Entry is free for children under twelve.',
  'The fair will stay open for a fortnight.',
  'Parking near the quay is limited, and the city urges visitors to come by tram.',
].join('\n');
const B = [
  'The spring flower fair opened on Velden harbour front on Saturday, with growers filling the quay.',
  'Over 200 growers are selling tulips, hyacinths and orchids.',
  'The fair will run for 14 days, organisers said.',
  'Children under twelve get in free.',
  'The city has asked visitors to take the tram, as parking near the quay is limited.',
].join('\n');

describe('a value key weighs only between two forms (features.ts cosine)', () => {
  const score = (x: string, y: string, values = true) => {
    const read = (s: string) => (values ? valueKeysOf(s, '2026-03-08') : []);
    const fx = featuresOf(x, [], [], undefined, undefined, read(x));
    const fy = featuresOf(y, [], [], undefined, undefined, read(y));
    const rarity = new Rarity();
    rarity.add(fx, 'a');
    rarity.add(fy, 'b');
    return cosine(vectorOf(fx, rarity), vectorOf(fy, rarity)).score;
  };
  const plain = (x: string, y: string) => score(x, y, false);

  it('adds to the score of "a fortnight" / "two weeks"', () => {
    const x = 'The fair will stay open for a fortnight.';
    const y = 'The fair will stay open for two weeks.';
    expect(score(x, y)).toBeGreaterThan(plain(x, y) + 0.1);
  });

  it('adds nothing to one length or one day written alike on both sides', () => {
    const x = 'The fair will stay open for a fortnight from Monday.';
    const y = 'A second fair opens on Monday, for a fortnight.';
    const fx = featuresOf(x, [], [], undefined, undefined, valueKeysOf(x, '2026-03-08'));
    expect([...fx.keys.keys()].filter((k) => k.startsWith('v:'))).toEqual(['v:span:14d', 'v:day:2026-03-09']);
    expect(score(x, y)).toBeCloseTo(plain(x, y), 10);
  });
});

describe('one value in other words pairs two sentences (align.ts, ADR 0163)', () => {
  const pairsOf = (x: string, y: string) => {
    const r = compareArticles({ text: x, published: '2026-03-08' }, { text: y, published: '2026-03-08' });
    return r.pairs.map((p) => [r.sentences.a[p.a], r.sentences.b[p.b]]);
  };

  it('pairs "for a fortnight" with "for 14 days", whichever article is A', () => {
    expect(pairsOf(A, B)).toContainEqual([
      'The fair will stay open for a fortnight.',
      'The fair will run for 14 days, organisers said.',
    ]);
    expect(pairsOf(B, A)).toContainEqual([
      'The fair will run for 14 days, organisers said.',
      'The fair will stay open for a fortnight.',
    ]);
  });
});

describe('a silence put as no word from a party (lexicon.ts PHRASES, ADR 0163)', () => {
  const silent = (s: string) => tokenize(s).some((t) => t.key === 'nocomment');

  it('reads "no word from" and "yet to say anything" as the silence "has not commented" is', () => {
    expect(silent('There is no official word yet from the harbour board on the closure.')).toBe(true);
    expect(silent('The harbour board has yet to say anything about the closure.')).toBe(true);
    expect(silent('The harbour board has not commented on the closure.')).toBe(true);
  });

  it('leaves a word from a party that speaks', () => {
    expect(silent('In a word from the harbour board, the closure was confirmed.')).toBe(false);
    expect(silent('The board said it would say more next week.')).toBe(false);
  });
});
