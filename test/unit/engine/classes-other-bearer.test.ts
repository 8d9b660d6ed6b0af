/**
 * A one-word name that someone else bears (issue #7, ADR 0064, other-bearer.ts): sentences written for
 * the rule (not from the eval corpus or the stress sets), each checked to fail without it. Short texts
 * (fewer than five sentences, so the off-topic page rule of ADR 0059 does not decide them), each with
 * an event of the base so that the text is on topic.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { factById, matcher } from './claims-of';

const records = (text: string) => annotateText(text, { matcher, factById, published: '2025-11-20' });
/** The start offsets of the records about `factId`. */
const startsOf = (text: string, factId: string) =>
  records(text)
    .filter((r) => r.factIds.includes(factId))
    .map((r) => r.start);
const TOPIC = ' Its sponsor, a motor maker, was hit by China’s rare-earth export controls.';

describe('a bare surname after another given name is that other person', () => {
  it('"shortstop Wendell Trump" and his later "Trump" are not Donald Trump', () => {
    const text = `Shortstop Wendell Trump doubled twice as the Harbour Hawks won. Trump also stole a base.${TOPIC}`;
    expect(records(text).length).toBeGreaterThan(0);
    expect(startsOf(text, 'person.donald-trump')).toEqual([]);
  });
  it('a text that also names Donald Trump keeps his bare mentions, not the other Trump', () => {
    const text = `Shortstop Wendell Trump watched from the dugout. President Donald Trump spoke about the controls. Trump said talks went well.${TOPIC}`;
    const starts = startsOf(text, 'person.donald-trump');
    expect(starts).not.toContain(text.indexOf('Wendell Trump') + 'Wendell '.length);
    expect(starts).toContain(text.indexOf('Trump said'));
  });
  it('titles, middle names and sentence openings do not make another person', () => {
    const secretary = `Earlier, Secretary Trump met reporters.${TOPIC}`;
    expect(startsOf(secretary, 'person.donald-trump')).toEqual([secretary.indexOf('Trump')]);
    const doval = `Officials said Ajit Kumar Doval would lead the delegation.${TOPIC}`;
    expect(startsOf(doval, 'person.ajit-doval')).toEqual([doval.indexOf('Doval')]);
    const opening = `After the summit. Trump flew home.${TOPIC}`;
    expect(startsOf(opening, 'person.donald-trump')).toEqual([opening.indexOf('Trump')]);
  });
});

describe('a function word before the given name is no middle name', () => {
  it('"the prize went to Meera Doval" and her later "Doval" are not Ajit Doval', () => {
    // The base's aliases hold function words ("to", "of", "the"); only a capitalised word before the
    // given name is read as a name word of the base ("Ajit Kumar Doval").
    const text = `The prize went to Meera Doval, a student from Nagpur. Doval thanked her coach.${TOPIC}`;
    expect(records(text).length).toBeGreaterThan(0);
    expect(startsOf(text, 'person.ajit-doval')).toEqual([]);
    const trump = `A medal for Wendell Trump of the rowing club. Trump rowed stroke.${TOPIC}`;
    expect(startsOf(trump, 'person.donald-trump')).toEqual([]);
  });
});

describe('a place name after a given name is a person of that name', () => {
  it('"the caretaker Dorje Galwan" is not the valley, nor is his later "Galwan"', () => {
    const text = `The caretaker Dorje Galwan unlocked the school gates at dawn. Galwan has kept them for thirty years.${TOPIC}`;
    expect(startsOf(text, 'place.galwan-valley')).toEqual([]);
  });
  it('a text about the valley that names the man it is named after keeps the valley, not the man', () => {
    const text =
      'The Galwan Valley takes its name from a guide, the late Ghulam Rassul Galwan. Troops clashed in Galwan in June 2020.';
    const all = records(text).map((r) => r.start);
    expect(all).not.toContain(text.indexOf('Rassul Galwan') + 'Rassul '.length);
    expect(all).toContain(text.lastIndexOf('Galwan'));
  });
  it('"the novelist Anna Kazan" is not the city', () => {
    const text = `The novelist Anna Kazan read from her new book in Leeds on Friday.${TOPIC}`;
    expect(records(text).length).toBeGreaterThan(0);
    expect(startsOf(text, 'place.kazan')).toEqual([]);
    expect(startsOf(text, 'event.kazan-modi-xi-meeting')).toEqual([]);
  });
});

describe('an acronym the text defines for something else is that something else', () => {
  it('"the Lakeview Athletic Club (LAC)" makes every "LAC" of the text the club, not the Line of Actual Control', () => {
    const text = `The Lakeview Athletic Club (LAC) beat Riverside 2-1 on the border ground. LAC now lead the league.${TOPIC}`;
    expect(records(text).length).toBeGreaterThan(0);
    expect(startsOf(text, 'place.lac')).toEqual([]);
  });
  it('"the Line of Actual Control (LAC)" keeps its card, with other words before the name', () => {
    const text =
      'Indian and Chinese troops faced off along the Indian Army’s Line of Actual Control (LAC) in June 2020, before the Galwan clash. The LAC runs 3,488 km.';
    const starts = startsOf(text, 'place.lac');
    expect(starts).toContain(text.lastIndexOf('LAC'));
  });
});
