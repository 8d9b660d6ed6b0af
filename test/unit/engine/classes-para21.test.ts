/**
 * Session 17's recall rule (issue #7, paraphrases; ADR 0041 round 21). Sentences written for the
 * rule (not from the eval corpus), each checked to fail without it.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { factById, matcher } from './claims-of';

const ASSURANCE = 'event.wang-yi-assurance-fertilisers-rare-earths-tbms';

/** The term cards overlapping `quote` in `text`, as [fact id, quote]. */
function cardsOver(text: string, quote: string, published = '2025-11-20'): [string, string][] {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in the text`);
  return annotateText(text, { matcher, factById, published })
    .filter((a) => a.kind === 'term' && a.start < at + quote.length && at < a.end)
    .map((a) => [a.factIds[0] as string, a.quote]);
}

describe('an act of commitment is carded on its verb, beside its content’s alias (“assured … that …”)', () => {
  it('“Wang had assured Jaishankar that China was addressing … tunnel-boring machines”: the verb and its complement’s opening', () => {
    const text =
      'A government official in New Delhi said Wang had assured Jaishankar that China was addressing the country’s needs for fertilisers, rare earths and tunnel-boring machines.';
    expect(cardsOver(text, 'assured')).toContainEqual([
      ASSURANCE,
      'assured Jaishankar that China was addressing',
    ]);
    // The alias keeps its own card.
    expect(cardsOver(text, 'tunnel-boring machines')).toContainEqual([ASSURANCE, 'tunnel-boring machines']);
  });
  it('the article names the assurance earlier: the verb is still carded', () => {
    const text =
      'Tunnel-boring machines from China have been stuck at ports for months.\n\nOfficials said the Chinese minister had promised that Beijing was addressing India’s fertiliser needs.';
    expect(cardsOver(text, 'promised').map(([f]) => f)).toContain(ASSURANCE);
  });
  it('a long way from the verb to the content’s first word: the verb alone', () => {
    const text =
      'Officials said Wang Yi assured his counterpart in August that the long-delayed shipments bound for India of rare earths and tunnel-boring machines would move.';
    expect(cardsOver(text, 'assured')).toContainEqual([ASSURANCE, 'assured']);
  });
  it('“that month” is a determiner, not the complement', () => {
    const text =
      'Officials said Wang Yi had assured New Delhi during his visit that month that its fertiliser needs were being met by China.';
    expect(cardsOver(text, 'assured')).toContainEqual([
      ASSURANCE,
      'assured New Delhi during his visit that month that its fertiliser',
    ]);
  });
  it('no complement of the verb holds the fact: no verb card', () => {
    const text =
      'Chinese officials assured reporters on Monday; separately, Beijing said shipments of tunnel-boring machines would resume.';
    expect(cardsOver(text, 'assured')).toEqual([]);
  });
  it('a verb of commitment that is no word of the fact’s cue (“pledged”) gives no card', () => {
    const text =
      'Wang Yi pledged that China was addressing India’s needs for fertilisers, rare earths and tunnel-boring machines.';
    expect(cardsOver(text, 'pledged')).toEqual([]);
  });
});

describe('fact base 1.2.20: “Commerce Ministry” is China’s beside the announcements it issues with China’s customs', () => {
  it('“the Ministry of Commerce and the General Administration of Customs said in Announcement No. 70 …”', () => {
    const text =
      'The Ministry of Commerce and the General Administration of Customs said in Announcement No. 70 that the measures issued on Oct. 9 would be suspended.';
    expect(cardsOver(text, 'Ministry of Commerce').map(([f]) => f)).toContain('org.mofcom');
  });
  it('“the Commerce Ministry said … superhard materials …”', () => {
    const text =
      'The Commerce Ministry said exports of superhard materials and lithium batteries would need licences from Nov. 8.';
    expect(cardsOver(text, 'Commerce Ministry').map(([f]) => f)).toContain('org.mofcom');
  });
  it('a commerce ministry with none of those words in its sentence stays uncarded', () => {
    const text =
      'Rare earth magnets from China remain scarce.\n\nThe Commerce Ministry said it would review tariffs on imported steel next month.';
    expect(cardsOver(text, 'Commerce Ministry')).toEqual([]);
  });
});
