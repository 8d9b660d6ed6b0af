/**
 * ADR 0170, on sentences written for it (not from the eval corpus): a day said by the issuing verb
 * of a noun phrase for an instrument ("six notices published on Oct. 21") is that instrument's issue
 * day; the instrument is the one the words name, never the one the day fits, and a day that fits no
 * instrument is called wrong.
 */
import { describe, expect, it } from 'vitest';
import { claimAt, claims } from './claims-of';

const OCTOBER = 'instrument.mofcom-october-2025-controls'; // 9 Oct 2025, superseded by No. 70
const PUB = '2025-11-12';
const onHold = (d: string) =>
  `Announcement No. 70 puts on hold, for one year, six notices published on ${d} by the commerce ministry.`;
const differsOn = (t: string, quote: string) =>
  claims(t, PUB).filter((c) => c.quote.includes(quote) && c.verdict === 'differs');

describe('the issue day of the instrument the noun phrase names', () => {
  it('"No. 70 puts on hold … six notices published on Oct. 21": differs on the October controls No. 70 supersedes', () => {
    expect(claimAt(onHold('Oct. 21'), PUB, 'Oct. 21')).toMatchObject({ fact: OCTOBER, verdict: 'differs' });
  });
  it('the right day is confirmed (ADR 0084), not called wrong', () => {
    expect(claimAt(onHold('Oct. 9'), PUB, 'Oct. 9')?.verdict).not.toBe('differs');
  });
  it('property: whatever the day, the instrument checked is the same one', () => {
    for (const d of ['Sept. 30', 'Oct. 2', 'Oct. 14', 'Oct. 21', 'Oct. 28'])
      expect(claimAt(onHold(d), PUB, d), d).toMatchObject({ fact: OCTOBER, verdict: 'differs' });
  });
});

describe('what the rule leaves alone', () => {
  it('a weekday ("six notices published on Tuesday"): no claim', () => {
    expect(claimAt(onHold('Tuesday'), PUB, 'Tuesday')).toBeNull();
  });
  it('a phrase named by another month ("the April curbs, imposed on 4 April 2024"): no differs', () => {
    const t =
      "Friday's notice suspends the six October announcements until 10 Nov 2026, but the April curbs, imposed on 4 April 2024, stay in force.";
    expect(differsOn(t, '4 April')).toEqual([]);
  });
  it('no instrument named in the sentence or the paragraph ("the measures the ministry published on Oct. 14"): no differs', () => {
    const t =
      'Officials said the rare-earth measures the ministry published on Oct. 14 would not affect India.';
    expect(differsOn(t, 'Oct. 14')).toEqual([]);
  });
  it('a noun phrase whose words name two instruments: no differs', () => {
    const t =
      'Analysts compared the April licensing regime with the October export controls, both issued on Oct. 14 according to one trade body.';
    expect(differsOn(t, 'Oct. 14')).toEqual([]);
  });
});
