/**
 * Trade events named by the state's act (issue #7, class paraphrase; ADR 0066), with sentences
 * written for the rules (not from the eval corpus). Each positive test fails without
 * state-act.ts; the related-fact test fails without date-ties.ts's keyword-evidence guard, the
 * announced-start tests without temporal-cues.ts's ANNOUNCED_OBJECT.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { formatInterval, parsePublished } from '../../../src/core/claims/dates';
import { findTemporal } from '../../../src/core/claims/temporal';
import { factById, matcher } from './claims-of';

const annotate = (text: string, published: string) => annotateText(text, { matcher, factById, published });

/** The fact ids of the term cards whose quote overlaps `quote` in `text`. */
function termsOn(text: string, quote: string, published: string): string[] {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in the text`);
  const end = at + quote.length;
  return annotate(text, published)
    .filter((a) => a.kind === 'term' && a.start < end && a.end > at)
    .flatMap((a) => a.factIds);
}

describe('an act of state named by its verb and object, with a date that agrees', () => {
  it('“formally suspended the export controls” is the suspension notice even where its number is named', () => {
    const text =
      'Announcement No. 70 runs to a single page.\n\nOn Friday, Beijing formally suspended the export controls on rare earths, lithium batteries and graphite that it had unveiled a month earlier.';
    expect(termsOn(text, 'formally suspended', '2025-11-10')).toContain(
      'instrument.mofcom-announcement-70-2025',
    );
  });
  it('“stopped shipping specialty fertilisers to India” is the spring halt, over the topic named as its object', () => {
    const text =
      'Between April and June, Chinese exporters stopped shipping specialty fertilisers to India while still serving other buyers.';
    expect(termsOn(text, 'stopped shipping', '2025-08-01')).toContain(
      'event.china-specialty-fertiliser-halt-india-2025',
    );
  });
  it('“granted licences to … Indian automakers to import rare-earth magnets” is the licences event, named later too', () => {
    const text =
      'Beijing has granted licences to a handful of Indian automakers to import rare-earth magnets, New Delhi confirmed on Thursday.\n\nOfficials said the licences for importing rare earth magnets came with end-use conditions.';
    expect(termsOn(text, 'granted licences', '2025-10-31')).toContain(
      'event.rare-earth-magnet-licences-indian-firms',
    );
  });
});

describe('what the act rule leaves alone', () => {
  it('another fact’s act before the words is not theirs: “pause the curbs announced on Oct. 9”', () => {
    const text =
      'Under the truce Beijing agreed to pause the curbs announced on Oct. 9 on rare earths for a year.';
    expect(termsOn(text, 'pause', '2025-11-03')).not.toContain('instrument.mofcom-october-2025-controls');
  });
  it('a subject the act befell is not the act: “shipments … to India stopped” gets no act card', () => {
    const text =
      'Between April and June, specialty fertiliser shipments to India stopped while other buyers were served.';
    expect(termsOn(text, 'stopped while', '2025-08-01')).not.toContain(
      'event.china-specialty-fertiliser-halt-india-2025',
    );
  });
});

describe('a related fact owns a bound date only where the sentence has its words', () => {
  it('“Delhi–Shanghai flights from Nov. 9”, beside the flights’ keywords, is no day of the tourist visas', () => {
    const text =
      'IndiGo’s Kolkata–Guangzhou flight took off on Sunday, the first direct passenger service between India and China in five years. The airline plans to add a Delhi–Guangzhou service from Nov. 10, and China Eastern has announced Delhi–Shanghai flights from Nov. 9.';
    const at = text.indexOf('Nov. 9');
    const claims = annotate(text, '2025-10-27').filter((a) => a.kind === 'claim' && a.start === at);
    expect(claims.flatMap((a) => a.factIds)).not.toContain('event.tourist-visas-chinese-nationals-resumed');
  });
});

describe('a start after the object of an announcing verb is read as the nearer day (ADR 0066)', () => {
  const read = (text: string) =>
    findTemporal(text, { start: 0, end: text.length }, parsePublished('2025-10-27')).map((e) =>
      e.interval ? formatInterval(e.interval) : null,
    );
  it('“has announced Mumbai–Chengdu flights from Nov. 12”, written on 27 October, is this November', () => {
    expect(read('Sichuan Airlines has announced Mumbai–Chengdu flights from Nov. 12.')).toEqual([
      '12 Nov 2025',
    ]);
  });
  it('a coordinated pair of cities is still the object', () => {
    expect(read('Air China has announced flights between Beijing and Mumbai from Nov. 12.')).toEqual([
      '12 Nov 2025',
    ]);
  });
  it('the announcing verb with its own date is still past: “announced on Nov. 12”', () => {
    expect(read('The airline announced on Nov. 12 that it would add flights.')).toEqual(['12 Nov 2024']);
  });
});
