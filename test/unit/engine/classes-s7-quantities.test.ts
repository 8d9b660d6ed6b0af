/**
 * Session 7's quantity rules (issue #7: figures, measures, durations, recency), each with
 * sentences written for the rule (not from the eval corpus), each checked to fail without it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

describe('a duration’s own unit word does not tie it to a quantity counted in years', () => {
  const say = (gap: string) =>
    `Doval and Wang met in Beijing for the first Special Representatives meeting in ${gap}, weeks after a deal that ended the standoff in Ladakh.`;
  it('"in five years" is the talks’ gap, not the standoff’s length', () => {
    expect(claimAt(say('five years'), '2024-12-20', 'five years')).toMatchObject({
      fact: 'quantity.sr-talks-gap-years',
      verdict: 'consistent',
    });
    expect(claimAt(say('two years'), '2024-12-20', 'two years')).toMatchObject({
      fact: 'quantity.sr-talks-gap-years',
      verdict: 'differs',
    });
  });
});

describe('a gap cued by its own words outweighs one an event only brings along', () => {
  const say = (gap: string) =>
    `Officials said a sit-down between Modi and Xi at the BRICS summit would be their first structured bilateral talks in ${gap}.`;
  it('the leaders’ meeting gap is checked, not the visit gap of another meeting the words also cue', () => {
    expect(claimAt(say('five years'), '2024-10-21', 'five years')).toMatchObject({
      fact: 'quantity.modi-xi-formal-meeting-gap-years',
      verdict: 'consistent',
    });
    expect(claimAt(say('two years'), '2024-10-21', 'two years')).toMatchObject({
      fact: 'quantity.modi-xi-formal-meeting-gap-years',
      verdict: 'differs',
    });
  });
});

describe('a cue measures only another figure of its own unit', () => {
  const say = (tonnes: string) =>
    `China's mine output came to ${tonnes} in 2024, and it handles over 90 percent of the world's refined rare earth output.`;
  it('a percentage in the next clause does not take the tonnage’s measure away', () => {
    expect(claimAt(say('270,000 tonnes'), '2025-06-01', '270,000')).toMatchObject({
      fact: 'quantity.china-rare-earth-mine-production-2024',
      verdict: 'consistent',
    });
    expect(claimAt(say('170,000 tonnes'), '2025-06-01', '170,000')).toMatchObject({
      fact: 'quantity.china-rare-earth-mine-production-2024',
      verdict: 'differs',
    });
  });
});

describe('the verb right before a figure names its measure', () => {
  it('"refines N% of the world’s supply" is the refining share, not the mining share "supply" also cues', () => {
    const say = (share: string) =>
      `Beijing accounts for some 69% of global rare-earth mine output, but refines around ${share} of the world's supply, the agency says.`;
    expect(claimAt(say('91%'), '2025-06-01', '91%')).toMatchObject({
      fact: 'quantity.china-rare-earth-refining-share',
      verdict: 'consistent',
    });
    expect(claimAt(say('60%'), '2025-06-01', '60%')).toMatchObject({
      fact: 'quantity.china-rare-earth-refining-share',
      verdict: 'differs',
    });
  });
  it('another figure that happens to fit the record does not take the measure of the figure its verb governs', () => {
    const say = (share: string) =>
      `China refines about 93% of the world's rare earths and makes roughly ${share} of its permanent magnets.`;
    expect(claimAt(say('94%'), '2025-11-01', '94%')).toMatchObject({
      fact: 'quantity.china-magnet-manufacturing-share',
      verdict: 'consistent',
    });
    expect(claimAt(say('60%'), '2025-11-01', '60%')).toMatchObject({
      fact: 'quantity.china-magnet-manufacturing-share',
      verdict: 'differs',
    });
  });
});

describe('figures of a story named in the paragraph (fact base cues with a paragraph condition)', () => {
  const yatra = (pilgrims: string, applicants: string) =>
    `The Kailash Mansarovar Yatra returns this summer after a long break. Officials said ${pilgrims} were selected by lottery from ${applicants}.`;
  it('the pilgrims chosen and the applicants of a yatra paragraph are checked, each against its own count', () => {
    const right = yatra('750 pilgrims', '5,561 applicants');
    expect(claimAt(right, '2025-05-25', '750')).toMatchObject({
      fact: 'quantity.kailash-yatra-2025-pilgrims',
      verdict: 'consistent',
    });
    expect(claimAt(right, '2025-05-25', '5,561')).toMatchObject({
      fact: 'quantity.kailash-yatra-2025-applicants',
      verdict: 'consistent',
    });
    const wrong = yatra('950 yatris', '7,561 applicants');
    expect(claimAt(wrong, '2025-05-25', '950')).toMatchObject({
      fact: 'quantity.kailash-yatra-2025-pilgrims',
      verdict: 'differs',
    });
    expect(claimAt(wrong, '2025-05-25', '7,561')).toMatchObject({
      fact: 'quantity.kailash-yatra-2025-applicants',
      verdict: 'differs',
    });
  });
  it('"its mines" and "reserves" in a paragraph about India’s rare earths are India’s figures', () => {
    const say = (output: string, reserves: string) =>
      `India sits on large rare-earth deposits. Yet its mines yielded only about ${output} last year, the survey says. It holds reserves of ${reserves}.`;
    const right = say('2,900 tonnes', '6.9 million tonnes');
    expect(claimAt(right, '2025-03-15', '2,900')).toMatchObject({
      fact: 'quantity.india-rare-earth-mine-production-2024',
      verdict: 'consistent',
    });
    expect(claimAt(right, '2025-03-15', '6.9 million')?.verdict).toBe('consistent');
    const wrong = say('4,900 tonnes', '9.6 million tonnes');
    expect(claimAt(wrong, '2025-03-15', '4,900')?.verdict).toBe('differs');
    expect(claimAt(wrong, '2025-03-15', '9.6 million')).toMatchObject({
      fact: 'quantity.india-rare-earth-reserves',
      verdict: 'differs',
    });
  });
  it('"the two leaders" of a paragraph naming Trump and Xi have the Trump–Xi gap', () => {
    const say = (gap: string) =>
      `Trump is due to meet Xi in South Korea on Thursday. It would be the first face-to-face encounter between the two leaders in ${gap}.`;
    expect(claimAt(say('six years'), '2025-10-27', 'six years')).toMatchObject({
      fact: 'quantity.trump-xi-meeting-gap-years',
      verdict: 'consistent',
    });
    expect(claimAt(say('three years'), '2025-10-27', 'three years')).toMatchObject({
      fact: 'quantity.trump-xi-meeting-gap-years',
      verdict: 'differs',
    });
  });
});

describe('"from X" is the value before a change only when an earlier value is what it changed to', () => {
  it('"750 picked from 7,561 applicants" checks the applicants; "cut to 10% from 20%" still skips the 20%', () => {
    const text =
      'The Kailash Mansarovar Yatra returns this summer. In all 750 pilgrims were picked in a draw from 7,561 applicants.';
    expect(claimAt(text, '2025-05-25', '7,561')?.verdict).toBe('differs');
    const cut = 'After Busan the White House cut the fentanyl tariff on Chinese goods to 10% from 20%.';
    expect(claimAt(cut, '2025-11-01', '20%')).toBeNull();
    expect(claimAt(cut, '2025-11-01', '10%')?.verdict).toBe('consistent');
  });
});

describe('a gap after "since" is tied from the words before it', () => {
  const say = (year: string) =>
    `Trump and Xi flew to South Korea this week, two months after Xi hosted Modi in Tianjin. The two leaders met for about 90 minutes at an air base, their first face-to-face meeting since ${year}.`;
  it('"their first meeting since 2019" is the two leaders’ gap, wrong when the year is', () => {
    expect(claimAt(say('2019'), '2025-10-31', 'since 2019')).toMatchObject({
      fact: 'quantity.trump-xi-meeting-gap-years',
      verdict: 'consistent',
    });
    expect(claimAt(say('2023'), '2025-10-31', 'since 2023')).toMatchObject({
      fact: 'quantity.trump-xi-meeting-gap-years',
      verdict: 'differs',
    });
  });
  it('one word of a gap’s measure before "since" does not tie it (the visas’ "first")', () => {
    const text =
      'India resumed tourist visas for Chinese citizens in July, and Indian pilgrims reached Mount Kangrinboqe in Xizang for the first time since 2019.';
    expect(claimAt(text, '2025-10-27', 'since 2019')?.fact).not.toBe('quantity.tourist-visa-gap-years');
  });
});

describe('a figure of another order is checked where its clause names the measure unmistakably', () => {
  const pending = (n: string) =>
    `Some Indian firms now hold licences to import rare-earth magnets from China, and ${n} applications were still awaiting approval, officials said.`;
  it('ten times the pending applications is the record stated wrong', () => {
    expect(claimAt(pending('about 30'), '2025-11-01', 'about 30')?.verdict).toBe('consistent');
    expect(claimAt(pending('about 300'), '2025-11-01', 'about 300')).toMatchObject({
      fact: 'quantity.rare-earth-licence-applications-pending',
      verdict: 'differs',
    });
  });
  it('property: scaling a correct count by 5–20 times flips it to differs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 20 }), (k) => {
        const n = String(30 * k);
        expect(claimAt(pending(`about ${n}`), '2025-11-01', n)?.verdict).toBe('differs');
      }),
      { numRuns: 16 },
    );
  });
  it('a change, an increment or a plan of another order stays unclaimed', () => {
    const more = `Some Indian firms now hold licences to import rare-earth magnets from China, and 300 more applications were filed this week.`;
    expect(claimAt(more, '2025-11-01', '300')).toBeNull();
    const plan = `Some Indian firms now hold licences to import rare-earth magnets from China, and 300 applications could still be awaiting approval by March.`;
    expect(claimAt(plan, '2025-11-01', '300')).toBeNull();
  });
  it('the more specific of two measures is the one (India’s output, not the mining words alone)', () => {
    const say = (tonnes: string) =>
      `China dominates the trade. India has 6.9 million tonnes of rare-earth reserves, the survey says, yet it mined just ${tonnes} in 2024.`;
    expect(claimAt(say('2,900 tonnes'), '2025-06-01', '2,900')?.verdict).toBe('consistent');
    expect(claimAt(say('29,000 tonnes'), '2025-06-01', '29,000')).toMatchObject({
      fact: 'quantity.india-rare-earth-mine-production-2024',
      verdict: 'differs',
    });
    expect(claimAt(say('29,000 tonnes'), '2025-06-01', '6.9 million')?.verdict).toBe('consistent');
  });
  it('a figure of the sentence that agrees with another quantity is that quantity’s, not the cue’s', () => {
    const text =
      'India holds 6.9 million tonnes of rare-earth reserves, according to the survey, yet it mined just 29,000 tonnes in 2024.';
    expect(claimAt(text, '2025-06-01', '29,000')).toMatchObject({
      fact: 'quantity.india-rare-earth-mine-production-2024',
      verdict: 'differs',
    });
  });
  it('a clause about someone else, or about trade or a kind of the thing, leaves another order unclaimed', () => {
    const europe =
      'Some Indian firms now hold licences to import rare-earth magnets, and some 3,000 European companies were still awaiting approval.';
    expect(claimAt(europe, '2025-11-01', '3,000')).toBeNull();
    const india =
      'Some Indian firms now hold licences to import rare-earth magnets, and some 3,000 companies were still awaiting approval.';
    expect(claimAt(india, '2025-11-01', '3,000')?.verdict).toBe('differs');
    const trade =
      'China dominates rare earths. China imported 40,000 tonnes of rare earths mined in Myanmar last year.';
    expect(claimAt(trade, '2025-06-01', '40,000')).toBeNull();
    const kind = 'China dominates rare earths. Last year China mined 60,000 tonnes of heavy rare earths.';
    expect(claimAt(kind, '2025-06-01', '60,000')).toBeNull();
  });
  it('two figures of the unit in one clause leave another order unclaimed', () => {
    const two =
      'Some Indian firms now hold licences to import rare-earth magnets, and 300 applications were still awaiting approval out of 400 applications filed.';
    expect(claimAt(two, '2025-11-01', '300')).toBeNull();
  });
});

describe('property: an unrelated sentence added never changes a figure’s verdict', () => {
  const unrelated = [
    'The monsoon arrived early in Kerala this year.',
    'Cricket fans packed the stadium in Chennai on Sunday.',
    'A new metro line opened in Pune last month.',
    'Farmers in Punjab reported a good wheat harvest.',
  ];
  const cases: [string, string][] = [
    [
      'India sits on large rare-earth deposits. Yet its mines yielded only about 4,900 tonnes last year, the survey says.',
      '4,900',
    ],
    [
      'Some Indian firms now hold licences to import rare-earth magnets from China, and about 300 applications were still awaiting approval.',
      '300',
    ],
    [
      'Beijing accounts for some 69% of global rare-earth mine output, but refines around 60% of the world’s supply, the agency says.',
      '60%',
    ],
  ];
  it('holds for sentences before or after, in their own paragraph', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.constantFrom(...unrelated),
        fc.boolean(),
        ([text, quote], extra, before) => {
          const alone = claimAt(text, '2025-06-01', quote);
          const joined = before ? `${extra}\n\n${text}` : `${text}\n\n${extra}`;
          expect(claimAt(joined, '2025-06-01', quote)).toEqual(alone);
        },
      ),
      { numRuns: 24 },
    );
  });
});

describe('gaps named in other words (fact base cues)', () => {
  it('"a formal meeting after N years" in Kazan is the leaders’ meeting gap', () => {
    const say = (gap: string) => `"It is good to hold a formal meeting after ${gap}," Modi told Xi in Kazan.`;
    expect(claimAt(say('5 years'), '2024-10-23', '5 years')).toMatchObject({
      fact: 'quantity.modi-xi-formal-meeting-gap-years',
      verdict: 'consistent',
    });
    expect(claimAt(say('2 years'), '2024-10-23', '2 years')?.verdict).toBe('differs');
  });
  it('pilgrims back in Xizang for the first time in N years is the pilgrimage’s gap', () => {
    const say = (gap: string) =>
      `Pilgrims from India reached Lake Mapam Yumco in Xizang this summer, returning for the first time in ${gap}.`;
    expect(claimAt(say('five years'), '2025-08-01', 'five years')).toMatchObject({
      fact: 'quantity.kailash-yatra-gap-years',
      verdict: 'consistent',
    });
    expect(claimAt(say('two years'), '2025-08-01', 'two years')?.verdict).toBe('differs');
  });
});
