/**
 * Whose a figure is, by the frame around it (ADR 0061).
 *
 * A remainder: "Outside China, the world mined about 120,000 tonnes", "excluding China, output
 * was …", "the rest of the world produced …". An exclusion phrase before a figure makes it what is
 * left of a whole once a part is taken away: neither the whole's record nor the excluded part's. A
 * figure so framed that disagrees with a record is not called wrong against it.
 *
 * A country's figure beside a world record: "China's output rose to 270,000 tonnes in 2024, while
 * world production climbed to 390,000 tonnes". The country named just before a figure in its
 * clause owns the figure (as `otherCountry` in figure-owners.ts says for another country's
 * record); a world record, which names no country, is not its measure. Not when a world word
 * stands between that country and the figure ("China mined 270,000 tonnes of the world's …" is
 * read by the owners of figures).
 */
import type { Fact } from '../facts/schema';
import type { Span } from '../match/sentences';
import type { Checker } from './check-common';
import { countriesIn } from './figure-owners';
import { clauseAt } from './ties';

/**
 * "excluding India", "other than China", "the rest of the world"; and "outside" or "beyond" only
 * when they open the sentence before a comma ("Outside China, …"): after a noun they place
 * things ("an air base outside Busan"), and do not take a part away from a whole.
 */
const EXCLUSION =
  /\b(?:(?:[Ee]xcluding|[Ee]xcept(?:\s+for)?|[Oo]ther\s+than|[Aa]part\s+from|[Aa]side\s+from)\s+(?:the\s+)?[A-Z][\w-]*|[Rr]est\s+of\s+the\s+world)\b|^[\s"“]*(?:Outside|Beyond)\s+(?:of\s+)?(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s*,/g;

/** Words that make a measure the world's. */
const WORLD = /\b(?:global|globally|world|world['’]s|worldwide)\b/gi;

/** How far before a figure its owner may be named. */
const OWNER_CHARS = 40;

/** True when an exclusion phrase stands before the figure in its sentence, with no other figure or `;` between. */
export function remainderFigure(c: Checker, span: Span): boolean {
  const before = c.input.text.slice(c.sentence.start, span.start);
  let last = -1;
  EXCLUSION.lastIndex = 0;
  for (let m = EXCLUSION.exec(before); m; m = EXCLUSION.exec(before)) last = m.index + m[0].length;
  if (last < 0) return false;
  const between = before.slice(last);
  return !/\d|;/.test(between);
}

const WORLD_TITLE = /\b(?:world|global|worldwide)\b/i;

/** True when `fact` is a world record and a country named just before the figure in its clause owns the figure. */
export function countryFigureOfWorld(c: Checker, span: Span, fact: Fact): boolean {
  if (!WORLD_TITLE.test(fact.title) || countriesIn(fact.title).length) return false;
  const clause = apposedTo(c, span) ?? clauseAt(c.input.text, c.sentence, span.start);
  const before = c.input.text.slice(Math.max(clause.start, span.start - OWNER_CHARS), span.start);
  let after = 0;
  WORLD.lastIndex = 0;
  for (let m = WORLD.exec(before); m; m = WORLD.exec(before)) after = m.index + m[0].length;
  const owner = before.slice(after);
  // (A year names the figure's period, no other figure: "China's 2024 mine output, 270,000 tonnes".)
  return countriesIn(owner).length > 0 && !/\d/.test(owner.replace(/\b(?:19|20)\d\d\b/g, ''));
}

/** Words that may stand between an appositive's comma and its figure. */
const APPOSITIVE_LEAD =
  /^[\s"“]*(?:(?:about|around|some|roughly|nearly|almost|an\s+estimated|estimated\s+at)\s+)?$/i;

/**
 * "China's 2024 mine output, 270,000 tonnes, was up …": a figure set off by commas right after a
 * noun phrase is that phrase's value, so its owner is named in the phrase before the comma (ADR
 * 0113). The span from the phrase's start (the sentence's start or the comma before it) to the
 * figure; null when the figure does not open a part set off by a comma.
 */
function apposedTo(c: Checker, span: Span): Span | null {
  const text = c.input.text;
  // (Searched within the sentence only, so a long page without commas costs nothing.)
  const before = text.slice(c.sentence.start, span.start);
  const comma = before.lastIndexOf(',');
  if (comma < 0 || !APPOSITIVE_LEAD.test(before.slice(comma + 1))) return null;
  if (!/^\s*(?:[\p{L}-]+\s*){0,3},/u.test(text.slice(span.end, span.end + 40))) return null;
  return { start: c.sentence.start + before.lastIndexOf(',', comma - 1) + 1, end: span.start };
}
