/**
 * Each side's account of one meeting (ADR 0022, round 10): a readout, a summary, a version or
 * a statement is one kind of thing, so "the Indian readout" and "Beijing's summary" are
 * counterparts as "the Indian readout" and "the Chinese readout" are (evidence.ts
 * `counterparts`), and so is an account whose owner follows it ("a readout carried by China's
 * news agency", "a statement from Beijing"). Two sides' accounts quoting the same words are
 * two statements, not one.
 */
import { describe, expect, it } from 'vitest';
import { counterparts, countryNouns } from '../../../src/core/compare/evidence';
import type { Vector } from '../../../src/core/compare/features';
import { compareArticles } from '../../../src/core/compare/index';

const v = (text: string): Vector => ({ w: new Map(), norm: 1, text });
const owners = (text: string) => [...(countryNouns(v(text)).get('account') ?? [])];

describe('accounts of one meeting by two sides', () => {
  it('reads whose account it is, before or after the noun', () => {
    expect(owners("Beijing's summary of the talks was brief.")).toEqual(['cn']);
    expect(owners("New Delhi's version went further.")).toEqual(['in']);
    expect(owners('The Indian readout was issued at night.')).toEqual(['in']);
    expect(owners("The line came from a readout carried by China's official news agency.")).toEqual(['cn']);
    expect(owners('A statement from Beijing followed.')).toEqual(['cn']);
    // An account of something, not by someone.
    expect(owners('The account of the meeting was brief.')).toEqual([]);
  });

  it('tells two sides’ accounts apart, whatever each calls its own', () => {
    expect(
      counterparts(
        v('The Indian readout says the ministers agreed to expand river data sharing.'),
        v("Beijing's summary says the ministers agreed to expand river data sharing."),
      ),
    ).toBe(true);
    expect(
      counterparts(
        v('The Indian readout says the ministers agreed to expand river data sharing.'),
        v("New Delhi's version says the ministers agreed to expand river data sharing."),
      ),
    ).toBe(false);
  });

  it('pairs each account with its own, not with the other side’s in the same words', () => {
    const a = [
      'The two water ministers met in Lhasa on Monday to discuss flood warnings on shared rivers.',
      'The Indian readout says the ministers agreed to expand river data sharing before the monsoon.',
      'Beijing’s account of the meeting speaks of a shared interest in timely flood data.',
      'The next meeting is due in the spring.',
    ].join(' ');
    const b = [
      'The two water ministers met in Lhasa on Monday to discuss flood warnings on shared rivers.',
      'According to a readout carried by China’s official news agency, the ministers agreed to expand river data sharing before the monsoon.',
      'New Delhi’s version speaks of a shared interest in timely flood data and in joint drills.',
      'The next meeting is due in the spring.',
    ].join(' ');
    const r = compareArticles(a, b);
    expect(r.pairs.map((p) => [p.a, p.b])).toEqual([
      [0, 0],
      [3, 3],
    ]);
    expect(r.onlyA).toEqual([1, 2]);
    expect(r.onlyB).toEqual([1, 2]);
  });
});
