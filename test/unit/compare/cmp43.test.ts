/**
 * Round 43 (ADR 0120): compare's pair recall and precision, with sentences of our own (a ferry
 * line on a canal, its tickets); each test fails with its rule removed.
 */
import { describe, expect, it } from 'vitest';
import { addToIndex, candidatesFor } from '../../../src/core/compare/candidates';
import { splitMinor } from '../../../src/core/compare/clauses';
import { otherKindOfFigure } from '../../../src/core/compare/figure-units';
import { sharedUniqueFigure } from '../../../src/core/compare/figures';
import { directionsOf, otherDirection } from '../../../src/core/compare/predicates';

const v = (text: string) => ({ w: new Map<string, number>(), norm: 1, text });

describe('a measured time before a subordinator opens a minor part (clauses.ts)', () => {
  const later =
    'Riders can buy canal ferry tickets again from May 3, two years after Lindholm stopped selling them, a sign of calmer times.';
  it('puts ", two years after …" in the minor part, as ", after …" already was', () => {
    expect(splitMinor(later).minor).toContain('two years after Lindholm stopped selling them');
    expect(splitMinor(later).main).not.toContain('stopped');
    expect(splitMinor('Ferries ran again, weeks before the fair opened.').minor).toContain('weeks before');
  });
  it('so the stop it recalls is no direction of the sentence', () => {
    expect([...directionsOf(later)]).toEqual([]);
    expect(
      otherDirection(
        v('The council will resume selling canal ferry tickets from May 3, ending a pause of two years.'),
        v(later),
      ),
    ).toBe(false);
  });
  it('leaves a measure that is the main claim alone', () => {
    expect(splitMinor('The ferry stopped two years after it opened.').minor).toBe('');
  });
});

describe('a figure shared alone counts the same kind of thing (figure-units.ts)', () => {
  const vec = (text: string, keys: string[]) => ({
    w: new Map(keys.map((k) => [k, 1])),
    norm: Math.sqrt(keys.length),
    text,
  });
  const all = () => true;
  it('does not link a share and a span of time that write the same digits', () => {
    const toll = vec('The mayor said the plan took a 100% canal toll off the table.', [
      '#100',
      'toll',
      'mayor',
    ]);
    const trip = vec('The crossing took around 100 minutes.', ['#100', 'cross']);
    expect(otherKindOfFigure(toll.text, trip.text, '#100')).toBe(true);
    expect(sharedUniqueFigure(toll as never, trip as never, all)).toBe(false);
  });
  it('still links two counts of one thing in other words, and figures in words are not judged', () => {
    const a = vec('A group of 36 riders made the first crossing.', ['#36', 'cross']);
    const b = vec('The first ferry carried 36 passengers.', ['#36', 'ferri']);
    expect(sharedUniqueFigure(a as never, b as never, all)).toBe(true);
    expect(otherKindOfFigure('Fares rose 12% in May.', 'Fares rose 12 percent.', '#12')).toBe(false);
    expect(otherKindOfFigure('It lasted 12 days.', 'It lasted twelve days.', '#12')).toBe(false);
  });
});

describe('a theme fact is no second shared feature (candidates.ts enoughShared)', () => {
  const vec = (text: string, keys: string[]) => ({
    w: new Map(keys.map((k) => [k, 1])),
    norm: Math.sqrt(keys.length),
    text,
  });
  const candidates = (a: ReturnType<typeof vec>, b: ReturnType<typeof vec>) => {
    const index = new Map<string, number[]>();
    addToIndex(index, b as never, 0);
    return candidatesFor(0, a as never, [b as never], index, { common: () => false, unique: () => true });
  };
  it('gives no candidate when all two sentences share is a word and the theme it names', () => {
    const hoped = vec('Some riders had hoped for a wider ferry truce.', [
      'rider',
      'hope',
      'truc',
      'f:topic.ferry-truce',
    ]);
    const said = vec('Boatmen said the truce eased the queues.', [
      'boatman',
      'eas',
      'truc',
      'f:topic.ferry-truce',
    ]);
    expect(candidates(hoped, said)).toEqual([]);
  });
  it('still does when they share another word too', () => {
    const hoped = vec('Riders hoped the ferry truce would ease the queues.', [
      'rider',
      'eas',
      'truc',
      'f:topic.ferry-truce',
    ]);
    const said = vec('Boatmen said the truce eased the queues.', [
      'boatman',
      'eas',
      'truc',
      'f:topic.ferry-truce',
    ]);
    expect(candidates(hoped, said).length).toBe(1);
  });
});
