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

describe('a weekday after "a planned meeting" is the coming one (temporal-cues.ts)', () => {
  const BUSAN = 'event.trump-xi-busan-meeting';
  const PUB = '2025-10-27'; // a Monday; the Busan meeting was on Thursday 30 October
  const T =
    'Negotiators wrapped up two days of talks in Kuala Lumpur on Sunday, sketching out a framework ahead of a planned meeting between Xi Jinping and Donald Trump in South Korea on Friday.';
  it('"… ahead of a planned meeting between Xi and Trump in South Korea on Friday": the coming Friday differs', () => {
    expect(readAs(T, PUB, 'Friday')).toBe('31 Oct 2025');
    expect(claimAt(T, PUB, 'Friday')).toMatchObject({ fact: BUSAN, verdict: 'differs' });
    expect(verdictAt(T.replace('Friday', 'Thursday'), PUB, 'Thursday')).toBe('consistent');
  });
});

describe('a gap between the two events a length is recorded between (gap-length.ts)', () => {
  const LENGTH = 'quantity.ladakh-standoff-duration';
  const PUB = '2024-12-18';
  const T =
    'Troops from both sides completed their pullback from Depsang and Demchok, the last two flashpoints in the Ladakh region, on Oct. 30, more than six years after a standoff that began in May 2020.';
  it('"… completed their pullback … on Oct. 30, more than six years after a standoff that began in May 2020": differs', () => {
    expect(claimAt(T, PUB, 'six years')).toMatchObject({ fact: LENGTH, verdict: 'differs' });
    expect(verdictAt(T.replace('six years', 'four years'), PUB, 'four years')).toBe('consistent');
  });
  it('leaves alone a gap that ends at another event, named nearer the gap', () => {
    for (const t of [
      'Troops completed their pullback from Depsang and Demchok on Oct. 30, and Modi met Xi in Kazan, Russia, more than six years after a standoff that began in May 2020.',
      'Modi travelled to Tianjin for the SCO summit in August 2025, more than six years after a standoff that began in May 2020.',
    ])
      expect(verdictAt(t, PUB, 'six years')).not.toBe('differs');
  });
});
