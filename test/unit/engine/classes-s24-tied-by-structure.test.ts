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
