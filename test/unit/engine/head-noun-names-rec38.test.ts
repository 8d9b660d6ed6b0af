/**
 * ADR 0160: an instrument's dated name with another head noun ("the April regime", "the October
 * package") is carded as that instrument at its first naming, under the alias's context, clear of
 * every card; a card only, never a name the claim engine reads. Sentences written for the rule, not
 * from the eval corpus.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { headNounForms } from '../../../src/core/claims/head-noun-names';
import { annotationsOn, claims, factById, matcher } from './claims-of';

const APRIL = 'instrument.mofcom-announcement-18-2025';
const OCTOBER = 'instrument.mofcom-october-2025-controls';
const PUBLISHED = '2025-11-12';
const termsOn = (t: string, quote: string) =>
  annotationsOn(t, quote, PUBLISHED)
    .filter((a) => a.kind === 'term')
    .flatMap((a) => a.factIds);
const termsOf = (t: string, fact: string) =>
  annotateText(t, { matcher, factById, published: PUBLISHED }).filter(
    (a) => a.kind === 'term' && a.factIds[0] === fact,
  );

describe('a dated instrument named with another head noun', () => {
  it('"the April regime" beside rare earths is the April instrument', () => {
    const t =
      'After the Busan meeting, Beijing said nothing of the April regime, which still covers seven heavy rare earths.';
    expect(termsOn(t, 'April regime')).toContain(APRIL);
  });
  it('"the October package" beside rare earths is the October controls', () => {
    const t =
      'After the Busan meeting, lawyers said most of the October package on rare earths and lithium batteries would never take effect.';
    expect(termsOn(t, 'October package')).toContain(OCTOBER);
  });
  it('"Beijing\'s April curbs" beside rare-earth magnets', () => {
    const t =
      "After the Busan meeting, Indian buyers of rare-earth magnets asked whether Beijing's April curbs would be eased too.";
    expect(termsOn(t, 'April curbs')).toContain(APRIL);
  });
  it("no card where its date is already carded as the instrument's (the name is read there)", () => {
    const t =
      'After the Busan meeting, component makers in Pune are still queuing for permits under the April regime on rare-earth magnets.';
    expect(claims(t, PUBLISHED).some((c) => c.quote === 'April' && c.fact === APRIL)).toBe(true);
    expect(termsOf(t, APRIL)).toEqual([]);
  });
  it('"export" before the new head noun: "the October export measures"', () => {
    const t =
      'After the Busan meeting, traders had stopped bracing for the October export measures covering rare-earth refining equipment.';
    expect(termsOn(t, 'October export measures')).toContain(OCTOBER);
  });
  it("not without the alias's context words", () => {
    const t =
      'After the Busan meeting, the October package of tax cuts sailed through parliament with little debate.';
    expect(termsOf(t, OCTOBER)).toEqual([]);
  });
  it('only at the first naming: a later "April regime" after "the April controls" is no second card', () => {
    const t =
      'After the Busan meeting, the April controls on rare earths still bind carmakers. Half a year on, the April regime still decides who gets magnets.';
    const cards = termsOf(t, APRIL);
    expect(cards.map((c) => c.quote)).toEqual(['April controls']);
  });
  it('an undated name keeps its own noun: "sweeping rules" is not "sweeping controls"', () => {
    expect(headNounForms('sweeping controls')).toEqual([]);
    expect(headNounForms('April controls')).toContain('April regime');
    expect(headNounForms('Oct. 9 curbs')).toContain('Oct. 9 package');
  });
  it('a card only: the date of the act stays with the act, not the renamed instrument', () => {
    const t =
      'After the Busan meeting, MOFCOM said on Nov. 7 that the October rules on rare earths would be paused for a year.';
    expect(termsOn(t, 'October rules')).toContain(OCTOBER);
    expect(claims(t, PUBLISHED).filter((c) => c.fact === OCTOBER && c.verdict === 'differs')).toEqual([]);
  });
});
