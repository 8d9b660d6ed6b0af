/**
 * Round 17 rules for relative dates and anchored gaps (ADR 0045, round 17): a report dated before
 * the event it tells of as done (without an "after" phrase), a part named by its name over its
 * cued whole, "the summit" bridged to the one summit the article named, no gap counted from an
 * event still to come, and keywords no rival to a cue. Sentences written for the rules (not from
 * the eval corpus), each checked to fail without its rule, and sentences they must not call wrong.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const verdictAt = (text: string, published: string, quote: string) =>
  claimAt(text, published, quote)?.verdict ?? null;

// First patrol at Depsang recorded for Monday 4 November 2024; publication Tuesday 5 November.
const DEPSANG_PUBLISHED = '2024-11-05';

describe('a report dated before the event it tells of as done', () => {
  it('"troops carried out a patrol in Depsang, the army said on Thursday" (Monday): differs', () => {
    const t =
      "Indian soldiers carried out a patrol in the Depsang plains of eastern Ladakh, the army's Leh-based 14 Corps said late on Thursday, the first such patrol in the area since the two armies pulled back from the last friction points.";
    expect(claimAt(t, DEPSANG_PUBLISHED, 'on Thursday')).toMatchObject({
      fact: 'event.depsang-demchok-patrols-resumed',
      verdict: 'differs',
    });
  });
  it('"said on Thursday that … had carried out": differs', () => {
    const t =
      'The army said on Thursday that Indian troops had carried out a patrol in the Depsang plains, a first in years.';
    expect(verdictAt(t, DEPSANG_PUBLISHED, 'on Thursday')).toBe('differs');
  });
  it('a report on the day or after it is not called wrong', () => {
    const on =
      "Indian soldiers carried out a patrol in the Depsang plains of eastern Ladakh, the army's Leh-based 14 Corps said late on Monday, the first such patrol in the area since the two armies pulled back from the last friction points.";
    expect(verdictAt(on, DEPSANG_PUBLISHED, 'on Monday')).not.toBe('differs');
  });
  it('a report of what is still to come is no contradiction', () => {
    const t =
      "Indian soldiers would carry out a patrol in the Depsang plains of eastern Ladakh, the army's Leh-based 14 Corps said late on Thursday, the first such patrol in the area since the two armies pulled back from the last friction points.";
    expect(verdictAt(t, DEPSANG_PUBLISHED, 'on Thursday')).not.toBe('differs');
  });
  it('nor is a plan agreed to', () => {
    const t =
      "India and China agreed to resume patrols in the Depsang plains of eastern Ladakh, the army's Leh-based 14 Corps said late on Thursday, days after the two armies pulled back from the last friction points.";
    expect(verdictAt(t, DEPSANG_PUBLISHED, 'on Thursday')).not.toBe('differs');
  });
});

// Wang Yi's visit to New Delhi 18–19 August 2025; the 24th SR round on 19 August; publication 20 August.
const WANG_PUBLISHED = '2025-08-20';

describe('a part named by its name over its cued whole', () => {
  it('"held the 24th round of talks between the Special Representatives … on Thursday": the round differs', () => {
    const t =
      'Chinese Foreign Minister Wang Yi and Ajit Doval held the 24th round of talks between the Special Representatives on the boundary question in New Delhi on Thursday.';
    expect(claimAt(t, WANG_PUBLISHED, 'on Thursday')).toMatchObject({
      fact: 'event.sr-talks-24th',
      verdict: 'differs',
    });
  });
  it('a sentence that says the whole’s own act ("visited") dates the whole', () => {
    const t =
      'Last month, Chinese Foreign Minister Wang Yi visited New Delhi and, with Ajit Doval, held the 24th round of talks between the Special Representatives on the boundary question.';
    expect(claimAt(t, '2025-08-31', 'Last month')).toMatchObject({
      fact: 'event.wang-yi-india-visit-aug-2025',
      verdict: 'differs',
    });
  });
  it('the right day is still the round’s, consistent', () => {
    const t =
      'Chinese Foreign Minister Wang Yi and Ajit Doval held the 24th round of talks between the Special Representatives on the boundary question in New Delhi on Tuesday.';
    expect(claimAt(t, WANG_PUBLISHED, 'on Tuesday')).toMatchObject({ verdict: 'consistent' });
  });
});

// The SCO summit in Tianjin, 31 August – 1 September 2025; publication 1 September.
const SUMMIT_PUBLISHED = '2025-09-01';
// The sentence between names another event (Kazan), so "the summit" is not the previous sentence's event.
const SUMMIT_LEAD =
  'Modi is in Tianjin for the Shanghai Cooperation Organization Summit, held from Aug. 31 to Sept. 1. The meeting built on the talks the two leaders held in Kazan, Russia, in October last year. ';

describe('"the summit" after a gap is the one summit the article named', () => {
  it('"Two weeks before the summit, Wang Yi visited New Delhi": consistent', () => {
    const t = `${SUMMIT_LEAD}Two weeks before the summit, Chinese Foreign Minister Wang Yi visited New Delhi, where he and Doval held talks.`;
    expect(claimAt(t, SUMMIT_PUBLISHED, 'Two weeks before')).toMatchObject({
      fact: 'event.wang-yi-india-visit-aug-2025',
      verdict: 'consistent',
    });
  });
  it('"Two months before the summit, …": differs', () => {
    const t = `${SUMMIT_LEAD}Two months before the summit, Chinese Foreign Minister Wang Yi visited New Delhi, where he and Doval held talks.`;
    expect(verdictAt(t, SUMMIT_PUBLISHED, 'Two months before')).toBe('differs');
  });
  it('two summits named earlier leave "the summit" open', () => {
    const t = `Modi is in Tianjin for the Shanghai Cooperation Organization Summit, held from Aug. 31 to Sept. 1. Modi and Xi last met at the BRICS summit in Kazan in October last year. Jaishankar visited Beijing in July. Two months before the summit, Chinese Foreign Minister Wang Yi visited New Delhi, where he and Doval held talks.`;
    expect(verdictAt(t, SUMMIT_PUBLISHED, 'Two months before')).not.toBe('differs');
  });
});

describe('a gap is not counted from an event still to come', () => {
  it('"five months after the two met in Beijing to revive direct flights" (flights months later): not the flights\' date', () => {
    const t =
      'Sun Weidong is in New Delhi today for talks with Misri, five months after the two met in Beijing to revive direct flights.';
    expect(verdictAt(t, '2025-06-12', 'five months after')).not.toBe('differs');
  });
});

describe('a fact found only by keywords is no rival to one cued in the date’s clause', () => {
  it('"carried out their first patrol in the Depsang Plains on Thursday" (Monday): the patrol differs', () => {
    const t =
      'Indian troops carried out their first patrol in the Depsang Plains on Thursday, the Leh-based 14 Corps said, days after soldiers had resumed patrolling in Demchok.';
    expect(claimAt(t, DEPSANG_PUBLISHED, 'on Thursday')).toMatchObject({
      fact: 'event.depsang-demchok-patrols-resumed',
      verdict: 'differs',
    });
  });
  it('the right day stays consistent', () => {
    const t =
      'Indian troops carried out their first patrol in the Depsang Plains on Monday, the Leh-based 14 Corps said, days after soldiers had resumed patrolling in Demchok.';
    expect(verdictAt(t, DEPSANG_PUBLISHED, 'on Monday')).toBe('consistent');
  });
});

describe('a weekday set before a calendar day names that day', () => {
  it('"on Monday 21 October 2024" a year later: no claim counted from publication', () => {
    const t =
      "Vikram Misri's announcement of the patrolling arrangements came on Monday 21 October 2024, two weeks before the first Depsang patrol on 4 November.";
    expect(verdictAt(t, '2025-12-05', 'on Monday')).toBeNull();
    expect(verdictAt(t, '2025-12-05', '21 October 2024')).toBe('consistent');
  });
});
