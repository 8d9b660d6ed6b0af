/**
 * Session 16's engine rules (issue #7), each with sentences written for the rule (not from the
 * eval corpus or the stress sets), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

describe('an event named inside an earlier gap’s phrase is that gap’s anchor, not a later gap’s event', () => {
  it('"came six weeks after Jaishankar’s visit … and thirteen days after Wang Yi’s talks": no claim on the visit', () => {
    const text =
      'The Tianjin trip by Modi came six weeks after Jaishankar’s visit to China and thirteen days after Wang Yi’s talks in New Delhi.';
    const c = claimAt(text, '2025-09-02', 'thirteen days after');
    expect(c?.fact ?? null).not.toBe('event.jaishankar-china-visit-jul-2025');
    expect(c?.verdict ?? null).not.toBe('differs');
  });
  it('"a month and a half after" opens such a phrase too', () => {
    const text =
      'Modi’s Tianjin trip came a month and a half after Jaishankar’s July visit to China and two weeks after the talks Wang Yi held in New Delhi.';
    expect(claimAt(text, '2025-09-02', 'two weeks after')?.verdict ?? null).not.toBe('differs');
  });
});

describe('a cue word that heads another event’s short name is that event’s word there', () => {
  it('a length beside "the specialty-fertiliser halt" is not the export controls’ pause ("halt + restrictions")', () => {
    const text =
      'The specialty-fertiliser halt, in force for about three months, followed years of on-and-off restrictions.';
    const c = claimAt(text, '2025-07-10', 'about three months');
    expect(c?.fact ?? null).not.toBe('quantity.october-controls-pause-years');
    expect(c?.verdict ?? null).not.toBe('differs');
  });
  it('a date of a regime the sentence names beside "the halt in specialty-fertiliser shipments" is not the urea ban’s', () => {
    const text =
      'The halt in specialty-fertiliser shipments to India extends an inspection regime for fertilisers that China set up in October 2021.';
    expect(claimAt(text, '2025-07-10', 'October 2021')?.verdict ?? null).not.toBe('differs');
  });
  it('the pause’s own length stated wrong is still wrong', () => {
    const text = 'China’s halt of its October export restrictions is to last three months.';
    expect(claimAt(text, '2025-11-10', 'three months')?.verdict).toBe('differs');
  });
});

describe('a totalising modifier names the whole, not the record’s part', () => {
  it('"the combined US tariff … is about 47%" is not the fentanyl tariff', () => {
    const text = 'After the fentanyl tariff cut, the combined US tariff on Chinese imports is about 47%.';
    expect(claimAt(text, '2025-11-05', 'about 47%')?.verdict ?? null).not.toBe('differs');
  });
  it('"a world total the USGS puts at" is the total itself, still checked', () => {
    const text =
      'China mined about 270,000 tons of rare-earth oxide in 2024, out of a world total the U.S. Geological Survey puts at roughly 300,000 tons.';
    expect(claimAt(text, '2025-08-01', 'roughly 300,000 tons')?.verdict).toBe('differs');
  });
});

describe('a gap "since" a month is counted in months', () => {
  it('"the first since Dec. 2019", written on 3 January 2025, is five years, not six', () => {
    const text =
      'The Special Representatives talks held last month in Beijing were the first since Dec. 2019.';
    const c = claimAt(text, '2025-01-03', 'Dec. 2019');
    expect(c?.fact).toBe('quantity.sr-talks-gap-years');
    expect(c?.verdict).toBe('consistent');
  });
});

describe('a relative clause of a span’s course dates the named noun', () => {
  it('"the SCO summit in Tianjin, which ends on September 1" is the summit’s day, not the Modi–Xi meeting’s', () => {
    const text =
      'Xi will host Modi on August 31 during the SCO summit in Tianjin, which ends on September 1.';
    const c = claimAt(text, '2025-08-25', 'September 1');
    expect(c?.fact).toBe('event.sco-summit-tianjin-2025');
    expect(c?.verdict).toBe('consistent');
  });
});

describe('a date years from every close candidate is a third event’s', () => {
  it('"an earlier round … had been held in New Delhi in December 2019" gets no card naming the Kazan meeting', () => {
    const text =
      'An earlier round of the special representatives’ talks had been held in New Delhi in December 2019.';
    expect(claimAt(text, '2024-12-20', 'December 2019')?.fact ?? null).not.toBe(
      'event.kazan-modi-xi-meeting',
    );
  });
  it('a date near one candidate keeps its card (a possible error of that one)', () => {
    const text = 'Modi and Xi met in Kazan on October 25, 2024, on the sidelines of the BRICS summit.';
    expect(claimAt(text, '2024-12-20', 'October 25, 2024')?.verdict).toBe('differs');
  });
});
