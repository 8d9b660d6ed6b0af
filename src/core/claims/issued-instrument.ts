/**
 * "the sweeping export restrictions it announced on Oct. 2", "six notices published on Oct. 19", "That
 * regime, announced Oct. 29": a day said by the issuing verb of a noun phrase for an instrument (its
 * measures, notices, regime …), the phrase before the verb as its object (ADR 0170). ADR 0084 reads
 * such a frame only when the day agrees with one of the fact base's instruments; a wrong day agreed
 * with none and was left unread. Here the instrument is chosen by the text's words alone, never by
 * the day: the one instrument (or a dated part of it) the sentence names, or the one its noun phrase
 * names when the sentence names more; if the sentence names none, the one named in the sentence before
 * or earlier in its paragraph. Its issue day is then what the frame says, and a day that agrees with
 * no instrument is `differs` from it. Only for a day that names its month (ADR 0139's guards: no
 * weekday, no year guessed a year off, no moved date).
 */
import type { Fact } from '../facts/schema';
import { factInterval, ymd } from './dates';
import type { Mention } from './mention-types';
import type { TemporalExpression } from './temporal';
import { MONTH_NAMES, monthNumber } from './words';

/** Nouns of an instrument: what the issuing verb's object is headed by. */
const NOUNS =
  'measures|controls|rules|regime|restrictions|curbs|notices|notice|announcements|package|regulations';
/** Verbs of issuing (ADR 0084's, without "dated" and "restricted", which take no instrument as object). */
const ISSUE =
  'announced|issued|published|unveiled|released|rolled\\s+out|introduced|imposed|put\\s+in\\s+place|set\\s+up|adopted';
/**
 * The noun, an optional comma or relative pronoun, at most four words (its issuer: "it", "Beijing",
 * "China's commerce ministry") with no clause break, then the verb and "on", right before the date.
 */
const ISSUED_NP = new RegExp(
  `\\b(?:${NOUNS})\\b(?:\\s*,)?(?:\\s+(?:that|which))?((?:\\s+[^\\s,;:—–()]+){0,4}?)\\s+(?:${ISSUE})\\s+(?:on\\s+)?$`,
  'i',
);
/** A month among the last words before the noun: "the April curbs", "Beijing's October export controls". */
const NAMED_BY_MONTH = new RegExp(`\\b(${MONTH_NAMES})\\b(?:\\s+[\\w-]+){0,2}\\s*$`);
/** Words between the noun and the verb that make the phrase no object of the verb ("the curbs were lifted, Beijing announced"). */
const NOT_ITS_ISSUER =
  /\b(?:was|were|is|are|be|been|has|have|had|will|would|said|says|told|after|before|since|when)\b/i;

/** The start of the instrument's noun phrase when `e` is said by its issuing verb, or null. */
export function issuedNounPhrase(text: string, from: number, e: TemporalExpression): number | null {
  const start = Math.max(from, e.start - 100);
  const ahead = text.slice(start, e.start);
  const m = ISSUED_NP.exec(ahead);
  if (!m || NOT_ITS_ISSUER.test(m[1] ?? '')) return null;
  return start + m.index;
}

/**
 * The one instrument the frame's noun phrase (starting at `np`) is about, chosen by words: the one
 * instrument the sentence names (a dated part standing for its instrument); of several, the one named
 * between the noun phrase's start and the date; when the sentence names none, the one named in the
 * sentence before or earlier in the paragraph (`near`); an instrument that supersedes another stands
 * for that one unless named by its name in the phrase. Null when no one instrument is settled, when
 * the phrase names another month, or when an event (not an instrument's dated part) is named in the
 * phrase.
 */
export function issuedInstrument(
  text: string,
  np: number,
  e: TemporalExpression,
  mentions: readonly Mention[],
  near: () => ReadonlySet<string>,
  owner: ReadonlyMap<string, string>,
  factById: (id: string) => Fact | undefined,
): Fact | null {
  const instrumentOf = (id: string) =>
    owner.get(id) ?? (factById(id)?.kind === 'instrument' ? id : undefined);
  const own = mentions.filter((m) => !m.derived && !m.inherited);
  const ids = (ms: readonly Mention[]) =>
    new Set(ms.map((m) => instrumentOf(m.fact.id)).filter((id): id is string => id !== undefined));
  let named = ids(own);
  if (named.size > 1) named = ids(own.filter((m) => m.positions.some((p) => p >= np && p < e.start)));
  else if (named.size === 0)
    named = new Set([...near()].map(instrumentOf).filter((id): id is string => id !== undefined));
  // (An act on an earlier instrument, not named by its name inside the noun phrase, is not what the
  // phrase's verb issued: "Beijing agreed to pause for a year the controls it announced on Oct. 9",
  // "Under No. 70, six notices published on Oct. 9 are suspended" — the instrument it supersedes.)
  const inPhrase = (id: string) =>
    own.some(
      (m) =>
        m.strength === 'alias' &&
        instrumentOf(m.fact.id) === id &&
        m.positions.some((p) => p >= np && p < e.start),
    );
  named = new Set(
    [...named].map((id) => (inPhrase(id) ? id : (theOneItSupersedes(id, owner, factById) ?? id))),
  );
  if (named.size !== 1) return null;
  const [id] = [...named];
  const instrument = id ? factById(id) : undefined;
  if (!instrument?.date) return null;
  // (A noun phrase that names its instrument by another month, "the April curbs, imposed on 4 April
  // 2024", is that month's instrument, which the sentence does not name.)
  const month = NAMED_BY_MONTH.exec(text.slice(Math.max(0, np - 40), np))?.[1];
  const record = factInterval(instrument.date);
  if (month && record && monthNumber(month) !== ymd(record.start).month) return null;
  // (An event named in the phrase before the date, not an instrument's dated part, may be what the
  // verb is about: "the framework Bessent announced on Oct. 26".)
  const event = own.some(
    (m) =>
      m.fact.kind === 'event' &&
      instrumentOf(m.fact.id) === undefined &&
      m.positions.some((p) => p >= np && p < e.start),
  );
  return event ? null : instrument;
}

/** The one instrument `id` supersedes (the fact base's `superseded-by` relation, read backwards), or null. */
function theOneItSupersedes(
  id: string,
  owner: ReadonlyMap<string, string>,
  factById: (id: string) => Fact | undefined,
): string | null {
  const instruments = new Set(owner.values());
  const earlier = [...instruments].filter((o) =>
    (factById(o)?.relations ?? []).some((r) => r.type === 'superseded-by' && r.target === id),
  );
  return earlier.length === 1 ? (earlier[0] ?? null) : null;
}
