/**
 * Who made the statement a reporting date dates (ADR 0081). A fact that is someone's statement
 * ("MEA confirms Chinese rare-earth magnet licences for Indian firms") owns a reporting date
 * ("confirmed on Thursday that …"); but when the one speaking there is the other side — a
 * country, or people and bodies, none of them the fact's announcers and all of another country
 * than theirs ("Beijing confirmed on Tuesday that some Indian companies had received licences") —
 * the day is another statement on the same news, not the record's: a disagreement is not certain.
 */
import type { Fact } from '../facts/schema';
import type { Checker } from './check-common';
import { countrySpeaking } from './country-speakers';
import { speakersOf } from './date-owners';
import type { TemporalExpression } from './temporal';
import { clauseAt } from './ties';
import { escapeRegExp } from './words';

/** True when `e` dates a statement on `fact` (a statement by its announcers) made by the other side. */
export function otherSideSpeaks(
  c: Checker,
  e: Pick<TemporalExpression, 'start' | 'end' | 'reporting'>,
  fact: Fact,
): boolean {
  const announcers = fact.announcedBy ?? [];
  if (!e.reporting || fact.kind === 'instrument' || !announcers.length) return false;
  const speakers = speakersOf(c, e);
  if (announcers.some((id) => speakers.has(id) || namedIn(c, id))) return false;
  const theirs = new Set(
    announcers.map((id) => c.input.factById(id)?.country).filter((x) => x !== undefined),
  );
  if (!theirs.size) return false;
  const country = countrySpeaking(
    c.input.text,
    c.sentence,
    clauseAt(c.input.text, c.sentence, e.start).start,
    e,
  );
  const said = [
    ...(country ? [country] : []),
    ...[...speakers].map((id) => c.input.factById(id)?.country ?? null),
  ];
  return said.length > 0 && said.every((code) => code !== null && !theirs.has(code));
}

/**
 * "Jaiswal confirmed on Monday …": a name of the announcer that the matcher reads only in a
 * context (the MEA named nearby) still names him as the speaker.
 */
function namedIn(c: Checker, id: string): boolean {
  const said = c.input.text.slice(c.sentence.start, c.sentence.end);
  return (c.input.factById(id)?.aliases ?? []).some(
    (a) =>
      !a.lang && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(a.text)}(?![\\p{L}\\p{N}])`, 'u').test(said),
  );
}
