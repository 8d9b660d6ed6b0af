/**
 * Dates an instrument's own verbs govern (ADR 0084): "the six notices issued on Oct. 9", "the
 * regime Beijing put in place in April", "the package it rolled out on Oct. 9", "due to bite on
 * Nov. 8", "the extraterritorial provisions were slated for Dec. 1", "set to expire … Nov. 10",
 * "The April 4 rules", "since early April, when Beijing began requiring licences". The verb (of
 * issuing, taking effect or running out) or the rules' noun says the date is one of an
 * instrument's own days: its issue, its start or its end. Which of them is what the record settles,
 * so the claim only confirms: the date must agree with exactly one of the fact base's instruments
 * and their dated parts (its scheduled start, the end of its suspension), and that instrument's
 * family (itself, its parts, the facts it relates to or that relate to it, its issuer) must be
 * named in the sentence, the sentence before, or earlier in the paragraph. A date that agrees with
 * none of them (a rule the base does not hold) or with two makes no claim, so never a `differs`.
 */
import type { Fact } from '../facts/schema';
import type { MatcherIndex } from '../match/terms';
import type { Claim } from './claim';
import { cueDateClaim } from './confirming-date';
import { type DateInterval, factInterval } from './dates';
import { issuedInstrument, issuedNounPhrase } from './issued-instrument';
import { lookupsOf, type Memo } from './mention-lookups';
import type { Mention } from './mention-types';
import type { TemporalExpression } from './temporal';
import { compareDates } from './verdict';
import { escapeRegExp } from './words';

/** Verbs of an instrument's issue. */
const ISSUE = [
  'announced',
  'issued',
  'published',
  'unveiled',
  'rolled\\s+out',
  'introduced',
  'imposed',
  'put\\s+in\\s+place',
  'set\\s+up',
  'adopted',
  'dated',
  'restricted',
].join('|');
/** Verbs of an instrument's start or end (or of a part's: "parts of the rule follow Dec. 1"). */
const START = [
  '(?:take|takes|took|taking|taken)\\s+effect',
  '(?:come|comes|came|coming)\\s+into\\s+(?:force|effect)',
  'kick(?:s|ed)?\\s+in',
  'appl(?:y|ies|ied)',
  'bite',
  'due',
  'slated',
  'set\\s+(?:for|to)',
  'scheduled',
  'effective',
  'follow(?:s|ed|ing)?',
  'expir(?:e|es|ed|y)',
  '(?:run|runs|ran)\\s+out',
  'laps(?:e|es|ed)',
].join('|');
/** The verb, then up to six words with no clause break, right before the date. */
const before = (verbs: string) => new RegExp(`\\b(?:${verbs})\\b(?:\\s+[^\\s,;:—–()]+){0,6}?\\s*$`, 'i');
const ISSUED_BEFORE = before(ISSUE);
const STARTS_BEFORE = before(START);
/** "starting Dec. 1", "from Nov. 8", "an expiry date: Nov. 10": a start or end named by its preposition alone. */
const FROM = /\b(?:starting|from|expiry\s+date\s*:)\s*$/i;
/** "The April 4 rules", "Oct. 9 rare earth controls". */
const RULES_AFTER =
  /^\s+(?:[a-z-]+\s+){0,2}?(?:rules|controls|curbs|regime|restrictions|notices|announcements|package|measures)\b/i;
/** "April 4, when the commerce ministry made licences mandatory", "Commerce Ministry on April 4 required". */
const ACT_AFTER =
  /^(?:,?\s+when\s+[^,;:—–]{0,50}?\b|\s+)(?:(?:began|started)\s+)?(?:requiring|required|imposed|introduced|announced|issued|unveiled|published|made\s+licen[cs]es)\b/i;
/** "Nov. 10, 2026, when Beijing's pause is set to expire". */
const ENDS_AFTER =
  /^,?\s+when\s+[^,;:—–]{0,50}?\b(?:set\s+to|due\s+to|will)\s+(?:expire|lapse|end|run\s+out|take\s+effect|kick\s+in)\b/i;
/** A month or a weekday: what a sentence that names nothing needs before it is read for dates here. */
export const NAMES_A_DAY =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
/** A cheap screen for sentences that name nothing: an instrument's verb or noun is in them. */
export const INSTRUMENT_DATE = new RegExp(
  `\\b(?:${ISSUE}|${START}|starting|from|expiry|rules|controls|curbs|regime|notices|package|required|requiring)\\b`,
  'i',
);

interface Candidates {
  /** The instruments and their dated parts: the days a frame may name. */
  readonly dated: readonly Fact[];
  /** For each of them, the ids of its family (itself, parts, relations both ways, issuers). */
  readonly family: ReadonlyMap<string, ReadonlySet<string>>;
  /** For each dated part, the instrument it is part of. */
  readonly owner: ReadonlyMap<string, string>;
}

const built = new WeakMap<MatcherIndex, Candidates>();

function candidatesOf(
  index: MatcherIndex,
  factById: (id: string) => Fact | undefined,
  memo?: Memo,
): Candidates {
  const got = built.get(index);
  if (got) return got;
  const ids = new Set([
    ...index.terms.map((t) => t.factId),
    ...index.cues.map((c) => c.factId),
    ...index.keywords.map((k) => k.factId),
  ]);
  const facts = [...ids].map((id) => factById(id)).filter((f): f is Fact => f !== undefined);
  const partsOf = lookupsOf(index, factById, memo).partsOf;
  const dated: Fact[] = [];
  const family = new Map<string, ReadonlySet<string>>();
  const owner = new Map<string, string>();
  for (const instrument of facts.filter((f) => f.kind === 'instrument')) {
    const parts = (partsOf.get(instrument.id) ?? []).filter((f) => f.date);
    // (Not the events that only say they came after it: a talk "after" the controls is not about them.)
    const ids = new Set<string>([instrument.id, ...(instrument.actors ?? [])]);
    for (const r of instrument.relations ?? []) ids.add(r.target);
    for (const f of facts)
      if (f.kind !== 'event' && (f.relations ?? []).some((r) => r.target === instrument.id)) ids.add(f.id);
    for (const m of instrument.date ? [instrument, ...parts] : parts) {
      dated.push(m);
      family.set(m.id, new Set([...ids, m.id]));
    }
    for (const p of parts) owner.set(p.id, instrument.id);
  }
  const out = { dated, family, owner };
  built.set(index, out);
  return out;
}

/** How a frame dates: an issue (its verb or the rules' noun) or a start or end; before or after the date. */
interface Frame {
  readonly words: string;
  readonly starts: boolean;
  readonly after: boolean;
}

/** The words that frame `e` as an instrument's day, or null. */
function frame(text: string, from: number, e: TemporalExpression): Frame | null {
  const ahead = text.slice(Math.max(from, e.start - 70), e.start);
  const s = STARTS_BEFORE.exec(ahead) ?? FROM.exec(ahead);
  if (s) return { words: s[0].trim(), starts: true, after: false };
  const i = ISSUED_BEFORE.exec(ahead);
  if (i) return { words: i[0].trim(), starts: false, after: false };
  const after = text.slice(e.end, e.end + 80);
  const end = ENDS_AFTER.exec(after);
  if (end) return { words: end[0].trim(), starts: true, after: true };
  // (Only a day names the rules it stands before: "the April rules", "the October package" use the
  // month as the rules' name, which is no claim of their date.)
  const a = (e.interval?.precision === 'day' ? RULES_AFTER.exec(after) : null) ?? ACT_AFTER.exec(after);
  return a ? { words: a[0].trim(), starts: false, after: true } : null;
}

/**
 * "IndiGo agreed to restore direct flights to China in April, when Beijing began requiring licences":
 * the date's own clause names another event, which the date is about; the "when" clause after it
 * only says what else happened then.
 */
function otherEventInClause(
  text: string,
  from: number,
  e: TemporalExpression,
  mentions: readonly Mention[],
  kin: ReadonlySet<string>,
): boolean {
  const head = text.slice(from, e.start);
  const opens = from + Math.max(...[',', ';', ':', '—', '–'].map((c) => head.lastIndexOf(c) + 1));
  return mentions.some(
    (m) =>
      m.fact.kind === 'event' && !kin.has(m.fact.id) && m.positions.some((p) => p >= opens && p < e.start),
  );
}

/**
 * "The frozen code would also have covered imported parts from June 1. Most of it was to take
 * effect on May 2." (an instrument dated in two parts, May 2 and June 1): a `differs` on one dated
 * part of an instrument, found only by its keywords (here a cue the paragraph completes with the
 * sentence before, which dated that part itself), where the start verb's day agrees with another
 * dated part of the same instrument. Which of the instrument's days the verb names is what the
 * record settles; the sibling's keywords do not say the sentence is about that part (ADR 0136).
 */
function siblingByKeywords(c: Claim, factId: string, owner: ReadonlyMap<string, string>): boolean {
  const whole = owner.get(factId);
  return (
    whole !== undefined &&
    c.factId !== factId &&
    owner.get(c.factId) === whole &&
    c.reasons[0]?.code === 'found-evidence'
  );
}

/** Verbs of an end, not a start: "set to expire", "runs out". */
const ENDS = /\b(?:expir|run|ran|laps|end)/i;
/** A start moved ("now due", "pushed back to"): not the scheduled start the record holds. */
const RESCHEDULED = /\b(?:now|instead|again|postpone|delay|defer|push(?:ed|es)?\s+back|moved|new\s+date)/i;
/** A date that names its month ("Nov. 8", a year-less one too), not a weekday's or "yesterday"'s. */
const MONTH_NAMED = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/i;
/** Where the sentence after a date ends (not at "Nov." or "No."). */
const SENTENCE_END =
  /(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|Nos|Mr|Mrs|Ms|Dr|St|U\.S|U\.K))[.!?]["”’]?\s+(?=["“‘]?[A-Z])/;
/** A clause after the date's: a semicolon, a dash, or ", with / and / while / but". */
const CLAUSE_AFTER = /[;—–]|,\s+(?:with|and|while|but|whereas)\b/i;
/** "follows the Oct. 30 meeting": the date names what came before, not a start. */
const FOLLOWS_THE = /\bfollow\w*\s+(?:the|a|an|its|his|her|their)\b/i;
/** A levy's start ("tariffs from Nov. 1"): not an instrument's. */
const LEVY = /\b(?:tariffs?|duty|duties|levy|levies|fees?|tax(?:es)?)\b/i;
/** The words of a cue that say a dated part is a scheduled start ("take effect", "kick in"). */
const START_CUE = /\b(?:take|took|takes|taking|taken)\s+effect\b|\bkicks?\s+in\b|\binto\s+force\b/i;

const dayOf = (f: Fact) => (f.date ? (factInterval(f.date)?.start ?? 0) : 0);
const startCue = (g: readonly string[]) => g.some((w) => START_CUE.test(w));
const groupsOf = (f: Fact): readonly (readonly string[])[] => (f.cues ?? []).flatMap((c) => c.allOf);
const said = (words: string, phrase: string) =>
  new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'iu').test(words);

/**
 * ADR 0139: the scheduled start a start frame's date ("due to kick in Nov. 8", "slated for Dec. 1",
 * "starting from Nov. 8") is about, when the date agrees with no instrument's day. The instrument
 * must be named itself (or one of its parts) in the sentence, the sentence before or earlier in the
 * paragraph, and be the only one so named that has scheduled starts (parts whose cues speak of taking
 * effect). Of its starts, the first is what "the controls take effect" means; a later one (a part's
 * own later start) is read only when the sentence says one of its own cue words that the first's cue
 * does not ("the extraterritorial provisions", "foreign-made goods"). Null when nothing settles it.
 */
function scheduledStart(
  text: string,
  from: number,
  e: TemporalExpression,
  dated: readonly Fact[],
  owner: ReadonlyMap<string, string>,
  mentions: readonly Mention[],
  near: () => ReadonlySet<string>,
  factById: (id: string) => Fact | undefined,
): Fact | null {
  const starts = dated.filter((d) => owner.has(d.id) && groupsOf(d).some(startCue));
  const instrumentOf = (id: string) =>
    owner.get(id) ?? (factById(id)?.kind === 'instrument' ? id : undefined);
  // (The one instrument with scheduled starts named in the sentence, the one before or earlier in the
  // paragraph; an earlier instrument named there too leaves it open which one is meant, while a later
  // act about it, such as its suspension, does not.)
  const named = new Set([...near()].map(instrumentOf).filter((id): id is string => id !== undefined));
  const withStarts = [...named].filter((id) => starts.some((d) => owner.get(d.id) === id));
  const instrument = withStarts.length === 1 ? withStarts[0] : undefined;
  if (!instrument) return null;
  const at = (id: string) => {
    const f = factById(id);
    return f ? dayOf(f) : 0;
  };
  // (ADR 0145: an earlier instrument has no scheduled start of its own in the record, so it is a
  // rival only for a date before the named one's issue: "the April curbs … ; most items will apply
  // from Nov. 8" is the October package's start.)
  const afterIssue = e.interval !== null && e.interval.start >= at(instrument);
  const rival = (id: string) => id !== instrument && at(id) <= at(instrument) && !afterIssue;
  if ([...named].some(rival)) return null;
  // (Another event or instrument named before the date in its own sentence may be what starts then:
  // "the framework removed the threat of 100% tariffs from Nov. 1" — but not an earlier instrument
  // that is no rival by the rule above.)
  const other = mentions.some((m) => {
    if (!m.positions.some((p) => p >= from && p < e.start)) return false;
    if (m.fact.kind === 'event') return instrumentOf(m.fact.id) !== instrument;
    if (m.fact.kind !== 'instrument') return false;
    const id = instrumentOf(m.fact.id);
    return id !== undefined && id !== instrument && (at(id) > at(instrument) || rival(id));
  });
  if (other) return null;
  const own = starts.filter((d) => owner.get(d.id) === instrument).sort((a, b) => dayOf(a) - dayOf(b));
  const [first, ...later] = own;
  if (!first) return null;
  const firstWords = new Set(
    groupsOf(first)
      .flat()
      .map((w) => w.toLowerCase()),
  );
  const rest = text.slice(e.end, e.end + 240);
  // (The date's sentence up to another clause: "most kick in Nov. 8; parts of the extraterritorial
  // rule follow Dec. 1" — the second clause's words are its own date's.)
  const ends = [SENTENCE_END.exec(rest)?.index, CLAUSE_AFTER.exec(rest)?.index].filter(
    (n): n is number => n !== undefined,
  );
  const words = text.slice(from, e.end) + rest.slice(0, Math.min(rest.length, ...ends));
  const marked = later.filter((d) =>
    groupsOf(d)
      .filter((g) => !startCue(g))
      .flat()
      .some((w) => !firstWords.has(w.toLowerCase()) && said(words, w)),
  );
  if (marked.length > 1) return null;
  return marked[0] ?? first;
}

/**
 * A date written without its year whose month and day agree with the record a year apart: the year
 * was guessed wrong (from the publication day), not the date — no claim.
 */
function yearMisread(e: TemporalExpression, claimed: DateInterval, record: DateInterval | null): boolean {
  if (!record) return false;
  if (/\b\d{4}\b/.test(e.text)) return false;
  return [-366, -365, 365, 366].some(
    (d) => compareDates({ ...claimed, start: claimed.start + d, end: claimed.end + d }, record).agrees,
  );
}

/** What `instrumentDates` found: its claims, and the claims of `here` they replace. */
export interface InstrumentDates {
  readonly claims: readonly Claim[];
  readonly replaced: ReadonlySet<Claim>;
}

/**
 * Confirming claims for the dates among `expressions` (of the sentence starting at `from`) that an
 * instrument's verb or noun frames and no claim in `here` covers — but one saying `context` (the
 * engine was unsure of it, and this day agrees with a record), or one saying `differs` on the
 * instrument whose scheduled start or end the frame's verb names and the day agrees with (the
 * start is not the instrument's issue: "the October controls, due to bite on Nov. 8"), which it
 * replaces. `near` are the facts named in the sentence, the sentence before and earlier in its
 * paragraph.
 */
export function instrumentDates(
  text: string,
  from: number,
  expressions: readonly TemporalExpression[],
  here: readonly Claim[],
  mentions: readonly Mention[],
  near: () => ReadonlySet<string>,
  index: MatcherIndex,
  factById: (id: string) => Fact | undefined,
  published: number | null,
  memo?: Memo,
): InstrumentDates {
  const claims: Claim[] = [];
  const replaced = new Set<Claim>();
  for (const e of expressions) {
    // (A date read as a report's — "notices issued on Oct. 9" — is still the notices' own day here.)
    if ((e.kind !== 'absolute' && e.kind !== 'relative') || e.ambiguous) continue;
    const claimed = e.interval;
    if (!claimed) continue;
    const over = (c: Claim) => c.start < e.end && e.start < c.end;
    if (claims.some(over)) continue;
    const f = frame(text, from, e);
    if (!f) continue;
    const { dated, family, owner } = candidatesOf(index, factById, memo);
    const fits = dated.filter((d) => {
      const record = d.date ? factInterval(d.date) : null;
      return record !== null && compareDates(claimed, record).agrees;
    });
    if (fits.length === 0) {
      const framed =
        (e.kind === 'absolute' || MONTH_NAMED.test(e.text)) &&
        claimed.precision === 'day' &&
        !RESCHEDULED.test(text.slice(from, e.start)) &&
        !FOLLOWS_THE.test(f.words) &&
        !MONTH_NAMED.test(f.words) &&
        !/\d/.test(f.words) &&
        !f.after;
      // ADR 0170: "the export restrictions it announced on Oct. 2" — the issue day of the instrument
      // the words name.
      const np = framed && !f.starts ? issuedNounPhrase(text, from, e) : null;
      const wrong =
        framed &&
        !(FROM.test(f.words) && LEVY.test(text.slice(from, e.start))) &&
        f.starts &&
        !ENDS.test(f.words)
          ? scheduledStart(text, from, e, dated, owner, mentions, near, factById)
          : np !== null
            ? issuedInstrument(text, np, e, mentions, near, owner, factById)
            : null;
      const start = wrong?.date ? factInterval(wrong.date) : null;
      if (!wrong || !start || dated.some((d) => d.date && yearMisread(e, claimed, factInterval(d.date))))
        continue;
      const under = here.filter(over);
      if (
        !under.every(
          (c) => c.verdict === 'context' || (c.verdict === 'differs' && owner.get(wrong.id) === c.factId),
        )
      )
        continue;
      for (const c of under) replaced.add(c);
      claims.push({ ...cueDateClaim(text, e, wrong, claimed, start, f.words, published, true), byKin: true });
      continue;
    }
    const fact = fits.length === 1 ? fits[0] : undefined;
    const record = fact?.date ? factInterval(fact.date) : null;
    if (!fact || !record) continue;
    const kin = family.get(fact.id) ?? new Set<string>();
    if (f.after && otherEventInClause(text, from, e, mentions, kin)) continue;
    const names = near();
    if (![...kin].some((id) => names.has(id))) continue;
    // (Only a verb of start or end before the date outweighs the engine's own tie.)
    const under = here.filter(over);
    const yields = (c: Claim) =>
      f.starts &&
      !f.after &&
      (c.verdict === 'context' ||
        (c.verdict === 'differs' &&
          (owner.get(fact.id) === c.factId || siblingByKeywords(c, fact.id, owner))));
    if (!under.every(yields)) continue;
    for (const c of under) replaced.add(c);
    claims.push({ ...cueDateClaim(text, e, fact, claimed, record, f.words, published, false), byKin: true });
  }
  return { claims, replaced };
}

/** `here` without the claims `found` replaces, and `found`'s claims. */
export function withInstrumentDates(here: readonly Claim[], found: InstrumentDates): Claim[] {
  return [...here.filter((c) => !found.replaced.has(c)), ...found.claims];
}
