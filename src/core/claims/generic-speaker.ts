/**
 * A day told by nobody in particular (issue #7, ADR 0092). "Officials told reporters on Monday
 * that licences had been issued", "It emerged on Wednesday that …", "It was reported on Saturday
 * that China had suspended …", "… was repeated by officials on Friday": the day is when unnamed
 * people (officials, sources, analysts, diplomats, traders) or an impersonal "it" told the news,
 * not the day of the statement or act the record dates. A disagreement there is not certain.
 * Not when a name or a capitalised word qualifies the speakers ("MEA officials said on Monday",
 * "Indian Army sources said"): those may be the record's own announcers.
 */
import type { Span } from '../match/sentences';
import type { Checker } from './check-common';

const GENERIC =
  '(?:officials?|sources?|analysts?|diplomats?|executives?|traders?|brokers?|investors|economists|commentators|observers|insiders|people|experts|bodies|groups|associations|lobbies|reports?|media\\s+reports?)';
const TELL =
  '(?:said|says|told|tell|noted|notes|confirmed|reported|added|claimed|indicated|suggested|emerged|surfaced|repeated|echoed|reiterated|observed|pointed\\s+out|remarked|argued|wrote|warned|estimated|welcomed|hailed|cheered|reacted)';
/** "officials told reporters on", "analysts noted late on": the generic subject, lower-case and unqualified, then its verb. */
const GENERIC_SUBJECT = new RegExp(
  `(?:^|[,;:(“"]\\s*|\\b(?:[Tt]he|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther|and|but|that|while)\\s+)(?:senior\\s+|unnamed\\s+|government\\s+|industry\\s+|business\\s+|trade\\s+)?${GENERIC}\\s+(?:(?:have|had|also|privately|separately)\\s+)?${TELL}(?:\\s+(?:reporters|journalists|the\\s+media|the\\s+press))?\\s+(?:(?:late|early)\\s+)?(?:on\\s+)?$`,
  'i',
);
/** "It emerged on", "it was reported on", "it was learnt on". */
const IMPERSONAL =
  /\b[Ii]t\s+(?:emerged|surfaced|was\s+(?:reported|learnt|learned|revealed|confirmed))\s+(?:(?:late|early)\s+)?(?:on\s+)?$/;
/** "reported across Chinese media on", "carried in the press on": news told by the media, nobody named. */
const IN_MEDIA =
  /\b(?:reported|carried|published)\s+(?:across|in|by)\s+(?:(?:the|[A-Z][\w-]*|state|local|national|foreign)\s+){0,2}(?:media|press|outlets|newspapers)\s+(?:(?:late|early)\s+)?(?:on\s+)?$/;
/** "was repeated by officials on", "confirmed by sources on". */
const BY_GENERIC = new RegExp(
  `\\b${TELL}\\s+by\\s+(?:(?:senior|unnamed|government|industry)\\s+)?${GENERIC}\\s+(?:on\\s+)?$`,
  'i',
);

/** True when the date `e` is the day unnamed speakers or an impersonal "it" told something. */
export function genericSpeakerDate(c: Checker, e: Span): boolean {
  const before = c.input.text.slice(Math.max(c.sentence.start, e.start - 80), e.start);
  return (
    IMPERSONAL.test(before) ||
    IN_MEDIA.test(before) ||
    BY_GENERIC.test(before) ||
    GENERIC_SUBJECT.test(before)
  );
}
