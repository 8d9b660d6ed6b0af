/**
 * Altered dates of a clearly identified event (issue #7, ADR 0107): the event a wrong date
 * attaches to must not depend on the date agreeing. Sentences written for the rules (not the
 * corpus text), each `differs` test checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const agreed = (date: string) =>
  `The two sides agreed in principle to resume air services when Foreign Secretary Vikram Misri met Vice Foreign Minister Sun Weidong in Beijing ${date}.`;
const dialogues = (date: string) =>
  `Foreign Secretary Vikram Misri met Vice Foreign Minister Sun Weidong ${date} and the two sides agreed to hold functional dialogues on trade issues.`;

describe('two meetings of the same parties, told apart by the sentence’s own words', () => {
  it('“agreed in principle … when Misri met Sun Weidong … in April”: the January round’s wrong month', () => {
    const c = claimAt(agreed('in April'), '2025-10-27', 'April');
    expect(c?.fact).toBe('event.misri-sun-weidong-beijing-jan-2025');
    expect(c?.verdict).toBe('differs');
  });
  it('“… agreed to hold functional dialogues”: the June round’s wrong month', () => {
    const c = claimAt(dialogues('in March'), '2025-10-27', 'March');
    expect(c?.fact).toBe('event.misri-sun-weidong-delhi-jun-2025');
    expect(c?.verdict).toBe('differs');
  });
  it('the right months stay consistent with their rounds', () => {
    const jan = claimAt(agreed('in January'), '2025-10-27', 'January');
    expect(jan?.fact).toBe('event.misri-sun-weidong-beijing-jan-2025');
    expect(jan?.verdict).toBe('consistent');
    const jun = claimAt(dialogues('in June'), '2025-10-27', 'June');
    expect(jun?.fact).toBe('event.misri-sun-weidong-delhi-jun-2025');
    expect(jun?.verdict).toBe('consistent');
  });
  it('a word of one round dated by another date of the sentence is that date’s: not the January round’s', () => {
    const s =
      'Foreign Secretary Vikram Misri, who agreed in principle with Sun Weidong in January to resume flights, met Sun Weidong again in April.';
    const c = claimAt(s, '2025-10-27', 'April');
    expect(c?.fact ?? null).not.toBe('event.misri-sun-weidong-beijing-jan-2025');
    expect(c?.verdict ?? null).not.toBe('differs');
  });
  it('words of neither round: no `differs`', () => {
    const s = 'Foreign Secretary Vikram Misri met Vice Foreign Minister Sun Weidong in April.';
    expect(claimAt(s, '2025-10-27', 'April')?.verdict ?? null).not.toBe('differs');
  });
});

const said = (speaker: string, day: string) =>
  `${speaker} said ${day} that China will issue “general licenses” for exports of rare earths, gallium, germanium, antimony and graphite, a step that would effectively unwind controls Beijing imposed in April 2025.`;

describe('a document’s speaker, named by the document’s own words, dates what it said', () => {
  it('“The White House said Wednesday that China will issue general licenses”: the fact sheet’s wrong day', () => {
    const c = claimAt(said('The White House', 'Wednesday'), '2025-11-03', 'Wednesday');
    expect(c?.fact).toBe('event.white-house-general-licences-claim');
    expect(c?.verdict).toBe('differs');
  });
  it('the right day stays consistent', () => {
    const c = claimAt(said('The White House', 'Saturday'), '2025-11-03', 'Saturday');
    expect(c?.fact).toBe('event.white-house-general-licences-claim');
    expect(c?.verdict).toBe('consistent');
  });
  it('a speaker the document’s words do not name: no `differs`', () => {
    for (const speaker of ['Treasury Secretary Scott Bessent', 'Industry analysts']) {
      const c = claimAt(said(speaker, 'Wednesday'), '2025-11-03', 'Wednesday');
      expect(c?.verdict ?? null).not.toBe('differs');
    }
  });
});

const suspended = (day: string) =>
  `China on ${day} formally suspended the sweeping export controls on rare earths, lithium batteries and superhard materials it announced in early October, making good on a pledge from last week's summit between President Donald Trump and Chinese leader Xi Jinping.`;

describe('“last week’s summit” names a dated event, not the previous instance of the one reported', () => {
  it('a wrong weekday of the suspension, beside “last week’s summit”: `differs` of No. 70', () => {
    const c = claimAt(suspended('Tuesday'), '2025-11-08', 'Tuesday');
    expect(c?.fact).toBe('instrument.mofcom-announcement-70-2025');
    expect(c?.verdict).toBe('differs');
  });
  it('the right weekday stays consistent', () => {
    expect(claimAt(suspended('Friday'), '2025-11-08', 'Friday')?.verdict).toBe('consistent');
  });
});
