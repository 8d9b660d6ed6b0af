/**
 * Session 19's engine rules (issue #7, ADR 0056), each with sentences written for the rule (not
 * from the eval corpus or the stress sets), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

describe('a date in a participial phrase of holding dates the noun before it (date-owners.ts appositiveStart)', () => {
  it('"The lottery, held on Wednesday, …": not the date of talks named later in the sentence', () => {
    const text =
      'The lottery, held on Wednesday, picked 750 pilgrims for the yatra, which Misri and Sun Weidong had agreed in January to revive.';
    expect(claimAt(text, '2025-05-21', 'on Wednesday')?.verdict ?? null).not.toBe('differs');
  });
  it('an event named before the phrase still owns its date', () => {
    const text =
      'The talks between Vikram Misri and Sun Weidong, held on Wednesday in Beijing, agreed to restore the yatra.';
    expect(claimAt(text, '2025-05-21', 'on Wednesday')?.verdict).toBe('differs');
  });
});

describe('a date in the "that" clause of a verb of saying is what was said (complement.ts sayingAround)', () => {
  it('"acknowledged, in a rare step, that four soldiers had been killed … in June last year": not the admission’s date', () => {
    const text =
      "China's army newspaper acknowledged, in a rare step, that four PLA soldiers had been killed at Galwan in June last year.";
    expect(claimAt(text, '2021-02-20', 'June last year')?.verdict ?? null).not.toBe('differs');
  });
  it('the saying’s own date, before "that", is still checked', () => {
    const text = 'China acknowledged on Monday that four PLA soldiers had been killed at Galwan.';
    expect(claimAt(text, '2021-02-20', 'on Monday')?.verdict).toBe('differs');
  });
});

describe('a list after a colon: each date is its own item’s (date-frames.ts commaListItem)', () => {
  it('"…: a border accord in October 2024, …, tourist visas in July, Wang Yi’s trip in August and …": July is not the trip’s', () => {
    const text =
      "Ties have mended step by step: a border accord in October 2024, the Kazan talks two days later, the pilgrimage's return in June 2025, tourist visas in July, Wang Yi's trip in August and direct flights in late October.";
    expect(claimAt(text, '2025-11-01', 'in July')?.verdict ?? null).not.toBe('differs');
    expect(claimAt(text, '2025-11-01', 'in August')?.verdict).toBe('consistent');
  });
});

describe('"from A in D1 to B in D2": each date is its own end’s (range-places.ts namedOnlyAtOtherEnd)', () => {
  it('"From Galwan in June 2020 to Kazan in October 2024": June 2020 is not the Kazan meeting’s', () => {
    const text =
      'From Galwan in June 2020 to Kazan in October 2024, Modi and Xi held no structured bilateral meeting at all.';
    expect(claimAt(text, '2025-01-10', 'June 2020')?.verdict ?? null).not.toBe('differs');
    expect(claimAt(text, '2025-01-10', 'October 2024')?.verdict).toBe('consistent');
  });
});

describe('two dates of one noun phrase date that noun (date-owners.ts attributivePhrase)', () => {
  it('"Beijing’s April 2025 and October 2022 rules": not the date of the White House’s claim', () => {
    const text =
      "The White House argues the general licences in effect scrap Beijing's April 2025 and October 2022 rules on rare earths.";
    expect(claimAt(text, '2025-11-04', 'October 2022')?.verdict ?? null).not.toBe('differs');
    expect(claimAt(text, '2025-11-04', 'April 2025')?.verdict ?? null).not.toBe('differs');
  });
});

describe('a start that did not come is not a stoppage’s date (phases.ts, taking-effect phase)', () => {
  it('"would have taken effect on Saturday, Nov. 8, had Beijing not suspended them": not the suspension’s day', () => {
    const text =
      'The rare-earth controls unveiled Oct. 9 would have taken effect on Saturday, Nov. 8, had Beijing not suspended them a day earlier.';
    expect(claimAt(text, '2025-11-12', 'Nov. 8')?.verdict ?? null).not.toBe('differs');
  });
});

describe('the end of a period owns only a date its end words govern (date-owners.ts END_FACT)', () => {
  it('"Earlier this month, on Nov. 7, Beijing suspended the October rules — … — until next November": not the end’s date', () => {
    const text =
      'Earlier this month, on Nov. 7, Beijing suspended the October rules — the Dec. 1 provisions of Announcement No. 61 among them — until next November.';
    expect(claimAt(text, '2025-11-24', 'Earlier this month')?.verdict ?? null).not.toBe('differs');
  });
  it('an expiry’s own date is still checked', () => {
    const text = 'The suspension of the October controls will expire on Nov. 10, 2027, MOFCOM said.';
    expect(claimAt(text, '2025-11-24', 'Nov. 10, 2027')?.verdict).toBe('differs');
  });
});

describe('a date by a verb of agreeing in a relative clause is the agreeing’s (complement.ts namedOnlyBeforeAgreeing)', () => {
  it('"… China’s October 2025 tightening of curbs on …, which Beijing on Thursday agreed to put off"', () => {
    const text =
      "The deal covers China's October 2025 tightening of curbs on rare earths, lithium batteries and superhard materials, which Beijing on Thursday agreed to put off.";
    expect(claimAt(text, '2025-10-30', 'on Thursday')?.verdict ?? null).not.toBe('differs');
  });
});

describe('a length after a verb of stopping is that stoppage’s (stoppage-length.ts)', () => {
  it('"restoring a service halted for five years": not the gap before Trump and Xi’s first meeting', () => {
    const text =
      "Sunday's first flight to Guangzhou, which came four days before the Trump–Xi summit in Busan, restored a service halted for five years.";
    expect(claimAt(text, '2025-10-28', 'five years')?.verdict ?? null).not.toBe('differs');
  });
});

describe('a fact dated before a gap is what the gap dates, not what it counts from (dated-subject.ts)', () => {
  it('"… on Thursday put five more rare earths under licences, six months after seven others were brought under control"', () => {
    const text =
      "China's commerce ministry on Thursday put five more rare earths under export licences, six months after seven others were brought under control.";
    expect(claimAt(text, '2025-10-09', 'six months after')?.verdict ?? null).not.toBe('differs');
  });
});

describe('an event a possessive gives to someone else is not the gap’s subject (dated-subject.ts possessedByOther)', () => {
  it('"Modi’s trip to Tianjin, two weeks after Wang Yi’s visit to New Delhi": not Jaishankar’s July visit', () => {
    const text =
      "Modi's trip to Tianjin, two weeks after Wang Yi's visit to New Delhi, was his first to China in more than seven years.";
    expect(claimAt(text, '2025-09-06', 'two weeks after')?.verdict ?? null).not.toBe('differs');
  });
});

describe('a notice and its day opening the sentence date that notice (date-phrase-owners.ts noticeSubject)', () => {
  it('"Beijing’s notice on Friday made no mention of the general licences in the White House fact sheet"', () => {
    const text =
      "Beijing's notice on Friday made no mention of the general licences that the White House fact sheet had promised.";
    expect(claimAt(text, '2025-11-08', 'on Friday')?.verdict ?? null).not.toBe('differs');
  });
});

describe('a month told as earlier than the story’s last dated moment takes that moment’s year (engine.ts TOLD_EARLIER)', () => {
  const text =
    'Twenty Indian soldiers died at Galwan on the night of June 15, 2020. Jaishankar later called it the hardest phase in 30 to 40 years.\n\nThe standoff had begun weeks earlier, in early May, with a brawl at Pangong Tso.';
  it('"had begun weeks earlier, in early May" after June 2020: May 2020, not the May before publication', () => {
    expect(claimAt(text, '2025-06-20', 'early May')?.verdict ?? null).not.toBe('differs');
  });
  it('without the words of "earlier", a bare May is still the one before publication', () => {
    const plain = text.replace('had begun weeks earlier, in early May', 'began in early May');
    expect(claimAt(plain, '2025-06-20', 'early May')?.verdict ?? null).not.toBe('consistent');
  });
});
