/**
 * Words the text gives to something else meet no alias's context (ADR 0093): sentences written for
 * the rules (not from the eval corpus or the stress sets), each checked to fail without its rule.
 * Short texts (fewer than five sentences), so the off-topic page rule of ADR 0059 does not decide them.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { factById, matcher } from './claims-of';

const STANDOFF = 'event.lac-standoff-2020';
const records = (text: string) => annotateText(text, { matcher, factById, published: '2025-06-10' });
const factsOf = (text: string) => new Set(records(text).flatMap((r) => r.factIds));

describe('a case-sensitive alias in another case is no context word (terms.ts)', () => {
  it('"lac" in lower case (the resin) is not the case-sensitive LAC, nor a context for "stand-off"', () => {
    const text = 'A stand-off between lac farmers and varnish makers over prices entered its third week.';
    expect(matcher.find(text).map((t) => t.factId)).not.toContain(STANDOFF);
  });
  it('the LAC read as the line still makes the standoff the Ladakh one', () => {
    const text = 'Indian and Chinese troops ended the standoff at the LAC after talks in Beijing.';
    expect(matcher.find(text).map((t) => t.factId)).toContain(STANDOFF);
  });
});

describe('an acronym the text spells out as something else is no context word (annotate.ts)', () => {
  it('"LAC" spelt out as a rowing club does not make "standoff" the Ladakh one', () => {
    const text =
      'The Lower Arun Crew (LAC) ended a long standoff with the council over its boathouse lease. The crew will now repaint the sheds.';
    expect(factsOf(text).has(STANDOFF)).toBe(false);
    expect(records(text)).toEqual([]);
  });
  it('"LAC (Lakeside Angling Circle)" neither, even beside China', () => {
    const text =
      'Members of LAC (Lakeside Angling Circle) ended their standoff over carp quotas; the new rods came from China.';
    expect(factsOf(text).has(STANDOFF)).toBe(false);
  });
  it('the Line of Actual Control spelt out keeps its acronym', () => {
    const text = 'The standoff along the Line of Actual Control (LAC) eased after the talks.';
    expect(factsOf(text).has(STANDOFF)).toBe(true);
  });
});

describe('a name another bearer has is no context word (annotate.ts)', () => {
  it('"keeper Nima Galwan" does not make "standoff" the Ladakh one', () => {
    const text =
      'Keeper Nima Galwan saved two penalties as the standoff in the shoot-out dragged on. The club celebrated late into the night.';
    expect(factsOf(text).has(STANDOFF)).toBe(false);
    expect(factsOf(text).has('place.galwan-valley')).toBe(false);
  });
  it('a text that names the valley itself keeps the standoff', () => {
    const text = 'Troops pulled back from the Galwan Valley as the standoff eased.';
    expect(factsOf(text).has(STANDOFF)).toBe(true);
  });
});

describe('a figure another change made, beside a record after a change the other way (former-value.ts)', () => {
  const FENTANYL = 'quantity.us-fentanyl-tariff-after-busan';
  const verdictOf = (text: string, published: string) =>
    annotateText(text, { matcher, factById, published }).find(
      (r) => r.kind === 'claim' && r.factIds[0] === FENTANYL,
    )?.verdict ?? null;
  it('"the levy had been hiked to 20%" is the value after the spring raise, not the cut: no differs', () => {
    expect(verdictOf('By the summer the fentanyl levy had been hiked to 20%.', '2025-11-28')).toBe('context');
  });
  it('"a rise to 20%" as a noun, too', () => {
    expect(verdictOf('The fentanyl tariff saw a rise to 20% in the spring.', '2025-11-28')).toBe('context');
  });
  it("the record's own change stated wrongly still differs", () => {
    expect(verdictOf('At Busan the US trimmed the fentanyl tariff to 15%.', '2025-11-28')).toBe('differs');
    expect(verdictOf('Washington reduced its fentanyl duty to 10%.', '2025-11-28')).toBe('consistent');
  });
});
