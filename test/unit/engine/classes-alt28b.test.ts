/**
 * Altered gaps in years that got no claim (issue #7, ADR 0108). Sentences written for the rules (not
 * the corpus text), each `differs` test checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const VISA_GAP = 'quantity.tourist-visa-gap-years'; // five years, to July 2025
const FLIGHTS_GAP = 'quantity.direct-flights-gap-years'; // five years, to Oct 2025
const YATRA_GAP = 'quantity.kailash-yatra-gap-years'; // about five years, to 2025

const visas = (n: string) =>
  `New Delhi restarted tourist visas for Chinese nationals on July 24 after a ${n} pause, Indian pilgrims went back to Mount Kailash in June for the first time since 2019, and the two sides agreed to restore flights.`;

describe('rule 1: the subject reading settles a rival the whole-cue reading doubted', () => {
  it('a wrong pause of the visas, with the pilgrimage’s gap in the next clause: differs of the visas’ gap', () => {
    const c = claimAt(visas('two-year'), '2025-08-01', 'two-year');
    expect(c).toMatchObject({ fact: VISA_GAP, verdict: 'differs' });
  });
  it('the right pause stays consistent, and the pilgrimage’s “since 2019” stays its own', () => {
    expect(claimAt(visas('five-year'), '2025-08-01', 'five-year')).toMatchObject({
      fact: VISA_GAP,
      verdict: 'consistent',
    });
    expect(claimAt(visas('five-year'), '2025-08-01', 'since 2019')).toMatchObject({
      fact: YATRA_GAP,
      verdict: 'consistent',
    });
  });
});

const flight = (when: string, n: string) =>
  `A jet bound for Guangzhou left Kolkata${when}, the first scheduled nonstop passenger service between India and China in ${n}.`;

describe('rule 2: an event told by its words and dated rightly owns its one recorded gap', () => {
  it('a wrong gap of the flights, the flight dated on its day: differs of the flights’ gap', () => {
    expect(claimAt(flight(' late on Sunday', 'nine years'), '2025-10-27', 'nine years')).toMatchObject({
      fact: FLIGHTS_GAP,
      verdict: 'differs',
    });
  });
  it('the right gap stays consistent', () => {
    expect(claimAt(flight(' late on Sunday', 'five years'), '2025-10-27', 'five years')).toMatchObject({
      fact: FLIGHTS_GAP,
      verdict: 'consistent',
    });
  });
  it('undated, or dated on another day, the words alone do not make the gap wrong', () => {
    expect(claimAt(flight('', 'nine years'), '2025-10-27', 'nine years')).toBeNull();
    expect(
      claimAt(flight(' on Tuesday', 'nine years'), '2025-10-27', 'nine years')?.verdict ?? null,
    ).not.toBe('differs');
  });
});

const INDIA_MINED = 'quantity.india-rare-earth-mine-production-2024'; // 2,900 t
const CHINA_MINED = 'quantity.china-rare-earth-mine-production-2024'; // 270,000 t

describe('rule 3: a figure whose clause names no country is the sentence subject’s country’s', () => {
  const opening = (n: string) =>
    `India sits on some 6.9 million tons of rare-earth reserves, according to the USGS, but mined only ${n} tons in 2024, a fraction of China's 270,000.`;
  it('“India …, but mined only 29,000 tons … China’s 270,000”: differs of India’s output, not China’s', () => {
    expect(claimAt(opening('29,000'), '2025-06-01', '29,000')).toMatchObject({
      fact: INDIA_MINED,
      verdict: 'differs',
    });
  });
  const anaphora = (n: string) =>
    `India is a case in point. The country sits on 6.9 million tons of rare-earth reserves, yet it mined only ${n} tons last year. Chinese magnet shipments to India fell sharply in May.`;
  it('“The country …” after a sentence about India: India’s output', () => {
    expect(claimAt(anaphora('29,000'), '2025-06-01', '29,000')).toMatchObject({
      fact: INDIA_MINED,
      verdict: 'differs',
    });
    expect(claimAt(anaphora('2,900'), '2025-06-01', '2,900')).toMatchObject({
      fact: INDIA_MINED,
      verdict: 'consistent',
    });
  });
  it('a country named in the figure’s own clause still owns it', () => {
    const t =
      'India sits on some 6.9 million tons of rare-earth reserves, while China mined about 270,000 tons of rare earths in 2024.';
    expect(claimAt(t, '2025-06-01', '270,000')).toMatchObject({ fact: CHINA_MINED, verdict: 'consistent' });
  });
});

const PLA_KILLED = 'quantity.galwan-pla-soldiers-killed'; // 4, as acknowledged by China (19 Feb 2021)

describe('rule 4: the date of the event a count is recorded by is not the count’s period', () => {
  const acknowledged = (n: string, when: string) =>
    `Twenty Indian soldiers died in the Galwan Valley in June 2020; China acknowledged ${n} deaths among its troops in ${when}.`;
  it('“China acknowledged nine deaths … in February 2021”: differs of the acknowledged count', () => {
    expect(claimAt(acknowledged('nine', 'February 2021'), '2025-06-01', 'nine')).toMatchObject({
      fact: PLA_KILLED,
      verdict: 'differs',
    });
  });
  it('the right count stays consistent; a date the acknowledgement does not fit still doubts', () => {
    expect(claimAt(acknowledged('four', 'February 2021'), '2025-06-01', 'four')).toMatchObject({
      fact: PLA_KILLED,
      verdict: 'consistent',
    });
    expect(claimAt(acknowledged('nine', 'May 2023'), '2025-06-01', 'nine')?.verdict ?? null).not.toBe(
      'differs',
    );
  });
});
