/**
 * Where an event's paraphrase card goes when its words run over names the fact base knows:
 * clearOfNames on spans of our own, and the whole engine on sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { clearOfNames } from '../../../src/core/claims/card-span';
import { factById, matcher } from './claims-of';

const spanOf = (text: string, quote: string) => {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`no "${quote}" in the text`);
  return { start, end: start + quote.length };
};
const slice = (text: string, s: { start: number; end: number } | null) =>
  s ? text.slice(s.start, s.end) : null;

describe('clearOfNames', () => {
  const text = 'Relations soured after a clash in the Galwan Valley that June.';
  const card = spanOf(text, 'clash in the Galwan Valley');
  const name = spanOf(text, 'Galwan Valley');
  const clash = text.indexOf('clash');

  it('keeps a card that runs over no name as it is', () => {
    expect(clearOfNames(text, card, [], [clash], 'galwan valley clash')).toEqual(card);
  });

  it('moves the card off a name, onto the words that found the fact, without small edge words', () => {
    expect(slice(text, clearOfNames(text, card, [name], [clash, name.start], 'galwan valley clash'))).toBe(
      'clash',
    );
  });

  it('gives no card when the stretch left holds none of the fact’s own words', () => {
    // "clash" found the fact, but the fact's own words (title, aliases, keywords) do not have it.
    expect(clearOfNames(text, card, [name], [clash, name.start], 'kazan meeting')).toBeNull();
  });

  it('gives no card when names cover it whole', () => {
    expect(clearOfNames(text, name, [name], [name.start], 'galwan valley clash')).toBeNull();
  });

  it('keeps to one clause: punctuation splits the stretch left', () => {
    const t = 'Troops pulled back, Depsang patrols resumed, officials said.';
    const c = spanOf(t, 'pulled back, Depsang patrols resumed');
    const depsang = spanOf(t, 'Depsang');
    const got = clearOfNames(
      t,
      c,
      [depsang],
      [t.indexOf('patrols'), t.indexOf('resumed')],
      'patrolling resumes',
    );
    expect(slice(t, got)).toBe('patrols resumed');
  });

  it('takes the longest stretch that qualifies', () => {
    const t = 'Misri met vice minister Sun Weidong for talks on resuming flights in Beijing.';
    const c = spanOf(t, 'Misri met vice minister Sun Weidong for talks on resuming flights');
    const names = [spanOf(t, 'Misri'), spanOf(t, 'Sun Weidong')];
    const found = [t.indexOf('met'), t.indexOf('talks')];
    expect(slice(t, clearOfNames(t, c, names, found, 'misri sun weidong talks beijing'))).toBe(
      'talks on resuming flights',
    );
  });
});

describe('a paraphrase card beside a name (whole engine)', () => {
  const cards = (text: string, published: string) =>
    annotateText(text, { matcher, factById, published }).map((a) => [a.kind, a.quote, a.factIds[0]]);

  it('an event described around a place’s name gets its card on its own word, the place keeps its card', () => {
    const got = cards(
      'Relations between the neighbours were badly damaged by a clash in the Galwan Valley in June 2020.',
      '2024-12-19',
    );
    expect(got).toContainEqual(['term', 'clash', 'event.galwan-clash']);
    expect(got).toContainEqual(['term', 'Galwan Valley', 'place.galwan-valley']);
  });

  it('no two cards share a letter', () => {
    const anns = annotateText(
      'Ties soured after a clash in the Galwan Valley in June 2020, and Misri later met vice foreign minister Sun Weidong in Beijing on January 27.',
      { matcher, factById, published: '2025-01-28' },
    );
    for (const a of anns)
      for (const b of anns)
        if (a !== b) expect(a.start < b.end && b.start < a.end, `${a.quote} / ${b.quote}`).toBe(false);
  });

  it('no card on cue words that reach over the name of another place (they describe two events)', () => {
    const got = cards(
      'The crisis opened with a clash at Pangong Tso and escalated in the Galwan Valley in June 2020.',
      '2024-10-25',
    );
    expect(got).not.toContainEqual(['term', 'clash', 'event.galwan-clash']);
    expect(got).toContainEqual(['term', 'Pangong Tso', 'place.pangong-tso']);
  });
});

describe('words too common to carry an event’s card', () => {
  it('a title is not the talks: no card on "vice foreign minister" beside the name', () => {
    const text = 'Misri held talks with Sun Weidong, the vice foreign minister, in Beijing.';
    const card = { start: text.indexOf('Sun Weidong'), end: text.indexOf(', in Beijing') };
    const name = spanOf(text, 'Sun Weidong');
    const found = [name.start, text.indexOf('vice'), text.indexOf('minister')];
    expect(clearOfNames(text, card, [name], found, 'misri sun weidong talks vice minister')).toBeNull();
  });
});
