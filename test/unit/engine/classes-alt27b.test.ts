/**
 * Session 27 (alt27b, ADR 0095): altered relative dates and gaps that got no claim once wrong.
 * Sentences written for the rules (not from the eval corpus), each checked to fail without its
 * rule, and sentences they must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { formatInterval, parsePublished } from '../../../src/core/claims/dates';
import { findTemporal } from '../../../src/core/claims/temporal';
import { claimAt } from './claims-of';

const verdictAt = (text: string, published: string, quote: string) =>
  claimAt(text, published, quote)?.verdict ?? null;

const readAs = (text: string, published: string, quote: string) => {
  const at = text.indexOf(quote);
  const e = findTemporal(text, { start: 0, end: text.length }, parsePublished(published)).find(
    (x) => x.start <= at && at < x.end,
  );
  return e?.interval ? formatInterval(e.interval) : null;
};

describe('a weekday in a clause of intention is the coming one (temporal-cues.ts)', () => {
  const FLIGHTS = 'event.direct-flights-resumed';
  const PUB = '2025-10-21'; // a Tuesday; flights resumed on Sunday 26 October
  const T =
    'Modi met Xi in Tianjin on Aug. 31, and IndiGo plans to resume direct flights between Kolkata and Guangzhou on Wednesday.';
  it('"… and IndiGo plans to resume direct flights … on Wednesday", after a past clause: the coming Wednesday', () => {
    expect(readAs(T, PUB, 'Wednesday')).toBe('22 Oct 2025');
    expect(claimAt(T, PUB, 'Wednesday')).toMatchObject({ fact: FLIGHTS, verdict: 'differs' });
    expect(verdictAt(T.replace('Wednesday', 'Sunday'), PUB, 'Sunday')).toBe('consistent');
  });
  it('leaves alone a weekday whose clause has a later tense cue', () => {
    // The past verb after the intention is the weekday's tense ("planned to … but flew on Friday").
    expect(
      readAs('IndiGo plans to add routes, and it said on Monday that talks went well.', PUB, 'Monday'),
    ).toBe('20 Oct 2025');
  });
});
