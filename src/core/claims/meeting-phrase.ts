/**
 * "last week's summit between President Trump and Xi", "after a meeting between Presidents Xi and
 * Trump last week" (ADR 0047): a date that is the possessor of a meeting noun, or ends a phrase
 * "a meeting between A and B", is the meeting's. Only an event that is a meeting owns it: a
 * statement, a set of controls or licences the sentence's topic stands for is not dated by it,
 * however well the date fits. A meeting of the people the phrase names, found by its keywords
 * alone, owns it when the date agrees with its record (never a disagreement: keywords alone do
 * not say which meeting a wrong date is).
 */
import type { Fact } from '../facts/schema';
import type { Span } from '../match/sentences';
import type { Checker } from './check-common';
import { certainDateClaim, foundByWords } from './date-claim';
import type { DateCheck } from './date-fallbacks';
import { type DateInterval, factInterval } from './dates';
import type { WeakFact } from './mention-types';
import type { Reason } from './reasons';
import { compareDates } from './verdict';

const NOUN = '(?:summit|meeting|talks|sit-down|bilateral)';
/** "'s summit between President Trump and Xi Jinping", after the date. */
const POSSESSED_MEETING = new RegExp(
  `^[’']s\\s+(?:[\\w-]+\\s+)?${NOUN}\\b(?:\\s+(?:between|with)\\s+[^,;:.]{3,90}?(?=[,;:.]|\\s(?:to|in|on|at|that|which|will|would|was|were|is|has|had|and\\s+(?:pushing|putting|said|says))\\b|$))?`,
  'i',
);
/** "a meeting between Presidents Xi Jinping and Donald Trump ", before the date. */
const MEETING_BEFORE = new RegExp(
  `\\b(?:a|the|their|last|this)\\s+(?:[\\w-]+\\s+)?${NOUN}\\s+between\\s+[^,;:.]{3,90}?\\s+$`,
  'i',
);

/** The meeting phrase the date is part of (date included), or null. */
export function meetingPhrase(text: string, sentence: Span, e: Span): Span | null {
  const after = POSSESSED_MEETING.exec(text.slice(e.end, Math.min(sentence.end, e.end + 120)));
  if (after) return { start: e.start, end: e.end + after[0].length };
  const from = Math.max(sentence.start, e.start - 120);
  const before = MEETING_BEFORE.exec(text.slice(from, e.start));
  return before ? { start: from + before.index, end: e.end } : null;
}

/** An event that is a meeting: its title or keywords say so. */
export function isMeeting(fact: Fact): boolean {
  if (fact.kind !== 'event') return false;
  const words = [fact.title, ...(fact.keywords ?? [])].join(' ').toLowerCase();
  return /\b(?:meeting|summit|talks|met|bilateral)\b/.test(words);
}

/** The persons the checker's mentions name inside `phrase`. */
export function personsIn(c: Checker, phrase: Span): Set<string> {
  return new Set(
    c.mentions
      .filter((m) => m.fact.kind === 'person' && m.positions.some((p) => p >= phrase.start && p < phrase.end))
      .map((m) => m.fact.id),
  );
}

/** True when the meeting's actors include every person the phrase names. */
export const ofThesePeople = (fact: Fact, persons: ReadonlySet<string>): boolean =>
  [...persons].every((p) => (fact.actors ?? []).includes(p));

/**
 * The one meeting the sentence has a keyword of, of two or more people the phrase names, whose
 * record the date agrees with (`agrees` decides), or null.
 */
export function meetingOfPeople(
  weak: readonly WeakFact[],
  persons: ReadonlySet<string>,
  agrees: (record: NonNullable<ReturnType<typeof factInterval>>) => boolean,
): WeakFact | null {
  if (persons.size < 2) return null;
  const fits = weak.filter((w) => {
    const record = w.fact.date ? factInterval(w.fact.date) : null;
    return record !== null && isMeeting(w.fact) && ofThesePeople(w.fact, persons) && agrees(record);
  });
  return fits.length === 1 ? (fits[0] ?? null) : null;
}

/** The claim for a date in a meeting phrase that no tied meeting owns: the one meeting of its people it agrees with. */
export function meetingClaim(
  c: Checker,
  e: Span,
  claimed: DateInterval,
  read: Reason,
  persons: ReadonlySet<string>,
): DateCheck | null {
  const w = meetingOfPeople(c.weak?.() ?? [], persons, (record) => compareDates(claimed, record).agrees);
  if (!w?.fact.date) return null;
  const record = factInterval(w.fact.date) as DateInterval;
  const cmp = { agrees: true, reason: compareDates(claimed, record).reason };
  const via = foundByWords(w.fact, w.words);
  return { claim: certainDateClaim(c, e, claimed, read, w.fact, via, record, cmp), anchor: claimed };
}
