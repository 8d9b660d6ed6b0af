/**
 * Session 7's quantity rules (issue #7: figures, measures, durations, recency), each with
 * sentences written for the rule (not from the eval corpus), each checked to fail without it.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { BUNDLED_PACKS } from '../../../src/core/facts/bundled';
import { buildFactBase } from '../../../src/core/facts/factbase';

const { matcher, factById } = buildFactBase(BUNDLED_PACKS);
const claims = (text: string, published: string | null) =>
  annotateText(text, { matcher, factById, published })
    .filter((a) => a.kind === 'claim')
    .map((a) => ({
      quote: a.quote,
      verdict: a.verdict,
      fact: a.factIds[0],
      reasons: a.reasons.map((r) => r.code),
    }));
const claimAt = (text: string, published: string | null, quote: string) =>
  claims(text, published).find((c) => c.quote.includes(quote)) ?? null;

describe('a duration’s own unit word does not tie it to a quantity counted in years', () => {
  const say = (gap: string) =>
    `Doval and Wang met in Beijing for the first Special Representatives meeting in ${gap}, weeks after a deal that ended the standoff in Ladakh.`;
  it('"in five years" is the talks’ gap, not the standoff’s length', () => {
    expect(claimAt(say('five years'), '2024-12-20', 'five years')).toMatchObject({
      fact: 'quantity.sr-talks-gap-years',
      verdict: 'consistent',
    });
    expect(claimAt(say('two years'), '2024-12-20', 'two years')).toMatchObject({
      fact: 'quantity.sr-talks-gap-years',
      verdict: 'differs',
    });
  });
});

describe('a gap cued by its own words outweighs one an event only brings along', () => {
  const say = (gap: string) =>
    `Officials said a sit-down between Modi and Xi at the BRICS summit would be their first structured bilateral talks in ${gap}.`;
  it('the leaders’ meeting gap is checked, not the visit gap of another meeting the words also cue', () => {
    expect(claimAt(say('five years'), '2024-10-21', 'five years')).toMatchObject({
      fact: 'quantity.modi-xi-formal-meeting-gap-years',
      verdict: 'consistent',
    });
    expect(claimAt(say('two years'), '2024-10-21', 'two years')).toMatchObject({
      fact: 'quantity.modi-xi-formal-meeting-gap-years',
      verdict: 'differs',
    });
  });
});

describe('a cue measures only another figure of its own unit', () => {
  const say = (tonnes: string) =>
    `China's mine output came to ${tonnes} in 2024, and it handles over 90 percent of the world's refined rare earth output.`;
  it('a percentage in the next clause does not take the tonnage’s measure away', () => {
    expect(claimAt(say('270,000 tonnes'), '2025-06-01', '270,000')).toMatchObject({
      fact: 'quantity.china-rare-earth-mine-production-2024',
      verdict: 'consistent',
    });
    expect(claimAt(say('170,000 tonnes'), '2025-06-01', '170,000')).toMatchObject({
      fact: 'quantity.china-rare-earth-mine-production-2024',
      verdict: 'differs',
    });
  });
});

describe('the verb right before a figure names its measure', () => {
  it('"refines N% of the world’s supply" is the refining share, not the mining share "supply" also cues', () => {
    const say = (share: string) =>
      `Beijing accounts for some 69% of global rare-earth mine output, but refines around ${share} of the world's supply, the agency says.`;
    expect(claimAt(say('91%'), '2025-06-01', '91%')).toMatchObject({
      fact: 'quantity.china-rare-earth-refining-share',
      verdict: 'consistent',
    });
    expect(claimAt(say('60%'), '2025-06-01', '60%')).toMatchObject({
      fact: 'quantity.china-rare-earth-refining-share',
      verdict: 'differs',
    });
  });
  it('another figure that happens to fit the record does not take the measure of the figure its verb governs', () => {
    const say = (share: string) =>
      `China refines about 93% of the world's rare earths and makes roughly ${share} of its permanent magnets.`;
    expect(claimAt(say('94%'), '2025-11-01', '94%')).toMatchObject({
      fact: 'quantity.china-magnet-manufacturing-share',
      verdict: 'consistent',
    });
    expect(claimAt(say('60%'), '2025-11-01', '60%')).toMatchObject({
      fact: 'quantity.china-magnet-manufacturing-share',
      verdict: 'differs',
    });
  });
});
