/**
 * "flights restarted on October 26, Beijing's magnet licences for some Indian companies were
 * confirmed four days later, and …": a list of happenings, each with its own date. A fact found
 * only by keywords that all lie in another comma-separated part of the sentence, one that gives
 * its own date, is that date's, not this one's (ADR 0051); so is a topic's event standing in for
 * a topic named there, when the date disagrees with it (ADR 0071).
 */
import type { Span } from '../match/sentences';
import { factInterval, gapDays } from './dates';
import type { Mention } from './mention-types';
import type { TemporalExpression } from './temporal';

/** The comma- or semicolon-bounded part of the sentence around offset `p`. */
function segmentAt(text: string, sentence: Span, p: number): Span {
  let start = p;
  while (start > sentence.start && !/[,;]/.test(text[start - 1] ?? '')) start--;
  let end = p;
  while (end < sentence.end && !/[,;]/.test(text[end] ?? '')) end++;
  return { start, end };
}

/** True when the keyword mention lies wholly in other parts of the sentence that each date themselves. */
export function datedElsewhere(
  text: string,
  sentence: Span,
  e: TemporalExpression,
  m: Mention,
  expressions: readonly TemporalExpression[],
): boolean {
  // A gap ("20 days before the Uttarakhand group") or a length counts from elsewhere by nature.
  // A topic's event standing in (context.ts withRelated) is found by the topic's words only, as
  // loosely as by keywords: "… revived the Special Representatives talks in December, reopened
  // the pilgrim route in June": the topic's words are in the talks' part, which has its own date,
  // so June is none of the topic's events (ADR 0071).
  if ((m.strength !== 'evidence' && !m.derived) || (e.kind !== 'absolute' && e.kind !== 'relative'))
    return false;
  const own = m.positions.filter((p) => p >= sentence.start && p < sentence.end);
  if (!own.length) return false;
  // "to take effect yesterday, December 1": a date that is its own part restates the one before.
  const mine = segmentAt(text, sentence, e.start);
  if (/^[\s\p{P}]*(?:on\s+)?$/u.test(text.slice(mine.start, e.start))) {
    if (/^[\s\p{P}]*$/u.test(text.slice(e.end, mine.end))) return false;
  }
  return own.every((p) => inOtherDatedPart(text, sentence, e, p, expressions));
}

/** True when offset `p` lies in another comma-separated part of the sentence than `e`, one with its own date. */
function inOtherDatedPart(
  text: string,
  sentence: Span,
  e: TemporalExpression,
  p: number,
  expressions: readonly TemporalExpression[],
  dates: (x: TemporalExpression) => boolean = (x) => x.kind !== 'duration',
): boolean {
  const s = segmentAt(text, sentence, p);
  if (e.start >= s.start && e.start < s.end) return false;
  return expressions.some((x) => x.start !== e.start && dates(x) && x.start >= s.start && x.end <= s.end);
}

/** A date of its own: not a length, nor a gap counted from another event. */
const ownDate = (x: TemporalExpression) => x.kind === 'absolute' || x.kind === 'relative';

/**
 * "Most of the measures are due to take effect on Jan. 8, with extraterritorial rules covering
 * foreign-made goods following on Dec. 1": two parts of one package, each with its own day. A
 * cue one of whose groups stands only in the other part, which gives its own date, describes that
 * part's event; when another cue or name stands whole in the date's own part, the split cue is not
 * this date's (ADR 0042, round 23).
 */
export function cueSplitToOtherPart(
  text: string,
  sentence: Span,
  e: TemporalExpression,
  m: Mention,
  others: readonly Mention[],
  expressions: readonly TemporalExpression[],
): boolean {
  if (m.strength !== 'cue' || !m.cueGroups || (e.kind !== 'absolute' && e.kind !== 'relative')) return false;
  const inSentence = (ps: readonly number[]) => ps.filter((p) => p >= sentence.start && p < sentence.end);
  const awayGroups = m.cueGroups.filter((g) => {
    const ps = inSentence(g);
    return ps.length > 0 && ps.every((p) => inOtherDatedPart(text, sentence, e, p, expressions, ownDate));
  });
  if (!awayGroups.length) return false;
  const mine = segmentAt(text, sentence, e.start);
  const inMine = (p: number) => p >= mine.start && p < mine.end;
  // "Most provisions were set to kick in Nov. 28, with the extraterritorial rules following Dec.
  // 1": the part away gives the split cue's own day, so the sentence dates that event there; in
  // the date's own part, another cue with a group wholly there (and a word the split cue lacks)
  // is this date's, whatever either record says (ADR 0067).
  const datedThere = awayGroups.some((g) => partDatesFact(text, sentence, inSentence(g), m, expressions));
  // (A topic's event standing in, context.ts withRelated, is no cue or name of its own: "The March 3
  // tariffs on steel, which led to shortages at shipyards in May" names a topic in the date's part,
  // which does not say which of its events is meant; it takes no date from the tariffs' cue,
  // ADR 0136.)
  return others.some((o) => {
    if (o === m || o.fact.id === m.fact.id || o.strength === 'evidence' || o.derived) return false;
    if (
      datedThere &&
      o.strength === 'cue' &&
      (o.cueGroups ?? []).some((g) => inSentence(g).length > 0 && inSentence(g).every(inMine)) &&
      o.positions.some((p) => inMine(p) && !m.positions.includes(p)) &&
      m.positions.some(inMine) &&
      m.positions.every((p) => !inMine(p) || o.positions.includes(p))
    )
      return true;
    const groups = o.cueGroups ?? [o.positions];
    const theirs = new Set(o.positions);
    // Whole in the date's part, with words of its own there, and the split cue with none of its
    // own there: "Misri … Sun Weidong" cue both rounds of their talks; "rare-earth magnets …
    // curbs imposed in April" is the April controls' by its own words too.
    return (
      groups.every((g) => inSentence(g).some(inMine)) &&
      o.positions.some((p) => inMine(p) && !m.positions.includes(p)) &&
      m.positions.every((p) => !inMine(p) || theirs.has(p))
    );
  });
}

/** The ties of a date that neither keywords nor a cue put in another dated part of the sentence. */
export function ownPartTies<
  T extends { readonly mention: Mention; readonly cmp?: { readonly agrees: boolean } },
>(
  text: string,
  sentence: Span,
  e: TemporalExpression,
  ties: readonly T[],
  expressions: readonly TemporalExpression[],
): T[] {
  const mentions = ties.map((t) => t.mention);
  return ties.filter(
    (t) =>
      // (A topic's event the date agrees with stays a candidate: dropping it would only make
      // another candidate's disagreement look certain.)
      !(
        (!t.mention.derived || t.cmp?.agrees === false) &&
        datedElsewhere(text, sentence, e, t.mention, expressions)
      ) && !cueSplitToOtherPart(text, sentence, e, t.mention, mentions, expressions),
  );
}

/** Words that may open a list item before its date without being its subject. */
const ITEM_LEAD =
  /^[\s\p{P}]*(?:(?:and|or|then|with|while|but|also|in|on|from|by|since|until|till|during)\s+)*$/iu;

/**
 * "The year saw the yatra return in June, tourist visas in July, the Tianjin summit in
 * August–September and flights in October": a list of happenings, each with its own subject and
 * date. A fact named (by its name or cue) only in another item, which dates it rightly, is not
 * the date of an item whose own subject comes before it: that date is the subject's (ADR 0113).
 */
export function namedInOtherDatedItem(
  text: string,
  sentence: Span,
  e: TemporalExpression,
  m: Mention,
  expressions: readonly TemporalExpression[],
  others: readonly Mention[] = [],
): boolean {
  if (m.strength === 'evidence' || m.derived || (e.kind !== 'absolute' && e.kind !== 'relative'))
    return false;
  const own = m.positions.filter((p) => p >= sentence.start && p < sentence.end);
  if (!own.length) return false;
  const mine = segmentAt(text, sentence, e.start);
  if (ITEM_LEAD.test(text.slice(mine.start, e.start))) return false;
  const inMine = (p: number) => p >= mine.start && p < mine.end;
  if (
    own.some(inMine) &&
    !sharedWordOnly(text, mine, m, own) &&
    !sharedNameOnly(text, sentence, mine, m, own, expressions)
  )
    return false;
  const away = own.filter((p) => !inMine(p));
  return (
    partDatesFact(text, sentence, away, m, expressions) ||
    (away.length === own.length && siblingDatedThere(text, sentence, mine, m, away, others, expressions))
  );
}

/**
 * "Misri pressed Sun Weidong in June, Jaishankar sat down with Wang Yi in Beijing in July": the
 * words of the talks (Misri + Sun) stand only in the June item (none in the date's; the caller
 * asks that), and June dates one round of them
 * rightly (another fact found by those same words there); the July item opens with a subject of
 * its own ("Jaishankar", none of the fact's words). The other rounds found by the same words are
 * no more this item's than the one June dates: its date is its own subject's (ADR 0167).
 */
function siblingDatedThere(
  text: string,
  sentence: Span,
  mine: Span,
  m: Mention,
  away: readonly number[],
  others: readonly Mention[],
  expressions: readonly TemporalExpression[],
): boolean {
  if (!away.length || !others.length) return false;
  const subject = ITEM_SUBJECT.exec(text.slice(mine.start));
  if (!subject?.groups?.name) return false;
  const at = mine.start + subject.index + subject[0].length - subject.groups.name.length;
  const end = at + subject.groups.name.length;
  if (m.positions.some((p) => p >= at && p < end)) return false;
  return others.some(
    (o) =>
      o.fact.id !== m.fact.id &&
      o.strength !== 'evidence' &&
      !o.derived &&
      away.every((p) => o.positions.includes(p)) &&
      !o.positions.some((p) => p >= at && p < end) &&
      partDatesFact(text, sentence, away, o, expressions),
  );
}

/**
 * "Ahmed flew to Paris in March, Rossi came to Rome in April, and Costa travelled to Lyon at the
 * end of that month", with a cue "Ahmed + travelled + Paris/Lyon" for Ahmed's trip: a cue
 * completed in the date's item only by a common word (a verb of travel, with perhaps a place
 * after it), while one of its groups, a name, stands only in another item, is not this item's
 * when the item gives that word a subject of its own: a proper name right before it that is none
 * of the cue's words. The verb is said of that subject; the other item's
 * name does not reach across it (ADR 0142).
 */
function sharedWordOnly(text: string, mine: Span, m: Mention, own: readonly number[]): boolean {
  if (m.strength !== 'cue' || !m.cueGroups) return false;
  const inMine = (p: number) => p >= mine.start && p < mine.end;
  const capital = (p: number) => /^\p{Lu}/u.test(text.slice(p, p + 1));
  const named = m.cueGroups.some((g) => {
    const ps = g.filter((p) => own.includes(p));
    return ps.length > 0 && !ps.some(inMine) && ps.some(capital);
  });
  const first = Math.min(...own.filter(inMine));
  if (!named || capital(first)) return false;
  const subject = SUBJECT_BEFORE.exec(text.slice(mine.start, first));
  if (!subject) return false;
  const at = mine.start + subject.index;
  return !m.positions.some((p) => p >= at && p < first) && !ITEM_WORDS.test(subject[1] ?? '');
}

/**
 * "Misri raised the curbs in June, Jaishankar met Wang Yi in Beijing in July, and in August
 * officials said Wang gave assurances on fertilisers": a cue ("Wang/Beijing + assurances + curbs")
 * that the date's item meets only by proper names (a party, a place), whose other groups stand
 * only in other items, is not this item's when the item opens with a subject of its own, a proper
 * name that is none of the cue's words. The name is shared by two happenings; the words of the
 * fact's own act are in the other item, which (partDatesFact) dates it (ADR 0161).
 */
function sharedNameOnly(
  text: string,
  sentence: Span,
  mine: Span,
  m: Mention,
  own: readonly number[],
  expressions: readonly TemporalExpression[],
): boolean {
  if (m.strength !== 'cue' || !m.cueGroups) return false;
  const inMine = (p: number) => p >= mine.start && p < mine.end;
  const capital = (p: number) => /^\p{Lu}/u.test(text.slice(p, p + 1));
  const groups = m.cueGroups.map((g) => g.filter((p) => own.includes(p)));
  const here = groups.filter((g) => g.some(inMine));
  const away = groups.filter((g) => g.length > 0 && !g.some(inMine));
  if (!here.length || !away.length || !here.every((g) => g.filter(inMine).every(capital))) return false;
  if (!away.some((g) => g.some((p) => !capital(p)))) return false;
  // The other item is a happening of its own, joined by a coordinator ("…, and in August officials
  // said …"), not a phrase of the date's own clause ("…, ahead of a session of SCO ministers on
  // Tuesday"), and it dates the fact rightly.
  const coordinated = away.some((g) =>
    g.some((p) => {
      const item = segmentAt(text, sentence, p);
      return (
        COORDINATED_ITEM.test(text.slice(item.start, p)) && partDatesFact(text, sentence, [p], m, expressions)
      );
    }),
  );
  if (!coordinated) return false;
  const subject = ITEM_SUBJECT.exec(text.slice(mine.start, Math.min(...own.filter(inMine))));
  if (!subject?.groups?.name) return false;
  const at = mine.start + subject.index + subject[0].length - subject.groups.name.length;
  return !m.positions.some((p) => p >= at && p < at + (subject.groups?.name?.length ?? 0));
}

/** An item opened by a coordinator ("and", "but", "while", "then"). */
const COORDINATED_ITEM = /^[\s\p{P}]*(?:and|or|but|while|then)\b/iu;

/** An item's opening: lead words, then a proper name (its subject) and a word after it. */
const ITEM_SUBJECT =
  /^[\s\p{P}]*(?:(?:and|or|then|while|but|also)\s+)*(?<name>(?:\p{Lu}[\p{L}’'.-]*\s+){1,3})(?=\p{Ll})/u;

/** A proper name (one to three capitalised words) right before the word that follows it. */
const SUBJECT_BEFORE = /\b((?:\p{Lu}[\p{L}’'-]*\s+){1,3})$/u;
/** Capitalised words that open an item without naming its subject. */
const ITEM_WORDS = /^(?:And|But|Then|While|The|A|An|In|On|By|After|Before|Later|It|They|He|She|We)\s+$/;

/** True when the part holding `ps` gives a date of its own that agrees with the fact's record. */
function partDatesFact(
  text: string,
  sentence: Span,
  ps: readonly number[],
  m: Mention,
  expressions: readonly TemporalExpression[],
): boolean {
  const record = m.fact.date ? factInterval(m.fact.date) : null;
  if (!record || !ps.length) return false;
  const s = segmentAt(text, sentence, ps[0] as number);
  return expressions.some(
    (x) =>
      ownDate(x) && x.interval && x.start >= s.start && x.end <= s.end && gapDays(x.interval, record) === 0,
  );
}
