/**
 * Trap pages' words given to something else (issue #7, ADR 0104): sentences written for the rules (not
 * from the eval corpus or the stress sets), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { factById, matcher } from './claims-of';

const records = (text: string, published: string, wholePage?: boolean) =>
  annotateText(text, { matcher, factById, published, ...(wholePage === undefined ? {} : { wholePage }) });
const startsOf = (text: string, factId: string) =>
  records(text, '2025-11-20')
    .filter((r) => r.factIds.includes(factId))
    .map((r) => r.start);
const TOPIC = ' Its sponsor, a motor maker, was hit by China’s rare-earth export controls.';

describe('a family name written first, then another given name, is another person (other-bearer.ts)', () => {
  it('"Grandmaster Xi Rong" and her later "Xi" are not Xi Jinping, and "Busan" is no meeting by them', () => {
    const text = `Grandmaster Xi Rong won the Busan Open on Sunday. Xi drew her last game.${TOPIC}`;
    expect(records(text, '2025-11-20').length).toBeGreaterThan(0);
    expect(startsOf(text, 'person.xi-jinping')).toEqual([]);
    expect(startsOf(text, 'event.trump-xi-busan-meeting')).toEqual([]);
  });
  it('"co-founder Wang Lei" is not Wang Yi, on a page that names Wang Yi too', () => {
    const text = `Foreign Minister Wang Yi spoke on Monday. Its co-founder Wang Lei said the money would pay for engineers.${TOPIC}`;
    const starts = startsOf(text, 'person.wang-yi');
    expect(starts.length).toBeGreaterThan(0);
    expect(starts).not.toContain(text.indexOf('Wang Lei'));
  });
  it('the person himself, and words that are no given name, keep the card', () => {
    const own = `Xi Jinping met Trump in Busan. Later Xi flew home.${TOPIC}`;
    expect(startsOf(own, 'person.xi-jinping')).toContain(own.indexOf('Xi flew'));
    const weekday = `They said Xi Monday would sign.${TOPIC}`;
    expect(startsOf(weekday, 'person.xi-jinping')).toEqual([weekday.indexOf('Xi')]);
  });
  it('a name whose alias is its last word ("Trump Administration") is not read this way', () => {
    const text = `Officials said the Trump Administration would respond.${TOPIC}`;
    expect(startsOf(text, 'person.donald-trump')).toEqual([text.indexOf('Trump')]);
  });
});

describe('a date inferred from a relative named nearby is no second fact of the page (page-topic.ts)', () => {
  // Six sentences on magnet fishing: a topic of the base in passing, and "introduced in April" of permits.
  const fishing = [
    'Magnet fishing has drawn dozens of newcomers to the town canals this spring.',
    'Most use rare-earth magnets that can lift a bicycle.',
    'The canal trust has received many applications for its permits since they were introduced in April.',
    'Finds so far include shopping trolleys and an old safe.',
    'The trust asked anglers to report anything that looked like ammunition.',
    'A beginners session is planned at the marina next month.',
  ].join(' ');
  it('the six-sentence page shows nothing', () => {
    expect(records(fishing, '2025-05-12')).toEqual([]);
  });
  it('as part of a page (wholePage: false) the inferred date is still claimed', () => {
    const kinds = records(fishing, '2025-05-12', false).map((r) => r.kind);
    expect(kinds).toContain('claim');
  });
});
