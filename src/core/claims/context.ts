/**
 * What a sentence refers to beyond what it names: the events a topic stands for, the events
 * of the sentence before that it points back to, the gap in years a recency sentence is
 * about; which referred facts it cannot be about (events after publication); which events
 * it paraphrases (a card of their own); and whether the article mentions what superseded a
 * fact (for `outdated`).
 */

import { relatedEither } from '../facts/graph';
import type { Fact } from '../facts/schema';
import { agreesWithRecord, type Claim } from './claim';
import { factInterval } from './dates';
import { CUE_SCORE, type Mention, type MentionIndex, RANK, REPORTING_LAG_DAYS } from './mentions';
import { ownWords } from './phases';
import { reason } from './reasons';
import { REMAINING_TIME } from './temporal-cues';

/** An event named without its aliases (by cue or evidence): a card on its deciding word. */
export interface Paraphrase {
  readonly start: number;
  readonly end: number;
  readonly factId: string;
  readonly mention: Mention;
  /**
   * Found by its cue's words alone, with no value confirming them (cue-cards.ts): a card on a
   * page already about the fact base's topics, never the reason a page is.
   */
  readonly unconfirmed?: boolean;
  /** The verb of an act of commitment (act-verb.ts): carded even where the article names the event. */
  readonly act?: boolean;
}

/**
 * Words that put a sentence in the future ("will take effect", "is due to", "scheduled"). Also a
 * start told by a participle or in the present ("…, with those provisions taking effect from Dec. 1",
 * "Most of the provisions kick in Nov. 8") and a rule's "may not|only|be" ("… may not be exported without
 * approval from Nov. 8"), ADR 0118: they say when the start is to come as plainly as "take effect".
 */
const FUTURE_WORDS =
  /\b(to restore|to reopen|will|shall|would|could|(?:was|were) to|to apply|to take effect|take effect|takes effect|taking effect|coming into (?:force|effect)|kicks? in|may (?:not|only|be)|due to|set to|scheduled|expected to|slated|plans? to|planned|expire|expires|lapses?|runs? out|from now|until|invit\w*|upcoming|forthcoming|ahead of|to (?:attend|visit|meet|hold|be held|start|begin|resume))\b/i;

/**
 * Words that make what follows them a prospect under deliberation ("exchanged views on … the
 * resumption of pilgrimages", "Reviving a Hindu pilgrimage … was also discussed", "agreed to keep
 * pushing for …"): a sentence of talks held before an event may name the event they prepared
 * (ADR 0074).
 */
export const PROSPECT_WORDS =
  /\b(?:discuss(?:ed|es|ing|ion|ions)?|exchanged views|(?:push|pushing|pushed|press|pressing|pressed|call|calling|called) for)\b/i;

/** Words of a recency claim: "the first … since 2019", "resumed after … five years ago". */
export const RECENCY =
  /\b(first|for the first time|resum\w*|restart\w*|restor\w*|again|gap|hiatus|(?:not|never)(?:\s+\w+){0,3}\s+since)\b/i;

/**
 * Drops facts the sentence cannot be about: an event found only by cue or keywords that
 * happened after the article was published (unless the sentence speaks of the future).
 * A name is kept: "Busan" in 2024 is still the city, which the page gate handles.
 */
export function plausible(
  mentions: readonly Mention[],
  published: number | null,
  sentence: string,
): Mention[] {
  // ("Nine months remain before the pause ends on …": time still left speaks of what is ahead, ADR 0168.)
  if (
    published === null ||
    FUTURE_WORDS.test(sentence) ||
    PROSPECT_WORDS.test(sentence) ||
    REMAINING_TIME.test(sentence)
  )
    return [...mentions];
  return mentions.filter((m) => {
    if (m.strength === 'alias' || !m.fact.date) return true;
    const iv = factInterval(m.fact.date);
    return !iv || iv.start <= published + REPORTING_LAG_DAYS;
  });
}

/**
 * Facts a sentence refers to through another: a topic named in it ("the export
 * restrictions") stands for its dated events and instruments, each a candidate for the
 * sentence's dates (never firm on its own: the topic does not say which is meant); and in a
 * recency sentence ("the first … in five years") an event stands for its gap in years.
 */
export function withRelated(
  mentions: readonly Mention[],
  factById: (id: string) => Fact | undefined,
  sentence: string,
): Mention[] {
  const out = [...mentions];
  const present = new Set(mentions.map((m) => m.fact.id));
  const recency = RECENCY.test(sentence);
  for (const m of mentions) {
    const topic = m.fact.kind === 'topic' && m.strength !== 'evidence';
    const event = recency && m.fact.kind === 'event' && m.strength !== 'evidence';
    if (!topic && !event) continue;
    for (const rel of m.fact.relations ?? []) {
      const fact = factById(rel.target);
      if (!fact || present.has(fact.id)) continue;
      if (topic ? !fact.date : fact.quantity?.unit !== 'years') continue;
      present.add(fact.id);
      out.push({
        fact,
        positions: m.positions,
        // A topic does not say which of its events is meant: each is a candidate as firm as the
        // topic's name, and the others stay rivals unless the value clearly fits one.
        strength: 'cue',
        score: CUE_SCORE,
        via: reason('found-cue', { fact: fact.title, words: text(m) }),
        ...(topic ? { derived: true } : {}),
      });
    }
  }
  return out;
}

const text = (m: Mention) => String(m.via.params.quote ?? m.via.params.words ?? '');

export const isEventMention = (m: Mention) =>
  (m.fact.kind === 'event' || m.fact.kind === 'instrument') && !m.derived && RANK[m.strength] >= RANK.cue;

/** "It was …", "The meeting …", "made that understanding public": words that point back. */
const ANAPHOR =
  /^(?:It|This|That|They)\b|\b(?:the|that|this|these|those|their|its)\s+(?:[a-z]+\s+)?(meeting|talks|visit|trip|move|decision|agreement|understanding|deal|pact|summit|suspension|announcement|notice|controls|curbs|measures|restrictions|rules|pause|clash|leaders)\b/i;

/** Nouns that stand for any instrument (a notice or its measures). */
const INSTRUMENT_NOUNS = new Set(['contr', 'curbs', 'measu', 'restr', 'rules', 'annou', 'notic']);

/**
 * "Two weeks before that meeting, New Delhi had announced an understanding on patrolling": the
 * pointing words are the very thing the gap counts from (nothing but "after"/"before" between),
 * so the event they stand for is its anchor even though the sentence names an event of its own.
 */
const gapObject = (words: string, offset: number, countedFrom: number, at: number): boolean =>
  at >= countedFrom - offset &&
  /^\s*(?:after|before|ahead of|prior to|following)?\s*$/i.test(words.slice(countedFrom - offset, at));

/**
 * A sentence that points back ("It was their first formal meeting in five years", "Misri
 * made that understanding public on 21 October") and names no event of its own refers to
 * the events of the sentence before: they become its candidates, found by the pointing
 * words (a named noun must be one of the event's own words).
 */
export function anaphora(
  words: string,
  offset: number,
  own: readonly Mention[],
  previous: readonly Mention[],
  countedFrom = Number.POSITIVE_INFINITY,
): Mention[] {
  // "It came two months after last October's agreement": an event named only after the gap
  // is what the gap counts from, not what the sentence is about.
  // The pointing words must then come before the gap.
  const relaxed = own.some(isEventMention);
  const subjects = own.filter((m) => m.positions.some((p) => p < countedFrom));
  if (!previous.length || subjects.some(isEventMention)) return [];
  const m = ANAPHOR.exec(words);
  if (!m || (relaxed && offset + m.index >= countedFrom && !gapObject(words, offset, countedFrom, m.index)))
    return [];
  const noun = m[1]?.toLowerCase().slice(0, 5);
  return previous
    .filter(
      (p) =>
        !noun ||
        ownWords(p.fact).includes(noun) ||
        (INSTRUMENT_NOUNS.has(noun) && p.fact.kind === 'instrument'),
    )
    .map((p) => ({
      fact: p.fact,
      positions: [offset + m.index],
      strength: 'cue' as const,
      score: CUE_SCORE,
      via: reason('found-cue', { fact: p.fact.title, words: m[0].trim() }),
      inherited: true,
    }));
}

/** Keyword evidence needed for a paraphrase card of its own (a claim needs only EVIDENCE_MIN). */
export const PARAPHRASE_MIN = 7.5;
/**
 * Distinct keywords a sentence needs for a paraphrase card: two words shared with a fact
 * ("round", "Beijing") are too common for a card of their own; three describe the event.
 * Claim cues decide claims, not cards: their words ("controls", "curbs") are too general.
 */
export const PARAPHRASE_KEYWORDS = 3;
/** Kinds whose paraphrase gets a card of its own. */
export const PARAPHRASE_KINDS = new Set(['event', 'instrument']);

/**
 * Records which facts a sentence surely refers to: named ones, and ones found by cue or
 * keywords unless the sentence has dates and none of them agrees with the fact (then the
 * words more likely describe something else: "halted exports … last year").
 */
export function noteMentioned(
  into: Set<string>,
  mentions: readonly Mention[],
  claims: readonly Claim[],
  dated: boolean,
): void {
  const agreed = new Set(claims.filter(agreesWithRecord).map((c) => c.factId));
  for (const m of mentions)
    if (m.strength === 'alias' || !dated || agreed.has(m.fact.id)) into.add(m.fact.id);
}

/**
 * A claim is `outdated` only when the article leaves its reader uninformed: if it also
 * refers to what superseded the fact (or to anything later in that chain), it told the
 * reader the record moved on, and the claim is simply `consistent`. A part of the
 * superseding record told instead of the record itself informs as well: "the controls stand
 * suspended until November 10" names the suspension's end, a part of the notice that suspended
 * them (ADR 0176).
 */
export function informed(
  c: Claim,
  mentioned: ReadonlySet<string>,
  factById: (id: string) => Fact | undefined,
): Claim {
  if (c.verdict !== 'outdated') return c;
  const told = (id: string) =>
    mentioned.has(id) ||
    [...mentioned].some((m) => factById(m)?.relations?.some((r) => r.type === 'part-of' && r.target === id));
  const seen = new Set<string>();
  const queue = [c.factId];
  while (queue.length) {
    const fact = factById(queue.pop() as string);
    for (const r of fact?.relations ?? []) {
      if (r.type !== 'superseded-by' || seen.has(r.target)) continue;
      if (told(r.target))
        return { ...c, verdict: 'consistent', reasons: c.reasons.filter((x) => x.code !== 'superseded') };
      seen.add(r.target);
      queue.push(r.target);
    }
  }
  return c;
}

/** Where the matched phrase (else the word) starting at `at` ends. */
export const wordEnd = (text: string, index: MentionIndex, at: number): number =>
  index.phraseEnd(at) ?? at + (/^[\p{L}\p{N}'’-]+/u.exec(text.slice(at))?.[0].length ?? 0);

/**
 * Events a sentence refers to without naming them get a card on their deciding word,
 * unless a claim about them is already there, or another fact is decided by the same word
 * (then the words do not say which).
 */
export function paraphrasesIn(
  text: string,
  index: MentionIndex,
  mentions: readonly Mention[],
  claims: readonly Claim[],
): Paraphrase[] {
  const claimed = new Set(claims.map((c) => c.factId));
  const found = mentions
    .filter(
      (m) =>
        !m.derived &&
        !m.inherited &&
        m.strength === 'evidence' &&
        m.score >= PARAPHRASE_MIN &&
        (m.keywords ?? 0) >= PARAPHRASE_KEYWORDS &&
        !claimed.has(m.fact.id) &&
        // "stopped … consignments … between April and June": a sentence whose dates are all
        // another event's is about that event, not about one its keywords also fit.
        !claims.some(agreesWithRecord) &&
        PARAPHRASE_KINDS.has(m.fact.kind),
    )
    .map((m) => {
      // Evidence lists its rarest keyword first.
      const start = m.positions[0] as number;
      const end = wordEnd(text, index, start);
      return { start, end, factId: m.fact.id, mention: m };
    });
  // "held the 24th round … on the boundary question": a keyword card for an event related to
  // one the sentence names (the 23rd round) is that event's background, not a paraphrase.
  const named = mentions.filter((m) => m.strength === 'alias').map((m) => m.fact);
  const relatedToNamed = (x: Fact) => named.some((f) => f.id !== x.id && relatedEither(f, x));
  return found.filter(
    (p) =>
      p.end > p.start &&
      !strongerOverSameWords(p.mention, mentions) &&
      !found.some((o) => o !== p && o.start === p.start) &&
      !relatedToNamed(p.mention.fact),
  );
}

/**
 * Another fact read from every keyword `m` was read from, by more keywords and a higher score
 * ("The measures concern superhard materials, … lithium batteries and artificial graphite anode
 * materials": five keywords of the October controls hold the three of their taking effect): the
 * words describe that fact, and `m`'s reading of them is only the part it shares (ADR 0122).
 */
function strongerOverSameWords(m: Mention, mentions: readonly Mention[]): boolean {
  return mentions.some(
    (o) =>
      o.fact.id !== m.fact.id &&
      !o.derived &&
      o.strength === 'evidence' &&
      o.score > m.score &&
      (o.keywords ?? 0) > (m.keywords ?? 0) &&
      m.positions.every((p) => o.positions.includes(p)),
  );
}

/**
 * The shortest stretch of text holding one word of each of a cue's groups ("agreed … patrol"
 * rather than every cue word of the sentence), as [first, last] offsets; null without groups.
 */
export function cueCover(groups: readonly (readonly number[])[] | undefined): [number, number] | null {
  if (!groups?.length || groups.some((g) => !g.length)) return null;
  const all = groups.flatMap((g, i) => g.map((p) => [p, i] as const)).sort((a, b) => a[0] - b[0]);
  const need = groups.length;
  const count = new Array<number>(need).fill(0);
  let have = 0;
  let best: [number, number] | null = null;
  for (let lo = 0, hi = 0; hi < all.length; hi++) {
    const [, gi] = all[hi] as readonly [number, number];
    count[gi] = (count[gi] ?? 0) + 1;
    if (count[gi] === 1) have++;
    while (have === need) {
      const [p0, g0] = all[lo] as readonly [number, number];
      const p1 = (all[hi] as readonly [number, number])[0];
      if (!best || p1 - p0 < best[1] - best[0]) best = [p0, p1];
      count[g0] = (count[g0] ?? 1) - 1;
      if (count[g0] === 0) have--;
      lo++;
    }
  }
  return best;
}

/** The longest a cue's words may stretch for a card over them. */
export const CUE_CARD_CHARS = 90;

/**
 * An event a sentence describes in its cue's words ("passenger flights … resumed on Sunday")
 * and dates in agreement with the record gets a card on those words too: the claim that
 * agrees is the evidence that the words are about it.
 */
export function cuedAndClaimed(
  text: string,
  index: MentionIndex,
  mentions: readonly Mention[],
  claims: readonly Claim[],
  dates: readonly { readonly start: number; readonly end: number }[] = [],
): Paraphrase[] {
  const out: Paraphrase[] = [];
  for (const c of claims) {
    if (c.verdict !== 'consistent' && c.verdict !== 'outdated') continue;
    const m = mentions.find(
      (x) => x.fact.id === c.factId && x.strength === 'cue' && !x.derived && !x.inherited,
    );
    if (!m || !PARAPHRASE_KINDS.has(m.fact.kind)) continue;
    // The shortest stretch with a word of each group: a cue word repeated elsewhere in the
    // sentence does not stretch the card over it.
    const cover = cueCover(m.cueGroups);
    const start = cover ? cover[0] : Math.min(...m.positions);
    const last = cover ? cover[1] : Math.max(...m.positions);
    const end = wordEnd(text, index, last);
    if (end <= start || end - start > CUE_CARD_CHARS) continue;
    // Within one clause, over no date or figure of the sentence.
    if (claims.some((o) => o.start < end && o.end > start) || /[,;:]/.test(text.slice(start, end))) continue;
    if (anotherDateBetween(dates, c, start, end)) continue;
    out.push({ start, end, factId: m.fact.id, mention: m });
  }
  return out;
}

/**
 * "Most provisions were set to kick in Nov. 8, with the extraterritorial rules following Dec. 1":
 * cue words say what the date right after them dates. Another date standing between a claim's cue
 * words and its date is the one those words go with, so they are no card of the farther date's fact
 * (ADR 0054 round 23).
 */
function anotherDateBetween(
  dates: readonly { readonly start: number; readonly end: number }[],
  c: Claim,
  start: number,
  end: number,
): boolean {
  const [lo, hi] = end <= c.start ? [end, c.start] : [c.end, start];
  return dates.some((d) => d.start >= lo && d.end <= hi && !(d.start < c.end && c.start < d.end));
}
