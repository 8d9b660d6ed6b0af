/**
 * Round 39 (ADR 0099): wrong pairs by cause, with vectors and sentences of our own (a ferry
 * line, a canal, a harbour master); each test fails with its rule removed.
 */
import { describe, expect, it } from 'vitest';
import { dateOrCount } from '../../../src/core/compare/date-or-count';
import {
  featuresOf,
  NOTHING_TOLD,
  Rarity,
  type Told,
  type Vector,
  vectorOf,
} from '../../../src/core/compare/features';
import { oneSpeakerTwoStatements } from '../../../src/core/compare/speaker-titles';
import { tokenize } from '../../../src/core/compare/tokens';

/** A vector with the keys of `words` (weights 1), what the claim engine told, and dated keys. */
const vec = (words: string, told: Partial<Told> = {}, dated: [string, string[]][] = []): Vector => {
  const keys = tokenize(words, []).map((t) => t.key);
  return {
    w: new Map(keys.map((k) => [k, 1])),
    norm: Math.sqrt(keys.length),
    text: words,
    told: { ...NOTHING_TOLD, ...told },
    ...(dated.length ? { dated: new Map(dated.map(([k, ids]) => [k, new Set(ids)])) } : {}),
  };
};
const events = (ids: string[], wholes: string[] = []): Partial<Told> => ({
  events: new Set(ids),
  mentioned: new Set(ids),
  wholes: new Set(wholes),
});

describe('a date of one happening is not a count of another (date-or-count.ts)', () => {
  const opened = vec('The ferry line across the canal opened on March 4', events(['event.ferry-opening']), [
    ['mar', ['event.ferry-opening']],
    ['#4', ['event.ferry-opening']],
  ]);
  const length = vec('The canal is 412 km long', events(['quantity.canal-length']));

  it('keeps a dated event and an unlinked count apart, whichever side is which', () => {
    expect(dateOrCount(opened, length)).toBe(true);
    expect(dateOrCount(length, opened)).toBe(true);
  });

  it('leaves a count linked to the event (the fact base relates them) as one happening', () => {
    const riders = vec(
      'The ferry carried 412 riders on its first day',
      events(['quantity.ferry-riders'], ['event.ferry-opening']),
    );
    expect(dateOrCount(opened, riders)).toBe(false);
  });

  it('leaves an event that is only named, not dated, to the other rules', () => {
    const named = vec('The ferry line across the canal opened', events(['event.ferry-opening']));
    expect(dateOrCount(named, length)).toBe(false);
  });

  it('leaves two sentences that write a month or a number in common alone', () => {
    const fell = vec(
      'Riders on the canal fell 40 percent between January and March',
      events(['quantity.canal-riders-drop']),
    );
    const dated = vec('The canal closed in March after January floods', events(['event.canal-closure']), [
      ['mar', ['event.canal-closure']],
    ]);
    expect(dateOrCount(dated, fell)).toBe(false);
  });

  it('leaves a side that tells a count and an event to otherHappening', () => {
    const both = vec(
      'The canal, 412 km long, opened on March 4',
      events(['quantity.canal-length', 'event.canal-opening']),
    );
    expect(dateOrCount(opened, both)).toBe(false);
  });
});

describe('two statements of one speaker named with his title (speaker-titles.ts)', () => {
  /** Real features (names, spelled-out names) of two sentences, weighed over the two alone. */
  const pair = (a: string, b: string, person: string[]) => {
    const fa = featuresOf(a, [], person);
    const fb = featuresOf(b, [], person);
    const rarity = new Rarity();
    rarity.add(fa, 'a');
    rarity.add(fb, 'b');
    return [vectorOf(fa, rarity), vectorOf(fb, rarity)] as const;
  };

  it('reads an announcement and a remark that share the styled name and one word as two statements', () => {
    const [a, b] = pair(
      'The canal towns have agreed on new ferry timetables, Harbour Master Ana Varga announced on Monday.',
      'Towpaths along the locks will reopen to walkers by May, Harbour Master Ana Varga said.',
      ['Ana Varga'],
    );
    expect(oneSpeakerTwoStatements(a, b)).toBe(true);
  });

  it('keeps two reports of one statement (more than one word in common besides the name)', () => {
    const [a, b] = pair(
      'The canal towns have agreed on new ferry timetables, Harbour Master Ana Varga announced on Monday.',
      'Harbour Master Ana Varga said the towns had agreed on new ferry timetables.',
      ['Ana Varga'],
    );
    expect(oneSpeakerTwoStatements(a, b)).toBe(false);
  });

  it('needs the styled name in both, holding a person’s name', () => {
    const [a, b] = pair(
      'The canal towns have agreed on new ferry timetables, Harbour Master Ana Varga announced on Monday.',
      'Towpaths along the locks will reopen to walkers by May, the Canal Trust said.',
      ['Ana Varga'],
    );
    expect(oneSpeakerTwoStatements(a, b)).toBe(false);
  });
});
