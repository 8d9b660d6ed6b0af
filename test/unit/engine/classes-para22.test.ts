/**
 * Session 18's recall rules (issue #7, paraphrases and terms; ADR 0041 round 22). Sentences
 * written for the rules (not from the eval corpus), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { factById, matcher } from './claims-of';

const SUSPENSION = 'event.china-fertiliser-export-suspension-oct-2025';
const UREA_BAN = 'event.china-urea-export-ban-2024';

/** A lead that makes the page one about the fact base's topics (names are carded only on such pages). */
const LEAD = 'The Galwan clash of 2020 still shapes the relationship.\n\n';

/** The term cards overlapping `quote` in `text` (after LEAD), as [fact id, quote]. */
function cardsOver(sentence: string, quote: string, published = '2025-11-20'): [string, string][] {
  const text = LEAD + sentence;
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in the text`);
  return annotateText(text, { matcher, factById, published })
    .filter((a) => a.kind === 'term' && a.start < at + quote.length && at < a.end)
    .map((a) => [a.factIds[0] as string, a.quote]);
}

const factsOver = (text: string, quote: string) => cardsOver(text, quote).map(([f]) => f);

describe('cue words two events share are decided by keyword evidence far ahead for one of them', () => {
  it('“stopped shipping urea, DAP and specialty fertilisers to all markets”: the October suspension', () => {
    const text =
      'Importers in Gujarat are worried because Beijing has stopped shipping urea, DAP and specialty fertilisers to all markets until further notice.';
    expect(factsOver(text, 'stopped shipping')).toContain(SUSPENSION);
    expect(factsOver(text, 'stopped shipping')).not.toContain(UREA_BAN);
  });
  it('two keywords are no description: “eased curbs on … fertilisers to India” stays uncarded', () => {
    const text =
      'Beijing has declined to confirm Indian reports that it has eased curbs on exports of rare earths and fertilisers to India.';
    expect(factsOver(text, 'eased curbs')).toEqual([]);
  });
  it('a stronger reading by keywords alone of the same words leaves them uncarded', () => {
    // "halt … urea" is the urea ban's cue, but the keywords (urea, DAP, specialty fertiliser,
    // "no end date") read the October suspension at least as strongly.
    const text = 'The halt covers urea, specialty fertilisers and DAP, and has no end date.';
    expect(factsOver(text, 'halt covers')).not.toContain(UREA_BAN);
  });
  it('a cue with no keyword lead over its rival stays uncarded, as before', () => {
    const text = 'China stopped urea shipments, traders said.';
    expect(factsOver(text, 'stopped urea')).toEqual([]);
  });
});

describe('an alias two countries’ contexts both meet belongs to its possessor or the place “in” names', () => {
  const MEA = 'org.mea';
  const CHINA_FM = 'org.china-foreign-ministry';
  it('“In India, the foreign ministry confirmed … Chinese licences”: India’s', () => {
    const text =
      'In India, the foreign ministry confirmed on Thursday that several firms had received Chinese licences for magnets.';
    expect(factsOver(text, 'foreign ministry')).toEqual([MEA]);
  });
  it('“New Delhi’s foreign ministry … from China”: India’s', () => {
    const text = 'New Delhi’s foreign ministry said the shipments from China had begun to arrive.';
    expect(factsOver(text, 'foreign ministry')).toEqual([MEA]);
  });
  it('“Asked about curbs on India, the foreign ministry in Beijing said”: China’s', () => {
    const text =
      'Asked about curbs on India, the foreign ministry in Beijing said it had nothing to add on fertiliser exports.';
    expect(factsOver(text, 'foreign ministry')).toEqual([CHINA_FM]);
  });
  it('with no possessor and no “in”, the first met, as before', () => {
    const text = 'The foreign ministry said China and India would keep talking.';
    expect(factsOver(text, 'foreign ministry')).toEqual([CHINA_FM]);
  });
});

describe('an organisation’s context alias is carded where its sentence dates one of its instruments in agreement', () => {
  const MOFCOM = 'org.mofcom';
  it('“Its Commerce Ministry … the rare-earth controls it unveiled on Oct. 9”: MOFCOM', () => {
    const text =
      'Its Commerce Ministry has confirmed that it will pause for one year the rare-earth controls it unveiled on Oct. 9.';
    expect(factsOver(text, 'Commerce Ministry')).toEqual([MOFCOM]);
  });
  it('another owner before the name (“The Indian Commerce Ministry”): no card', () => {
    const text =
      'The Indian Commerce Ministry said the rare-earth controls unveiled on Oct. 9 had hurt exporters.';
    expect(factsOver(text, 'Commerce Ministry')).toEqual([]);
  });
  it('no instrument of the ministry dated in the sentence: no card, as before', () => {
    const text = 'The Commerce Ministry said exports of rice rose in October.';
    expect(factsOver(text, 'Commerce Ministry')).toEqual([]);
  });
});
