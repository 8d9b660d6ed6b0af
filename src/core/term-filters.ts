/**
 * The matcher's reading of a text without the names that are not the base's there (the first step of
 * annotate.ts's term reading): datelines, names standing in another government's clause
 * (other-side.ts), one-word names another bearer has (other-bearer.ts) and acronyms the page defines
 * as something else (ADR 0093).
 */

import type { Memo } from './claims/mention-lookups';
import { acronymSpansDefinedOtherwise, aliasWordsOf, withoutOtherBearers } from './claims/other-bearer';
import { otherSide } from './claims/other-side';
import { pushTo } from './collections';
import type { Fact } from './facts/schema';
import { inside } from './match/datelines';
import { type Span, spanAt, type TextSpans } from './match/sentences';
import type { Analysis, Matcher } from './match/terms';

/** What the filters read of the base: its matcher and its facts (annotate.ts's AnnotateOptions has both). */
export interface TermBase {
  readonly matcher: Matcher;
  readonly factById: (id: string) => Fact | undefined;
}

/** The analysis without anything inside `spans` (datelines). */
function withoutSpans(analysis: Analysis, spans: readonly Span[]): Analysis {
  if (!spans.length) return analysis;
  const positions = new Map<number, number[]>();
  const ends = new Map<number, number[]>();
  for (const [key, starts] of analysis.positions) {
    const e = analysis.ends.get(key) ?? [];
    starts.forEach((p, i) => {
      if (inside(spans, p)) return;
      pushTo(positions, key, p);
      pushTo(ends, key, e[i] as number);
    });
  }
  return { terms: analysis.terms.filter((t) => !inside(spans, t.start)), positions, ends };
}

/** The analysis without the names that stand in another government's clause (other-side.ts). */
function withoutOtherSide(spans: TextSpans, analysis: Analysis, factById: TermBase['factById']): Analysis {
  const text = spans.text;
  const sents = spans.sentences();
  const terms = analysis.terms.filter((t) => {
    const sentence = sents[spanAt(sents, t.start)];
    return !sentence || !otherSide(text, sentence, t.start, t.end, factById(t.factId));
  });
  return terms.length === analysis.terms.length ? analysis : { ...analysis, terms };
}

/** The analysis without the one-word names that another bearer has ("Cody Trump"; other-bearer.ts). */
function withoutOtherBearer(text: string, analysis: Analysis, options: TermBase, memo: Memo): Analysis {
  const aliasWords = memo('alias-words', () => aliasWordsOf(options.matcher.index.terms.map((t) => t.alias)));
  const terms = withoutOtherBearers({
    text,
    terms: analysis.terms,
    factById: options.factById,
    aliasWords,
  });
  return terms.length === analysis.terms.length ? analysis : { ...analysis, terms };
}

/**
 * The analysis without another government's names and without the names another bearer has. When a
 * text gives words to something else ("Lakeview Athletic Club (LAC)", "captain Tashi Galwan"), those
 * occurrences meet no alias's context and no cue either: the text is read again without them, so a
 * "standoff" whose context word was only the club's "LAC" is no longer the Ladakh standoff (ADR 0093).
 */
export function withoutOtherBearerWords(
  spans: TextSpans,
  skip: readonly Span[],
  options: TermBase,
  memo: Memo,
): Analysis {
  const text = spans.text;
  const read = (ignore?: ReadonlySet<string>) =>
    withoutOtherSide(
      spans,
      withoutSpans(options.matcher.analyze(text, ignore, spans), skip),
      options.factById,
    );
  const first = read();
  const kept = withoutOtherBearer(text, first, options, memo);
  const acronyms = acronymSpansDefinedOtherwise(
    text,
    (acronym) => acronymFacts(options, memo).get(acronym) ?? [],
  );
  if (kept === first && !acronyms.length) return kept;
  const keptTerms = new Set(kept.terms);
  const given = new Set([
    ...first.terms.filter((t) => !keptTerms.has(t)).map((t) => `${t.start}:${t.end}`),
    ...acronyms,
  ]);
  return withoutOtherBearer(text, read(given), options, memo);
}

/** The facts of each acronym alias of the base ("LAC", "SCO"), as written. */
function acronymFacts(options: TermBase, memo: Memo): ReadonlyMap<string, readonly Fact[]> {
  return memo('acronym-facts', () => {
    const out = new Map<string, Fact[]>();
    for (const t of options.matcher.index.terms) {
      const fact = options.factById(t.factId);
      if (fact && /^\p{Lu}{2,6}$/u.test(t.alias)) pushTo(out, t.alias, fact);
    }
    return out;
  });
}
