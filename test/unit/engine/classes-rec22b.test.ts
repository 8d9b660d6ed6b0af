/**
 * Trade stories named in general news wording (issue #7, class paraphrase/topic; ADR 0062), with
 * sentences written for the rules (not from the eval corpus), each checked to fail without its
 * fact-base aliases.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { factById, matcher } from './claims-of';

/** The fact ids of the cards whose quote overlaps `quote` in `text`. */
function cardsOn(text: string, quote: string, published = '2025-11-20'): string[] {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in the text`);
  const end = at + quote.length;
  return annotateText(text, { matcher, factById, published })
    .filter((a) => a.start < end && a.end > at)
    .flatMap((a) => a.factIds);
}

describe('a collective noun over the number of notices names the October package', () => {
  it('“a set of six notices” on rare-earth export controls is the October controls', () => {
    const text =
      'The Commerce Ministry had issued a set of six notices tightening export controls on rare earths and related technology.';
    expect(cardsOn(text, 'set of six notices')).toContain('instrument.mofcom-october-2025-controls');
  });
  it('the same words about something else get no such card', () => {
    const text = 'The school board issued a series of six notices to parents about the new timetable.';
    expect(cardsOn(text, 'series of six notices')).not.toContain('instrument.mofcom-october-2025-controls');
  });
});

describe('the Busan meeting named by its venue', () => {
  it('“a South Korean air base” beside Trump and Xi is the Busan meeting', () => {
    const text =
      'Trump and Xi spent about 100 minutes together at a South Korean air base before the US president flew home.';
    expect(cardsOn(text, 'South Korean air base')).toContain('event.trump-xi-busan-meeting');
  });
  it('the venue alone, in a story without either leader, is not the meeting', () => {
    const text = 'Fighter jets landed at a South Korean air base during the annual drills.';
    expect(cardsOn(text, 'South Korean air base')).not.toContain('event.trump-xi-busan-meeting');
  });
});

describe('the leaders’ compound name for the truce', () => {
  it('“the Trump-Xi deal” is the US–China trade understanding', () => {
    const text = 'Soybean traders are still waiting to see what the Trump-Xi deal means for purchases.';
    expect(cardsOn(text, 'Trump-Xi deal')).toContain('topic.us-china-trade-truce-2025');
  });
});

describe('the Kuala Lumpur framework named by its country or as a trade framework', () => {
  it('“a framework in Malaysia” is the Kuala Lumpur framework', () => {
    const text = 'Negotiators drew up a framework in Malaysia that the two leaders were expected to approve.';
    expect(cardsOn(text, 'framework in Malaysia')).toContain('event.us-china-kuala-lumpur-framework');
  });
  it('“a trade framework” in a paragraph about the talks in Kuala Lumpur is that framework', () => {
    const text =
      'After two days of talks in Kuala Lumpur, the negotiators said they had a trade framework for their leaders.';
    expect(cardsOn(text, 'trade framework')).toContain('event.us-china-kuala-lumpur-framework');
  });
  it('“a trade framework” elsewhere is not', () => {
    const text = 'Britain and Canada signed a trade framework covering cheese and cars.';
    expect(cardsOn(text, 'trade framework')).not.toContain('event.us-china-kuala-lumpur-framework');
  });
});
