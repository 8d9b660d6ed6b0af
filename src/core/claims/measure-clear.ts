/**
 * A figure of another order than its record usually measures something else, and is left
 * unclaimed (figure-measure.ts, MAGNITUDE_FACTOR). But where the figure's own clause names
 * the measure unmistakably ("about 300 applications were still awaiting approval", "it mined
 * only about 29,000 tons in 2024" in a sentence about India's rare earths), a figure ten times
 * the record is the record's figure stated wrong: it is checked, and can differ.
 */
import type { Span } from '../match/sentences';
import type { Checker } from './check-common';
import {
  agreeingFigureInClause,
  countriesIn,
  figureCountry,
  otherCountry,
  ownWordsAtAnotherFigure,
} from './figure-owners';
import type { Mention } from './mentions';
import type { NumberExpression } from './numbers';
import { openCount, REMAINDER } from './open-count';
import type { Tie } from './ties';
import { clauseAt } from './ties';
import { compareQuantity } from './verdict';

/**
 * Units whose figures may be checked at another order: counts, tonnages and shares (ADR 0106: a
 * share's changes are percentages too, but CHANGE_BEFORE / CHANGE_AFTER and the lone-figure
 * rule leave those unclaimed). Never gaps, head counts (a batch of pilgrims is not the year's
 * total) or distances (a stretch of the border is not its length).
 */
const CLEAR_UNITS = new Set(['count', 'tonnes', 'percent']);

/** The words right after a percentage that make it a share of a whole ("50% of the world's …"). */
const SHARE_OF = /^\s*of\b/i;

/** A measure word this close to the figure, in its clause, names it. */
export const CLEAR_BESIDE_CHARS = 24;

/** Words before a figure that make it a change or a part, not the level the record is of. */
const CHANGE_BEFORE =
  /\b(?:by|rose|fell|rise|rises|fall|falls|up|down|increased?|decreased?|grew|grow|dropped|drop|jumped|added|adding|another|extra|cut|raised?|lowered?|than|of|to|target|aims?|aiming|plans?|planned|goal)\s*$/i;
/** Words after a figure that make it a change ("300 more", "20,000 tonnes higher"). */
const CHANGE_AFTER =
  /^\s*(?:[\w-]+\s+){0,2}?(?:more|fewer|less|higher|lower|above|below|up|down|extra|additional)\b/i;
/** Words inside a figure's noun phrase that count an increment ("30 more applications"). */
const INCREMENT = /\b(?:more|additional|extra|new|further|fewer)\b/i;
/** Words of a clause that make its figure a part or a flow of the thing measured (trade, a kind of it). */
const PART_OF_ALL =
  /\b(?:heavy|light|medium|magnets?|alloys?|imports?|imported|importing|exports?|exported|exporting|shipments?|shipped|quota|stockpiles?)\b/gi;
/** Words of a clause that put its figure in a plan, a forecast or a condition. */
const NOT_STATED =
  /\b(?:could|would|might|may|will|should|expects?|expected|forecasts?|projected|if|target|goal)\b/i;

/**
 * The ties, each of another order than its record, that still measure the figure at `span`:
 * when it is the only figure of its unit in its clause, not a change, not a plan, and exactly
 * one candidate (the most specific: one whose words include every word of the others) has a
 * word beside it, cued by its own words. Empty otherwise.
 */
export function clearMeasures(
  c: Checker,
  span: Span,
  unit: string,
  others: readonly Tie[],
  /** The figure's value; a share above 100 % is no share of a whole. */
  value = 0,
): Tie[] {
  if (!CLEAR_UNITS.has(unit) || !others.length) return [];
  const text = c.input.text;
  // "China still refines about 50% of the world's rare earths": a share is checked at another
  // order only as a share "of" a whole; "as little as 0.1% Chinese-origin content" is a threshold,
  // and "270,000 per cent of world output" (a figure put in a share's place) is no share at all.
  if (unit === 'percent' && (value > 100 || !SHARE_OF.test(text.slice(span.end, span.end + 8)))) return [];
  const clause = clauseAt(text, c.sentence, span.start);
  // Another figure of the unit in the clause leaves it open which is which, unless it agrees
  // with a quantity of its own ("6.9 million tonnes of reserves …, yet it mined 29,000 tonnes").
  const figures = (c.numbers ?? []).filter(
    (n) =>
      n.unit === unit &&
      n.start >= clause.start &&
      n.end <= clause.end &&
      (n.start === span.start || !agreesWithSome(c, n)),
  );
  if (figures.length !== 1) return [];
  // "300 more applications were still awaiting approval": the remainder still open, not an increment.
  const open = openCount(text, clause, span);
  const after = CHANGE_AFTER.exec(text.slice(span.end, Math.min(clause.end, span.end + 30)));
  const said = text.slice(span.start, span.end);
  if (
    changeBefore(text, clause, span, others) ||
    (after && !(open && remainderOnly(after[0]))) ||
    (INCREMENT.test(said) && !(open && remainderOnly(said))) ||
    NOT_STATED.test(text.slice(clause.start, clause.end)) ||
    partOf(text, clause, span, others)
  )
    return [];
  // "India mined about 29,000 tonnes, a fraction of China's output": a record of another country
  // than the one named right before the figure is not its measure (`otherCountry`, ADR 0151).
  const beside = others.filter(
    (t) =>
      ownCue(t.mention) &&
      besideIn(t.mention, span, clause) &&
      !otherCountry(c, span, t.mention.fact) &&
      !foreignName(c, clause, span, t.mention),
  );
  // "India mined 29,000 tonnes …, from reserves of 6.9 million tonnes": of two candidates that
  // share their words, one whose own words all sit at another figure measures that figure, when
  // the other has own words in the sentence that do not.
  const here = beside.filter(
    (t) =>
      !beside.some(
        (u) =>
          u !== t &&
          ownWordsAtAnotherFigure(c, span, t.mention, u.mention) &&
          ownInSentence(c, u.mention, t.mention) &&
          !ownWordsAtAnotherFigure(c, span, u.mention, t.mention),
      ),
  );
  // "… yet it mined 29,000 tons, a sliver of China's 270,000 tons": a measure another figure of
  // the clause states rightly is that figure's (ADR 0042, round 18).
  const free = here.filter((t) => !statedByAnother(c, span, clause, unit, t.mention));
  const specific = free.filter(
    (t) => !free.some((u) => u !== t && strictlyWithin(t.mention.positions, u.mention.positions)),
  );
  return specific.length === 1 ? specific : [];
}

/** True when the words' change words are all remainder words ("more", "further"), none of change ("fewer", "higher", "new"). */
const remainderOnly = (words: string) =>
  REMAINDER.test(words) && !/\b(?:fewer|less|higher|lower|above|below|up|down|new)\b/i.test(words);

/** True when another figure of the unit in the clause agrees with `m`'s record. */
const statedByAnother = (c: Checker, span: Span, clause: Span, unit: string, m: Mention) =>
  m.fact.quantity !== undefined && agreeingFigureInClause(c, span, clause, unit, m.fact.quantity);

/** True when `m` has a word in the sentence that `other` lacks. */
const ownInSentence = (c: Checker, m: Mention, other: Mention) =>
  m.positions.some((p) => !other.positions.includes(p) && p >= c.sentence.start && p < c.sentence.end);

/**
 * A change word right before the figure ("a rise of 300"), but not "of" after the measure's own
 * noun ("reserves of 69 million tonnes": the level itself).
 */
function changeBefore(text: string, clause: Span, span: Span, others: readonly Tie[]): boolean {
  const from = Math.max(clause.start, span.start - 24);
  const m = CHANGE_BEFORE.exec(text.slice(from, span.start));
  if (!m) return false;
  if (!/^\s*of\s*$/i.test(m[0])) return true;
  const noun = /([\p{L}'’-]+)\s+$/u.exec(text.slice(from, from + m.index));
  if (!noun) return true;
  const at = from + m.index - noun[0].length;
  return !others.some((t) => t.mention.positions.includes(at));
}

/**
 * A word that makes the figure a part or a flow ("29,000 tonnes of magnet imports"), in the
 * figure's clause up to the first "and" after it ("mined 29,000 tonnes in 2024 and makes no
 * magnets": another predicate), and not one of the record's own words ("approvals to import
 * magnets, with about 300 applications still pending" on a record of import-licence applications).
 */
function partOf(text: string, clause: Span, span: Span, others: readonly Tie[]): boolean {
  const and = text.slice(span.end, clause.end).search(/\s+and\s+/);
  const end = and < 0 ? clause.end : span.end + and;
  const own = others
    .map((t) => `${t.mention.fact.title} ${t.mention.fact.quantity?.measure ?? ''}`.toLowerCase())
    .join(' ');
  return (text.slice(clause.start, end).match(PART_OF_ALL) ?? []).some(
    (w) => !new RegExp(`\\b${w.toLowerCase().replace(/(?:s|ed|ing)$/, '')}`).test(own),
  );
}

/** True when figure `n` agrees with a quantity the sentence mentions. */
function agreesWithSome(c: Checker, n: NumberExpression): boolean {
  return c.mentions.some(
    (m) =>
      m.fact.quantity?.unit === n.unit &&
      compareQuantity(n.value, n.comparator, n.unit, m.fact.quantity).agrees,
  );
}

/** "according to the X Y", "by the X Y", "per X": capitalised words naming a figure's source. */
const ATTRIBUTION = /\b(?:according to|by the|per)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s*)+/gu;

/** "China's 270,000": a capitalised name's possessive right before a figure (its owner). */
const OTHER_FIGURES_OWNER = /\b(\p{Lu}[\p{L}.-]*)['’]s\s+(?:about\s+|some\s+|nearly\s+|around\s+)?(?=\d)/gu;

/** A mention cued by its own words or named, not stood for by an event of the sentence. */
export const ownCue = (m: Mention) =>
  m.strength === 'alias' || (m.strength === 'cue' && m.cueGroups !== undefined && !m.derived && !m.loose);

/**
 * True when the clause names someone or somewhere the record does not ("some 3,000 European
 * companies still await approval" beside a record of Indian applications): a capitalised word,
 * not the clause's first, that none of the fact's title, summary and measure has.
 */
function foreignName(c: Checker, clause: Span, span: Span, m: Mention): boolean {
  const record = `${m.fact.title} ${m.fact.summary} ${m.fact.quantity?.measure ?? ''}`;
  const own = record.toLowerCase();
  // A country the record names by its demonym is named again by its name or its capital
  // ("Chinese licences" … "awaiting a decision in Beijing").
  const countries = countriesIn(record);
  // The record's country named right before the figure settles whose it is: a country named after
  // it ("…, a sliver of China's", "under a tenth of China's output") is what it is compared with (ADR 0151).
  const owner = figureCountry(c, span);
  const settled = owner !== null && countries.includes(owner);
  // A source the figure is attributed to ("according to the US Geological Survey", "put at …
  // by the International Energy Agency") is who counts it, not whose it is.
  // Nor is a name that owns another figure of the clause ("India mined 29,000 tons, a sliver of
  // China's 270,000 tons"): it says whose that figure is, not whose this one is (ADR 0042, round 18).
  const words =
    c.input.text
      .slice(clause.start, clause.end)
      .replace(COUNTRY_NAME, (all: string, at: number) =>
        settled && clause.start + at >= span.end && countriesIn(all).length ? ' '.repeat(all.length) : all,
      )
      .replace(OTHER_FIGURES_OWNER, (all, _name: string, at: number) =>
        clause.start + at + all.length === span.start ? all : ' ',
      )
      .replace(ATTRIBUTION, ' ')
      .match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words
    .slice(1)
    .some(
      (w) =>
        /^\p{Lu}/u.test(w) &&
        !MONTH_OR_DAY.test(w) &&
        !own.includes(w.toLowerCase().replace(/['’]s$/, '')) &&
        !countriesIn(w).some((k) => countries.includes(k)),
    );
}

/** A capitalised name, possibly of two words or with a possessive ("New Delhi", "China's"). */
const COUNTRY_NAME = /\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?(?:['’]s)?/gu;

/** Months and weekdays are capitalised but name no one ("the regime China introduced in April"). */
const MONTH_OR_DAY =
  /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$/;

/** True when one of the mention's words is in `clause` within CLEAR_BESIDE_CHARS of the figure. */
function besideIn(m: Mention, span: Span, clause: Span): boolean {
  return m.positions.some(
    (p) =>
      p >= clause.start &&
      p < clause.end &&
      (p < span.start ? span.start - p : p < span.end ? 0 : p - span.end) <= CLEAR_BESIDE_CHARS,
  );
}

/** True when every position of `a` is one of `b`'s, and `b` has more. */
function strictlyWithin(a: readonly number[], b: readonly number[]): boolean {
  const bs = new Set(b);
  const as = new Set(a);
  return [...as].every((p) => bs.has(p)) && bs.size > as.size;
}
