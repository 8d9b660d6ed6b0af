/**
 * Session 24 rules for altered dates whose claim rested on the date agreeing (ADR 0073). Sentences
 * written for the rules (not from the eval corpus), each checked to fail without its rule, and
 * sentences they must not call wrong.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const verdictAt = (text: string, published: string, quote: string) =>
  claimAt(text, published, quote)?.verdict ?? null;

describe('the subject of a verb of occurrence before an event carried over (rule 1)', () => {
  const SUMMIT = 'event.sco-summit-tianjin-2025';
  const before =
    'In October 2024, the two sides reached a resolution on patrolling arrangements, paving the way for the Kazan meeting.\n\n';
  it('"The SCO Summit runs from …" after "the Kazan meeting" of the paragraph before: the summit\'s dates differ', () => {
    const t = `${before}The SCO Summit runs from Sept. 15 to 16.`;
    expect(claimAt(t, '2025-09-01', 'Sept. 15 to 16')).toMatchObject({ fact: SUMMIT, verdict: 'differs' });
    const right = `${before}The SCO Summit runs from Aug. 31 to Sept. 1.`;
    expect(verdictAt(right, '2025-09-01', 'Aug. 31 to Sept. 1')).toBe('consistent');
  });
  it('an event taken up by "The clash" heads the subject of "took place": its wrong night differs', () => {
    const t =
      'Twenty Indian soldiers died in the Galwan Valley clash with Chinese troops. The clash took place on the night of 15–16 July.';
    expect(claimAt(t, '2021-06-15', '15–16 July')).toMatchObject({
      fact: 'event.galwan-clash',
      verdict: 'differs',
    });
  });
  it('an event the sentence names in the place of "held in …" keeps its place before the talks\' keywords', () => {
    const t =
      'The talks, held in Kuala Lumpur from Oct. 18 to Oct. 19, were the fifth round of trade negotiations between the two sides since May.';
    const got = claimAt(t, '2025-10-28', 'Oct. 18 to Oct. 19');
    expect(got?.fact).not.toBe('event.sr-talks-24th');
  });
});

describe('a length taken up as the subject of "last" / "run for" (rule 2)', () => {
  const PAUSE = 'quantity.october-controls-pause-years';
  const before = 'Beijing agreed to suspend the October export controls for one year. ';
  it('"The suspension will last about two years": the length said again, wrongly, differs', () => {
    expect(
      claimAt(`${before}The suspension will last about two years.`, '2025-11-01', 'two years'),
    ).toMatchObject({ fact: PAUSE, verdict: 'differs' });
  });
  it('"… confirmed that the suspension would run for six months": months too, when so stated', () => {
    const t = `${before}China's Commerce Ministry confirmed that the suspension would run for six months.`;
    expect(claimAt(t, '2025-11-01', 'six months')).toMatchObject({ fact: PAUSE, verdict: 'differs' });
  });
  it('the right length stays consistent; a length in passing is not taken up', () => {
    expect(verdictAt(`${before}The suspension will last about one year.`, '2025-11-01', 'one year')).toBe(
      'consistent',
    );
    expect(verdictAt(`${before}The suspension will last 12 months.`, '2025-11-01', '12 months')).toBe(
      'consistent',
    );
    for (const [t, q] of [
      [`${before}The suspension of gallium exports will last two years.`, 'two years'],
      [`${before}Talks on the suspension lasted six months.`, 'six months'],
      [`${before}Officials said a similar suspension in 2023 lasted two years.`, 'two years'],
    ] as const)
      expect(verdictAt(t, '2025-11-01', q)).not.toBe('differs');
  });
});

describe('a meeting at the one place its record has, between its parties (rule 3)', () => {
  const KAZAN = 'event.kazan-modi-xi-meeting';
  const lead = 'Xi Jinping met Narendra Modi in Tianjin on Sunday. ';
  it('"Since the meeting between the two heads of state in Kazan last June": the Kazan meeting\'s date differs', () => {
    const t = `${lead}Since the meeting between the two heads of state in Kazan last June, relations have shown a positive trend.`;
    expect(claimAt(t, '2025-09-02', 'last June')).toMatchObject({ fact: KAZAN, verdict: 'differs' });
  });
  it('"the talks the two leaders held in Kazan, Russia, in October 2022": Kazan, not the Tianjin meeting of the article', () => {
    const t = `${lead}The meeting built on the talks the two leaders held in Kazan, Russia, in October 2022, which officials said had set ties on a path of improvement.`;
    expect(claimAt(t, '2025-09-02', 'October 2022')).toMatchObject({ fact: KAZAN, verdict: 'differs' });
    const right = `${lead}The meeting built on the talks the two leaders held in Kazan, Russia, in October 2024, which officials said had set ties on a path of improvement.`;
    expect(verdictAt(right, '2025-09-02', 'October 2024')).toBe('consistent');
  });
  it("not a meeting with someone the record's meeting does not have", () => {
    const t = `${lead}Xi met Russian President Vladimir Putin in Kazan on Oct. 22, 2024.`;
    expect(verdictAt(t, '2025-09-02', 'Oct. 22')).not.toBe('differs');
  });
});
