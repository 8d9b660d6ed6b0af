/**
 * A world figure (issue #7, ADR 0058): "Global output of rare earths came to about 300,000 tonnes
 * last year, and China's share of that was about 69%". A world word ("global", "world",
 * "worldwide") in the words that name a figure's measure, before the figure in its clause, makes
 * the figure the world's total: a record that is only a part of that world record (one country's
 * output, `part-of` the world's) is not its measure, even when its own words (the product, the
 * verb) are in the sentence and its country is named elsewhere in the paragraph. Not when the
 * part's own owner is named in those words too ("China produced 300,000 tonnes of global
 * output": China's figure), nor when the world word sits after the figure ("China mined 270,000
 * tonnes of the world's 390,000": read by the owners of figures, figure-measure.ts).
 */
import type { Fact } from '../facts/schema';
import type { Span } from '../match/sentences';
import type { Checker } from './check-common';
import { countriesIn } from './figure-owners';
import { clauseAt, type Tie } from './ties';

/** Words that make a measure the world's. */
const WORLD = /\b(?:global|world|world['’]s|worldwide)\b/gi;

/** Lower-case words of a title, possessives and bracketed parts left out. */
const titleWords = (f: Fact) =>
  new Set(
    f.title
      .replace(/\([^)]*\)/g, ' ')
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .match(/\p{L}+/gu) ?? [],
  );

/** True when `part` records a part of `whole` (its `part-of` relation). */
const partOf = (part: Fact, whole: Fact) =>
  (part.relations ?? []).some((r) => r.type === 'part-of' && r.target === whole.id);

/**
 * The ties that are parts of a world record also tied, when a world word of that record's cue
 * stands before the figure in its clause and no word that names the part apart from the whole
 * (its owner, "China") does. Empty otherwise.
 */
export function partsOfWorldFigure(c: Checker, span: Span, ties: readonly Tie[]): Tie[] {
  const text = c.input.text;
  const clause = clauseAt(text, c.sentence, span.start);
  const before = text.slice(clause.start, span.start);
  const worldAt = [...before.matchAll(WORLD)].map((m) => clause.start + (m.index ?? 0));
  if (!worldAt.length) return [];
  const wholes = ties.filter((t) => t.mention.positions.some((p) => worldAt.includes(p)));
  const said = new Set(
    before
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .match(/\p{L}+/gu) ?? [],
  );
  return ties.filter((t) =>
    wholes.some((w) => {
      if (!partOf(t.mention.fact, w.mention.fact)) return false;
      const own = titleWords(w.mention.fact);
      return ![...titleWords(t.mention.fact)].some((word) => !own.has(word) && said.has(word));
    }),
  );
}

/** The words right after a figure (its period aside) that make the world word after them its whole. */
const OF_WHOLE =
  /^\s*(?:(?:in|during|for)\s+(?:19|20)\d\d\s+|(?:last|this)\s+year\s+)?(?:out\s+of|of)\s+(?:(?:a|an|the)\s+)?(?:estimated\s+)?$/i;

/** A world record's title: it names the world and no country. */
const WORLD_TITLE = /\b(?:world|global|worldwide)\b/i;

/**
 * "It mined about 270,000 tons in 2024, around 69 percent of global mine output", "the country
 * mined 270,000 tonnes out of a global total of 390,000 tonnes" (ADR 0124): the world words of a
 * world record's cue that all stand beyond another figure of the sentence name that figure's
 * scope (the share's whole, the world's total), not this one's. The ties to world records so
 * placed; a part is never compared with the whole.
 */
export function worldWordsOfAnother(c: Checker, span: Span, ties: readonly Tie[]): Tie[] {
  const text = c.input.text;
  const numbers = c.numbers ?? [];
  return ties.filter((t) => {
    const f = t.mention.fact;
    if (!WORLD_TITLE.test(f.title) || countriesIn(f.title).length) return false;
    const world = t.mention.positions.filter((p) =>
      /^(?:global|world|worldwide)\b/i.test(text.slice(p, p + 10)),
    );
    return (
      world.length > 0 &&
      world.every(
        (p) =>
          // "mined 270,000 tonnes in 2024 out of a global total of …": the whole it is a part of.
          (p > span.end && OF_WHOLE.test(text.slice(span.end, p))) ||
          numbers.some(
            (n) =>
              n.start !== span.start &&
              (p < span.start ? n.start > p && n.end <= span.start : n.start >= span.end && n.end <= p),
          ),
      )
    );
  });
}
