/**
 * Paraphrased names of events and topics that the dev gold lists in some articles and not in others
 * (issue #7, class paraphrase; ADR 0090), with sentences written for the rules (not from the eval
 * corpus). Each positive test fails without its alias; each negative one shows the words elsewhere stay
 * uncarded, and none of the new names brings a `differs`.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { cardsOn, factById, matcher } from './claims-of';

const differs = (text: string, published: string) =>
  annotateText(text, { matcher, factById, published }).filter((a) => a.verdict === 'differs');

const OCTOBER = 'instrument.mofcom-october-2025-controls';
const MAGNETS = 'topic.rare-earth-magnets-india';
const LICENCES = 'event.rare-earth-magnet-licences-indian-firms';
const FLIGHTS = 'event.direct-flights-resumed';
const DISENGAGEMENT = 'event.depsang-demchok-disengagement';

describe('“sweeping (export) controls / curbs” with the October package’s date or items', () => {
  it('“the sweeping controls announced in October” is the October package', () => {
    const text = 'Beijing paused the sweeping controls it announced in October for a year.';
    expect(cardsOn(text, 'sweeping controls', '2025-11-08')).toContain(OCTOBER);
    expect(differs(text, '2025-11-08')).toEqual([]);
  });
  it('“sweeping export curbs” with no October, item or date stays uncarded as the package', () => {
    const text = 'Washington has long threatened sweeping export curbs on chips.';
    expect(cardsOn(text, 'sweeping export curbs', '2025-11-08')).not.toContain(OCTOBER);
  });
});

describe('“makes / produces no magnets” for India’s reliance on Chinese magnets', () => {
  it('“India … produces no magnets of its own” is the topic', () => {
    const text = 'India holds large reserves but produces no magnets of its own.';
    expect(cardsOn(text, 'produces no magnets', '2025-10-31')).toContain(MAGNETS);
  });
  it('with no India in the paragraph it stays uncarded', () => {
    const text = 'The plant makes no magnets yet.';
    expect(cardsOn(text, 'makes no magnets', '2025-10-31')).not.toContain(MAGNETS);
  });
});

describe('“some Indian companies had received …” licences (the magnet licences)', () => {
  it('with licences in the sentence it is the licence event', () => {
    const text = 'The ministry said some Indian companies had received licences to import them.';
    expect(cardsOn(text, 'Indian companies had received', '2025-10-31')).toContain(LICENCES);
  });
  it('with no licence or magnet in the sentence it stays uncarded', () => {
    const text = 'Some Indian companies had received orders from Europe.';
    expect(cardsOn(text, 'Indian companies had received', '2025-10-31')).not.toContain(LICENCES);
  });
});

describe('the direct flights named by the route’s “service”', () => {
  it('“IndiGo’s Kolkata-Guangzhou service” is the resumed direct flights', () => {
    const text = 'IndiGo restarted its Kolkata-Guangzhou service on Sunday.';
    expect(cardsOn(text, 'Kolkata-Guangzhou service', '2025-10-27')).toContain(FLIGHTS);
  });
});

describe('“troop pullback(s)” at Depsang and Demchok', () => {
  it('“troop pullbacks at Depsang and Demchok” is the disengagement', () => {
    const text = 'The troop pullbacks at Depsang and Demchok were completed within days.';
    expect(cardsOn(text, 'troop pullbacks', '2024-11-01')).toContain(DISENGAGEMENT);
  });
  it('a troop pullback with neither place named stays uncarded', () => {
    const text = 'A troop pullback from the Pangong lake area followed the talks.';
    expect(cardsOn(text, 'troop pullback', '2021-02-20')).not.toContain(DISENGAGEMENT);
  });
});
