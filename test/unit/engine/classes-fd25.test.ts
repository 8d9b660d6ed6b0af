/**
 * Session 25's fd25 rules (ADR 0081), each with sentences written for the rule (not from the eval
 * corpus or the stress sets), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt, claims } from './claims-of';

const MINE = 'quantity.china-rare-earth-mine-share-2024';

describe('a figure another source gives is not the record source’s figure stated wrong (figure-source.ts)', () => {
  it('"according to the IEA" beside a USGS record: context, with the other source named', () => {
    const c = claimAt(
      "According to the IEA, China's share of world rare-earth mining is about 49%.",
      '2025-04-10',
      '49%',
    );
    expect(c).toMatchObject({ fact: MINE, verdict: 'context' });
    expect(c?.reasons).toContain('other-source');
  });
  it('"by IEA estimates" and "the IEA, which put … at" attribute the figure too', () => {
    for (const text of [
      "China's share of world rare-earth mining stood at about 49%, by IEA estimates.",
      "The figures come from the International Energy Agency, which put China's share of rare-earth mining at 55%.",
    ]) {
      const c = claimAt(text, '2025-04-10', '%');
      expect(c?.verdict).toBe('context');
      expect(c?.reasons).toContain('other-source');
    }
  });
  it('the record’s own source named: still differs', () => {
    expect(
      claimAt(
        "According to the USGS, China's share of world rare-earth mining is about 49%.",
        '2025-04-10',
        '49%',
      )?.verdict,
    ).toBe('differs');
    expect(
      claimAt("China's share of world rare-earth mining is about 49%, USGS data show.", '2025-04-10', '49%')
        ?.verdict,
    ).toBe('differs');
  });
  it('an attribution in another clause goes to its own figure: "The USGS puts … at 49%, while the IEA gives 62%"', () => {
    const text = "The USGS puts China's share of rare-earth mining at 49%, while the IEA gives 62%.";
    expect(claimAt(text, '2025-04-10', '49%')?.verdict).toBe('differs');
  });
  it('an attribution trailing an earlier figure is that figure’s ("…, according to the USGS, and for about 60% of refining")', () => {
    const text =
      "China produced about 69% of the world's rare-earth mine output in 2024, according to the USGS, and handled about 60% of rare-earth refining.";
    expect(claimAt(text, '2025-04-10', '60%')?.verdict).toBe('differs');
  });
  it('two sources joined ("IEA and USGS data show") include the record’s source', () => {
    const text =
      "China mines about 69% of the world's rare earths and refines about 55%, IEA and USGS data show.";
    expect(claimAt(text, '2025-04-10', '55%')?.verdict).toBe('differs');
  });
});

describe('"that year" is the year named before it (figure-period.ts otherPeriod)', () => {
  it('a share given for "that year" after 2023 is another period’s figure', () => {
    const c = claimAt(
      "Output rose sharply in 2023, and China's share of world rare-earth mining that year was 62%.",
      '2025-04-10',
      '62%',
    );
    expect(c).toMatchObject({ fact: MINE, verdict: 'context' });
    expect(c?.reasons).toContain('other-period');
  });
  it('without "that year" the same share differs', () => {
    expect(
      claimAt(
        "Output rose sharply, and China's share of world rare-earth mining was 62%.",
        '2025-04-10',
        '62%',
      )?.verdict,
    ).toBe('differs');
  });
});

describe('a reporting date is the statement’s: another side’s statement, or an unnamed speaker, is not the record’s', () => {
  const LICENCES = 'event.rare-earth-magnet-licences-indian-firms';
  const differs = (text: string, published: string) =>
    claims(text, published).filter((c) => c.verdict === 'differs');
  it('"Beijing confirmed on Tuesday that some Indian companies had received licences …" is no false differs', () => {
    const text =
      'Beijing confirmed on Tuesday that some Indian companies had received licences to import rare-earth magnets.';
    for (const published of ['2025-11-20', '2025-10-30', '2025-11-05'])
      expect(differs(text, published)).toEqual([]);
  });
  it('nor is "Beijing said on Monday …" or "China confirmed on Friday …"', () => {
    expect(
      differs(
        'Beijing said on Monday that Indian firms had been given licences to import rare-earth magnets.',
        '2025-11-20',
      ),
    ).toEqual([]);
    expect(
      differs(
        'China confirmed on Friday that some Indian companies had obtained licences to import rare-earth magnets.',
        '2025-12-02',
      ),
    ).toEqual([]);
  });
  it('"China’s commerce ministry said on Thursday …" (a body of the other side): no differs on the licences', () => {
    const c = claimAt(
      'China’s Commerce Ministry said on Thursday that several Indian firms had received licences to import rare-earth magnets.',
      '2025-11-20',
      'Thursday',
    );
    expect(c?.fact === LICENCES && c.verdict === 'differs').toBe(false);
  });
  it('the record’s announcer, named or by surname, or his country after a dateline’s dash, still differs', () => {
    expect(
      claimAt(
        'Jaiswal confirmed on Monday that some Indian companies had received licences to import rare-earth magnets.',
        '2025-10-31',
        'Monday',
      )?.verdict,
    ).toBe('differs');
    expect(
      claimAt(
        'NEW DELHI, Oct 31 - India said on Tuesday that some Indian companies had received licences to import rare-earth magnets.',
        '2025-10-31',
        'Tuesday',
      )?.verdict,
    ).toBe('differs');
  });
});
