/**
 * Session 9's recall rules (issue #7, classes 7 and 8: paraphrase and topic words; ADR 0035),
 * each with sentences written for the rule (not from the eval corpus), each checked to fail
 * without its rule.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { cuedInClause } from '../../../src/core/claims/cue-cards';
import { parsePublished } from '../../../src/core/claims/dates';
import { MentionIndex } from '../../../src/core/claims/mentions';
import { claimAt, factById, matcher } from './claims-of';

const annotate = (text: string, published: string | null) =>
  annotateText(text, { matcher, factById, published }).map((a) => ({
    quote: a.quote,
    kind: a.kind,
    fact: a.factIds[0],
    verdict: a.verdict,
    start: a.start,
    end: a.end,
  }));

/** The fact of the first card over `quote` in `text`, or null. */
function cardOver(text: string, published: string | null, quote: string): string | null {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in the text`);
  const end = at + quote.length;
  return annotate(text, published).find((a) => a.start < end && at < a.end)?.fact ?? null;
}

describe('an event described in its cue’s words, in one clause, gets a card with no value to confirm it', () => {
  it('“troops had pulled back from the last two friction points” is the Depsang–Demchok disengagement', () => {
    const text =
      'The Kailash Mansarovar Yatra is back. Officials noted that troops had pulled back from the last two friction points in Ladakh before the winter set in.';
    expect(cardOver(text, '2025-07-01', 'pulled back')).toBe('event.depsang-demchok-disengagement');
  });
  it('the card is shown where the article names the event elsewhere and a date confirms it', () => {
    const text =
      'The disengagement at Depsang and Demchok was welcomed in both capitals. Troops pulled back from the last two friction points on October 30.';
    expect(cardOver(text, '2024-11-05', 'pulled back')).toBe('event.depsang-demchok-disengagement');
  });
  it('another event named in the clause leaves the words ambiguous: no card for the other meeting', () => {
    const text =
      'The Kailash Mansarovar Yatra is back. That meeting followed the bilateral talks between Modi and Xi in Kazan.';
    const facts = annotate(text, '2025-09-05').map((a) => a.fact);
    expect(facts).not.toContain('event.tianjin-modi-xi-meeting');
  });
  it('a date of the clause that is another time than the event’s says the words mean something else', () => {
    const text =
      'The Kailash Mansarovar Yatra is back. Modi and Xi last held formal bilateral talks at Mahabalipuram in October 2019.';
    const facts = annotate(text, '2024-10-25').map((a) => a.fact);
    expect(facts).not.toContain('event.kazan-modi-xi-meeting');
    expect(facts).not.toContain('event.tianjin-modi-xi-meeting');
  });
  it('a cue’s words that are only names and a verb (“Xi Jinping met Narendra Modi”) get no card', () => {
    const text = 'Xi Jinping met Narendra Modi in Tianjin for bilateral talks.';
    const index = new MentionIndex(
      text,
      matcher.index,
      matcher.analyze(text),
      factById,
      parsePublished('2025-09-05'),
    );
    // Only the Tianjin meeting, so that no rival decides it.
    const mentions = index.mentions(0).filter((m) => m.fact.id === 'event.tianjin-modi-xi-meeting');
    expect(mentions.length).toBe(1);
    const sentence = { start: 0, end: text.length };
    expect(cuedInClause(text, index, sentence, mentions, [], index.named(0), [])).toEqual([]);
  });
  it('a clause that denies the words (“have not yet pulled back”) gets no card: that did not happen', () => {
    const text =
      'The Kailash Mansarovar Yatra is back. The troops have not yet pulled back from the last two friction points in Ladakh.';
    const facts = annotate(text, '2024-11-10').map((a) => a.fact);
    expect(facts).not.toContain('event.depsang-demchok-disengagement');
  });
  it('such a card never makes a page about something else carded', () => {
    // A football report: its words fit the disengagement's cue, nothing names an event.
    const text =
      'The visiting troops pulled back from the last two friction points of the match and defended their lead.';
    expect(annotate(text, '2025-03-01')).toEqual([]);
  });
});

describe('an event described by its keywords gets a card on two of them around an event word', () => {
  const lead = 'The disengagement at Depsang and Demchok was completed last year. ';
  it('“pilgrims went back to the holy lake and the sacred mountain in Tibet” is the Kailash pilgrimage', () => {
    const text = `${lead}Last summer Indian pilgrims went back to the holy lake and the sacred mountain in Tibet.`;
    expect(cardOver(text, '2025-09-01', 'holy lake')).toBe('event.kailash-mansarovar-yatra-2025');
  });
});

describe('days without a year, in a sentence about the past, take the year of the record they agree with', () => {
  const text = (days: string) =>
    `Six years ago tonight, Indian and Chinese troops clashed in the Galwan Valley. During the hand-to-hand fight on the night of ${days}, the commanding officer Col Santosh Babu and nineteen of his men lost their lives.`;
  it('“June 15-16” in an anniversary piece is the clash’s 2020, not a contradiction of our guessed year', () => {
    expect(claimAt(text('June 15-16'), '2026-06-15', 'June 15-16')).toMatchObject({
      fact: 'event.galwan-clash',
      verdict: 'consistent',
    });
  });
  it('days that are wrong in every year stay wrong', () => {
    expect(claimAt(text('June 18-19'), '2026-06-15', 'June 18-19')?.verdict).not.toBe('consistent');
  });
});

describe('topic words a reader expects carded', () => {
  it('India’s lack of magnet production is the rare-earth magnet squeeze', () => {
    const text = 'Automakers in India are short of parts. The country has no magnet production of its own.';
    expect(cardOver(text, '2025-08-01', 'magnet production')).toBe('topic.rare-earth-magnets-india');
  });
  it('a “détente” between Trump and Xi is the US–China truce', () => {
    const text = 'The détente between Trump and Xi calmed markets for a week.';
    expect(cardOver(text, '2025-11-05', 'détente')).toBe('topic.us-china-trade-truce-2025');
  });
});

describe('fact-base keywords in the dossier’s and news English words', () => {
  it('a “resolution” on the “border areas” is the patrolling agreement (China’s wording)', () => {
    const text =
      'The Kailash Mansarovar Yatra is back. In October the two sides reached a resolution on the issues in the border areas.';
    expect(claimAt(text, '2024-10-25', 'In October')).toMatchObject({
      fact: 'event.lac-patrolling-agreement-2024',
      verdict: 'consistent',
    });
  });
  it('pilgrims returning to the “holy sites” in Tibet is the Kailash pilgrimage', () => {
    const text =
      'The Kailash Mansarovar Yatra is back. Pilgrims returned to the holy sites in Tibet after five years.';
    expect(cardOver(text, '2025-08-01', 'holy sites')).toBe('event.kailash-mansarovar-yatra-2025');
  });
});

describe('a gap counted from an event named after it: the sentence is about the event before (round 10)', () => {
  it('“It came two months after last October’s agreement …” dates the event the sentence before named', () => {
    const text =
      'The last round, held in Beijing in December, was the first meeting of the Special Representatives in five years. It came two months after last October’s agreement on patrolling in eastern Ladakh.';
    const got = annotate(text, '2025-08-21').find((a) => a.quote === 'two months after');
    expect(got?.fact).toBe('event.sr-talks-23rd');
    expect(got?.verdict).toBe('consistent');
  });
});
