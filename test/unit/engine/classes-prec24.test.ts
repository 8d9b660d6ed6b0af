/**
 * Session 21's precision rules (issue #7, ADR 0059 and ADR 0054 round 24), each with sentences written
 * for the rule (not from the eval corpus or the stress sets), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { factById, matcher } from './claims-of';

const cards = (text: string, published: string, wholePage?: boolean) =>
  annotateText(text, { matcher, factById, published, ...(wholePage === undefined ? {} : { wholePage }) });

describe('a page that names the fact base only in passing gets no cards (page-topic.ts, ADR 0059)', () => {
  // Six sentences on a bicycle workshop; one of them names a topic of the base in passing.
  const workshop = [
    'A repair workshop in Kochi has started converting old bicycles into electric ones.',
    'Its two mechanics fit a hub motor, a battery pack and a small controller.',
    'The motors use rare-earth magnets, which keep them light.',
    'A conversion takes about a day and costs less than a new e-bike.',
    'Most customers are students and delivery riders.',
    'The owners plan to open a second workshop next spring.',
  ].join(' ');

  it('a six-sentence workshop story naming one topic of the base in passing shows nothing', () => {
    expect(cards(workshop, '2025-11-20')).toEqual([]);
  });
  it('the same sentences as part of a page (wholePage: false, as compare passes) keep their card', () => {
    expect(cards(workshop, '2025-11-20', false).map((r) => r.quote)).toContain('rare-earth magnets');
  });
  it('a short text (fewer than five sentences) keeps its card', () => {
    const text = 'The motors use rare-earth magnets, which keep them light. A conversion takes a day.';
    expect(cards(text, '2025-11-20').map((r) => r.quote)).toContain('rare-earth magnets');
  });
  it('a page naming two facts of the base other than places keeps its cards', () => {
    const text = [
      'Wang Yi arrived in New Delhi on Monday for two days of talks.',
      'He was received at the airport by officials of the external affairs ministry.',
      'His visit comes after the Galwan clash of 2020 strained ties for years.',
      'Officials said the agenda included trade and pilgrimages.',
      'A joint statement is expected on Tuesday evening.',
    ].join(' ');
    const ids = new Set(cards(text, '2025-08-18').flatMap((r) => r.factIds));
    expect(ids.has('person.wang-yi')).toBe(true);
  });
  it('places do not count: a six-sentence travel piece naming Ladakh and one topic of the base shows nothing', () => {
    const text = [
      'Ladakh drew record numbers of trekkers this autumn.',
      'Guest houses in Leh were full through September.',
      'Some riders hired e-bikes whose motors use rare-earth magnets.',
      'Most visitors came for the monasteries and the lakes.',
      'Flights from Delhi were booked weeks ahead.',
      'Tour operators expect another busy season next year.',
    ].join(' ');
    expect(cards(text, '2025-11-20')).toEqual([]);
  });
});

describe('a date by a verb of asking dates the question, not what it is about (question-frame.ts, ADR 0057)', () => {
  const claims = (text: string, published: string) =>
    cards(text, published)
      .filter((r) => r.kind === 'claim')
      .map((r) => ({ quote: r.quote, fact: r.factIds[0], verdict: r.verdict }));

  it('"a spokesman, asked on Friday about reports that the curbs on urea had been lifted" is no date of the easing', () => {
    const text =
      'Beijing says little about fertiliser. A commerce ministry spokesman, asked on Friday about reports that the curbs on urea had been lifted, said he had no information.';
    const easing = claims(text, '2025-09-13').filter((c) => c.fact?.startsWith('event.china-urea'));
    expect(easing).toEqual([]);
  });
});
