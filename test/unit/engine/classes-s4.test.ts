/**
 * Session 4's engine rules (issue #7), each with sentences written for the rule (not from the
 * eval corpus): a wrong date or figure the engine used to drop silently is now caught, and the
 * near-miss sentence beside it still is not called wrong.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { type Checker, statisticPeriod } from '../../../src/core/claims/check-common';
import { BUNDLED_PACKS } from '../../../src/core/facts/bundled';
import { buildFactBase } from '../../../src/core/facts/factbase';

const { matcher, factById } = buildFactBase(BUNDLED_PACKS);
const claims = (text: string, published: string | null) =>
  annotateText(text, { matcher, factById, published })
    .filter((a) => a.kind === 'claim')
    .map((a) => ({ quote: a.quote, verdict: a.verdict, fact: a.factIds[0] }));
const claimAt = (text: string, published: string | null, quote: string) =>
  claims(text, published).find((c) => c.quote === quote) ?? null;

describe('a bound word before the value belongs to the clause it ends', () => {
  const say = (date: string) =>
    `Beijing has suspended its sweeping October export controls on rare earths until ${date}, the commerce ministry said.`;
  it('the right end date agrees and a wrong one differs', () => {
    expect(claimAt(say('Nov. 10, 2026'), '2025-11-08', 'Nov. 10, 2026')?.verdict).toBe('consistent');
    expect(claimAt(say('Nov. 10, 2027'), '2025-11-08', 'Nov. 10, 2027')).toMatchObject({
      verdict: 'differs',
      fact: 'event.mofcom-october-2025-controls-suspension-ends',
    });
  });
  it('"until" that opens a clause still starts a new one', () => {
    const text =
      'Patrols stayed suspended in Depsang until the two armies disengaged, which officials said happened in March 2023.';
    expect(claims(text, '2024-11-10').filter((c) => c.verdict === 'differs')).toEqual([]);
  });
});

describe('a place name with a meeting’s words is the meeting held there', () => {
  it('"held talks in Kazan … in November 2024" is a wrong date for the Kazan meeting', () => {
    const text =
      'Narendra Modi will see Xi Jinping again this week. Ties have improved since the two leaders held talks in Kazan, Russia, in November 2024.';
    expect(claimAt(text, '2025-08-31', 'November 2024')).toMatchObject({
      fact: 'event.kazan-modi-xi-meeting',
      verdict: 'differs',
    });
  });
  it('arriving in the city is not the meeting', () => {
    const text =
      'Narendra Modi will see Xi Jinping again this week. Modi arrived in Kazan in November 2024 for a cultural festival.';
    expect(claims(text, '2025-08-31').filter((c) => c.verdict === 'differs')).toEqual([]);
  });
});

describe('a rule’s threshold is not a statistic whose period the date is', () => {
  const say = (date: string) =>
    `Rules reaching foreign-made goods with as little as 0.1 percent Chinese-origin rare earths by value were set to take effect on ${date}.`;
  it('the start date is still checked against the rule’s effective date', () => {
    expect(claimAt(say('Dec. 1'), '2025-10-20', 'Dec. 1')?.verdict).toBe('consistent');
    expect(claimAt(say('Jan. 1'), '2025-10-20', 'Jan. 1')?.verdict).toBe('differs');
  });
  it('a real statistic still dates only itself', () => {
    const text =
      'Exports of rare-earth magnets to India in June 2024 were 58 percent lower, customs data showed.';
    expect(claims(text, '2025-08-01').filter((c) => c.verdict === 'differs')).toEqual([]);
  });
});

describe('a disagreeing date is about the candidate whose record it is clearly nearest', () => {
  it('a second candidate 1.5 times farther is no rival', () => {
    // Beijing talks of 26–27 Jan 2025 vs the Delhi talks of 12 Jun 2025: March is ~5 weeks from one, ~10 from the other.
    const text =
      'Vikram Misri first met Sun Weidong in Beijing in March, and the two held a second round in New Delhi later.';
    const found = claims(text, '2025-07-01').find((c) => c.quote === 'in March');
    expect(found).toMatchObject({ fact: 'event.misri-sun-weidong-beijing-jan-2025', verdict: 'differs' });
  });
  it('two candidates about as far stay context', () => {
    const text = 'China unveiled new export controls and suspended older ones on Oct. 30.';
    expect(claims(text, '2025-11-15').filter((c) => c.verdict === 'differs')).toEqual([]);
  });
});

describe('false differs on unseen wording (session 4): each is context or no claim', () => {
  const noDiffers = (text: string, published: string | null) =>
    expect(claims(text, published).filter((c) => c.verdict === 'differs')).toEqual([]);
  it('a future verb after a participle ("on Thursday, saying Beijing would") does not make the date future', () => {
    const text =
      'Donald Trump left his talks with Xi Jinping in Busan on Thursday saying China would delay its new rare-earth curbs.';
    expect(claimAt(text, '2025-11-02', 'on Thursday')?.verdict).toBe('consistent');
  });
  it('a plan on or after the publication day is not the date of an event already over', () => {
    noDiffers(
      'Indian and Chinese troops have completed disengagement at Depsang and Demchok, the last two friction points in eastern Ladakh. The pullback was finished on Wednesday, officials said, and soldiers from the two sides were expected to exchange sweets on Thursday for Diwali.',
      '2024-10-31',
    );
  });
  it('"announced the decision on Wednesday" dates the announcement, not the measure', () => {
    noDiffers(
      'India’s mission in Beijing announced the decision on Wednesday: tourist visas for Chinese nationals resume from July 24.',
      '2025-07-24',
    );
  });
  it('"put on hold in 2020" is another phase than the resumption', () => {
    noDiffers(
      'India resumed tourist visas for Chinese citizens; they had been put on hold in 2020.',
      '2025-07-25',
    );
  });
  it('a share in words ("nearly half of … in 2023") is a statistic whose period the date is', () => {
    const text =
      'India, which bought nearly half of the urea China exported in 2023, expects dearer imports.';
    const at = text.indexOf('in 2023');
    const checker = (t: string) =>
      ({ input: { text: t }, sentence: { start: 0, end: t.length }, mentions: [] }) as unknown as Checker;
    expect(statisticPeriod(checker(text), { start: at, end: at + 7 })).toBe(true);
    const plain = 'India bought urea from China in 2023 and expects dearer imports.';
    const p = plain.indexOf('in 2023');
    expect(statisticPeriod(checker(plain), { start: p, end: p + 7 })).toBe(false);
  });
  it('a cue whose words measure another figure of the sentence does not take this one', () => {
    noDiffers(
      'China dominates rare earths. Its mines produced 270,000 tonnes last year, and it supplies more than 90 percent of global refined rare earth output.',
      '2025-10-13',
    );
  });
  it('"N days later" after a line’s own date does not count from that date', () => {
    noDiffers(
      '21-10-2024: India and China settle patrolling arrangements along the LAC.\n\n23-10-2024: Two days later, Narendra Modi and Xi Jinping meet in Kazan.',
      null,
    );
  });
  it('a date that fits a fact named elsewhere in the sentence is not called wrong for another', () => {
    noDiffers(
      'MOFCOM issued Announcement No. 70, suspending until Nov. 10, 2026 the curbs it had issued in October, a week after Xi and Trump met in Busan.',
      '2025-11-10',
    );
  });
});

describe('dates that take their year or their owner from the words around them', () => {
  it('"in May that year" takes the year written before it, not the publication year', () => {
    const text =
      'The pilgrimage was called off in 2020, partly because of the military standoff in eastern Ladakh that began in May that year.';
    expect(claimAt(text, '2025-07-11', 'May that year')?.verdict).toBe('consistent');
    const wrong = text.replace('in 2020', 'in 2021');
    expect(claimAt(wrong, '2025-07-11', 'May that year')?.verdict).toBe('differs');
  });
  it('"Friday\'s notice" dates the notice: not a fact named elsewhere in the sentence', () => {
    const text =
      'China suspended its October export controls on rare earths until Nov. 10, 2026. Friday’s notice said nothing about the licensing regime for rare earths imposed in April.';
    expect(claims(text, '2025-11-07').filter((c) => c.verdict === 'differs')).toEqual([]);
  });
});

describe('weekends', () => {
  it('"last weekend" is the Saturday and Sunday before publication', () => {
    const text = 'Trade negotiators from the US and China met in Kuala Lumpur last weekend.';
    expect(claimAt(text, '2025-10-30', 'last weekend')?.verdict).toBe('consistent');
    expect(claimAt(text, '2025-11-12', 'last weekend')?.verdict).toBe('differs');
  });
});

describe('Galwan casualty counts in the words wires use', () => {
  it('"20 Indian soldiers and four Chinese troops were killed" checks both counts', () => {
    const text =
      'Relations soured in June 2020, when 20 Indian soldiers and four Chinese troops were killed in fighting in the Galwan Valley.';
    expect(claimAt(text, '2024-10-23', '20 Indian soldiers')?.verdict).toBe('consistent');
    expect(claimAt(text, '2024-10-23', 'four Chinese troops')?.verdict).toBe('consistent');
  });
  it('a wrong count whose own words name the measure differs, though the other side is named nearby', () => {
    const text =
      'Twelve Indian soldiers were killed in a clash with Chinese troops in the Galwan Valley, the army said.';
    expect(claimAt(text, '2020-06-17', 'Twelve Indian soldiers')?.verdict).toBe('differs');
  });
  it('"China later said four of its soldiers were killed" is China’s acknowledged toll', () => {
    const text =
      'Twenty Indian soldiers died in the Galwan clash. China later said four of its soldiers were killed.';
    expect(claimAt(text, '2024-10-23', 'four of its soldiers')?.verdict).toBe('consistent');
  });
});

describe('a pause "put on hold for a year"', () => {
  it('is the length of the suspension of the October controls', () => {
    const text =
      'Beijing agreed to put on hold for a year the sweeping rare-earth export controls it unveiled earlier this month.';
    expect(claimAt(text, '2025-10-30', 'a year')).toMatchObject({
      fact: 'quantity.october-controls-pause-years',
      verdict: 'consistent',
    });
  });
});

describe('a date agreeing exactly with the one fact the sentence has a keyword of', () => {
  const say = (d: string) =>
    `Vikram Misri and Sun Weidong first met in Beijing in January. The two officials met again in New Delhi on ${d}, when India raised the curbs on rare-earth exports.`;
  it('is that fact’s date (consistent), found by the agreement', () => {
    expect(claimAt(say('June 12'), '2025-06-21', 'June 12')).toMatchObject({
      fact: 'event.misri-sun-weidong-delhi-jun-2025',
      verdict: 'consistent',
    });
  });
  it('a date that does not agree gets no claim from a keyword alone', () => {
    expect(claimAt(say('June 22'), '2025-06-21', 'June 22')).toBeNull();
  });
});

describe('keyword cards for an event related to one the sentence names', () => {
  it('"the 24th round … on the boundary question" gets no card for the 23rd round', () => {
    const text =
      'In New Delhi, Wang Yi and Ajit Doval held the 24th round of Special Representatives talks on the boundary question.';
    const cards = annotateText(text, { matcher, factById, published: '2025-08-20' }).map((a) => a.factIds[0]);
    expect(cards).toContain('event.sr-talks-24th');
    expect(cards).not.toContain('event.sr-talks-23rd');
  });
});

describe('a period that is its clause’s subject', () => {
  it('"This year marks the 75th anniversary" dates no event of the sentence', () => {
    const text =
      'Modi and Xi met in Tianjin on Sunday. This year marks the 75th anniversary of diplomatic ties, and the Tianjin meeting was their second in a year.';
    expect(claimAt(text, '2025-09-01', 'This year')).toBeNull();
    expect(claimAt(text, '2025-09-01', 'on Sunday')?.verdict).toBe('consistent');
  });
});

describe('false differs on the blind batch h5, each a general rule', () => {
  const noDiffers = (text: string, published: string | null) =>
    expect(claims(text, published).filter((c) => c.verdict === 'differs')).toEqual([]);
  it('"the previous round" in a report on this week’s round is an earlier instance', () => {
    noDiffers(
      'Ajit Doval and Wang Yi held the 23rd round of Special Representatives talks in Beijing on Wednesday. The previous round of Special Representatives’ talks was held in New Delhi in December 2019.',
      '2024-12-19',
    );
  });
  it('a correction notice quotes the withdrawn value', () => {
    noDiffers(
      'Direct flights between India and China resumed on Sunday with an IndiGo service from Kolkata to Guangzhou. Correction: an earlier version of this article said the first direct flight to Guangzhou left Kolkata on Friday.',
      '2025-10-27',
    );
  });
  it('"five years ago tonight" is the anniversary of the publication day', () => {
    const text = 'Five years ago tonight, Indian and Chinese soldiers fought in the Galwan Valley.';
    expect(claimAt(text, '2025-06-15', 'Five years ago tonight')?.verdict).toBe('consistent');
  });
  it('a market’s day ("investors on Monday were weighing …") is not the date of what they weigh', () => {
    noDiffers(
      'Investors on Monday were weighing the trade framework US and Chinese negotiators reached in Kuala Lumpur.',
      '2025-10-27',
    );
  });
  it('a possessive date dates its own noun phrase ("Thursday’s outcome builds on a framework …")', () => {
    noDiffers(
      'Trump and Xi met in Busan on Thursday. Thursday’s outcome builds on a framework US and Chinese negotiators reached in Kuala Lumpur.',
      '2025-10-31',
    );
  });
  it('a date in a participial phrase dates the noun before it ("That regime, announced … on Oct. 9,")', () => {
    noDiffers(
      'That regime, announced by the commerce ministry on Oct. 9, would require Indian firms to seek approval for imports of rare earths.',
      '2025-10-27',
    );
  });
  it('China’s share stated with "It" after a paragraph about China is the mining share', () => {
    const text =
      'China dominates the industry. It accounted for about 69% of world rare earth mine output last year.';
    expect(claimAt(text, '2025-10-30', 'about 69%')).toMatchObject({
      fact: 'quantity.china-rare-earth-mine-share-2024',
      verdict: 'consistent',
    });
  });
});

describe('"the first time since 2019" counts both ways', () => {
  it('in 2025 it fits a five-year gap (six years since it last happened)', () => {
    const text =
      'Indian pilgrims reached Mount Kailash for the first time since 2019 as the Kailash Mansarovar Yatra resumed.';
    expect(claimAt(text, '2025-06-30', 'since 2019')?.verdict).toBe('consistent');
    expect(claimAt(text.replace('2019', '2015'), '2025-06-30', 'since 2015')?.verdict).toBe('differs');
  });
});
