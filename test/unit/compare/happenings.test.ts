/**
 * Two happenings told in the same words are not one fact (ADR 0022, round 9): sentences that
 * each tell an event or instrument of the fact base, none the same and none part of the
 * other's, are no pair however alike their names and verbs ("Modi and Xi met in Kazan" /
 * "Modi will meet Xi in Tianjin"); a meeting and the summit it was held at stay one happening.
 */
import { describe, expect, it } from 'vitest';
import { bundledBase } from '../../../scripts/compare';
import { otherHappening, toldOf } from '../../../src/core/compare/evidence';
import type { Vector } from '../../../src/core/compare/features';
import { compareArticles } from '../../../src/core/compare/index';

const factBase = bundledBase();
const told = (events: string[], ids: string[] = events): Vector => ({
  w: new Map(),
  norm: 1,
  told: toldOf(new Set(events), ids, factBase.factById),
});

describe('different happenings', () => {
  it('tells two events apart, and keeps an event with the whole it is part of', () => {
    expect(
      otherHappening(told(['event.kazan-modi-xi-meeting']), told(['event.tianjin-modi-xi-meeting'])),
    ).toBe(true);
    expect(otherHappening(told(['event.kazan-modi-xi-meeting']), told(['event.kazan-modi-xi-meeting']))).toBe(
      false,
    );
    // The Tianjin meeting is part of the SCO summit: one happening, two facts.
    expect(
      otherHappening(told(['event.tianjin-modi-xi-meeting']), told(['event.sco-summit-tianjin-2025'])),
    ).toBe(false);
    expect(
      otherHappening(told(['event.sco-summit-tianjin-2025']), told(['event.tianjin-modi-xi-meeting'])),
    ).toBe(false);
    // Two parts of one whole (the boundary round and the assurance, both of Wang Yi's visit) stay apart.
    expect(
      otherHappening(
        told(['event.sr-talks-24th']),
        told(['event.wang-yi-assurance-fertilisers-rare-earths-tbms']),
      ),
    ).toBe(true);
    // A sentence that tells no event of its own (only a common word tied one) proves nothing.
    expect(
      otherHappening(told([], ['event.kazan-modi-xi-meeting']), told(['event.tianjin-modi-xi-meeting'])),
    ).toBe(false);
    // An event mentioned in passing on the other side is shared evidence.
    expect(
      otherHappening(
        told(
          ['event.kazan-modi-xi-meeting'],
          ['event.kazan-modi-xi-meeting', 'event.lac-patrolling-agreement-2024'],
        ),
        told(['event.lac-patrolling-agreement-2024']),
      ),
    ).toBe(false);
  });

  it('leaves a past meeting and a planned one of the same two leaders unpaired', () => {
    const a = [
      'Narendra Modi and Xi Jinping sat down for formal talks in Kazan on Wednesday, at the BRICS summit.',
      'Both men stressed that their countries should keep talking.',
    ].join(' ');
    const b = [
      'Narendra Modi and Xi Jinping will sit down for formal talks in Tianjin on Sunday, at the SCO summit.',
      'Both men have stressed that their countries should keep talking.',
    ].join(' ');
    const r = compareArticles(
      { text: a, published: '2024-10-24' },
      { text: b, published: '2025-08-29' },
      { factBase },
    );
    expect(r.pairs.map((p) => [p.a, p.b])).toEqual([[1, 1]]);
    expect(r.onlyA).toEqual([0]);
    expect(r.onlyB).toEqual([0]);
  });

  it('still pairs two sentences that share a count, whatever events the claim engine tied them to', () => {
    // "Sikkim" and "Uttarakhand" name the first batches of two routes (two parts of one
    // pilgrimage), yet the figures say both sentences tell the one draw.
    const a = 'In all, 750 pilgrims will travel via Nathu La in Sikkim and via Lipulekh.';
    const b = 'The 750 pilgrims will travel in batches via Lipulekh in Uttarakhand and via Nathu La.';
    const r = compareArticles(
      { text: a, published: '2025-05-22' },
      { text: b, published: '2025-05-22' },
      { factBase },
    );
    expect(r.pairs.map((p) => [p.a, p.b])).toEqual([[0, 0]]);
  });

  it('takes no common word for an event of its own', () => {
    // The claim engine ties "visit" to a visit it knows; the sentence tells the summit, as the other does.
    const a =
      "His visit comes ahead of Narendra Modi's own trip to Tianjin for the Shanghai Cooperation Organisation summit later in the month.";
    const b =
      'Narendra Modi will attend the Shanghai Cooperation Organisation summit in Tianjin from Aug. 31.';
    const r = compareArticles(
      { text: a, published: '2025-08-18' },
      { text: b, published: '2025-08-18' },
      { factBase },
    );
    expect(r.pairs.map((p) => [p.a, p.b])).toEqual([[0, 0]]);
  });

  it('tells two counts apart, unless the fact base relates them, and never a count from an event', () => {
    const gap = told(['quantity.modi-xi-formal-meeting-gap-years']);
    expect(otherHappening(gap, told(['quantity.sr-talks-gap-years']))).toBe(true);
    // Applicants and pilgrims picked are related counts of one draw.
    expect(
      otherHappening(
        told(['quantity.kailash-yatra-2025-applicants']),
        told(['quantity.kailash-yatra-2025-pilgrims']),
      ),
    ).toBe(false);
    // A count and an event: often one happening, each sentence tied to one of its facts.
    expect(
      otherHappening(
        told(['quantity.magnet-exports-to-india-drop-jun-2025']),
        told(['instrument.mofcom-announcement-18-2025']),
      ),
    ).toBe(false);
  });

  it('leaves two "first in years" sentences of two different gaps unpaired', () => {
    const a = [
      'Narendra Modi and Xi Jinping held talks in Kazan on Wednesday.',
      'It was the first structured meeting between the two leaders in five years.',
      'Both men stressed that their countries should keep talking.',
    ].join(' ');
    const b = [
      'Narendra Modi will attend the SCO summit in Tianjin on Sunday.',
      'It will be his first visit to China in more than seven years.',
      'Both men have stressed that their countries should keep talking.',
    ].join(' ');
    const r = compareArticles(
      { text: a, published: '2024-10-24' },
      { text: b, published: '2025-08-29' },
      { factBase },
    );
    expect(r.pairs.map((p) => [p.a, p.b])).toEqual([[2, 2]]);
  });
});
