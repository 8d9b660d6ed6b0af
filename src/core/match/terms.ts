/**
 * Term matching: finds the aliases of known facts in article text.
 *
 * `compileMatcher` turns facts into a plain-data index (an Aho–Corasick automaton over
 * normalised aliases and their spelling variants, plus the words that ambiguous aliases
 * need nearby); it runs at build time. `Matcher` loads the index and finds terms in one
 * pass over the normalised text, reporting offsets into the ORIGINAL text.
 *
 * Rules: whole words only (a possessive "'s" is outside the word, so "China's" matches
 * "China"); never across a paragraph break; case-sensitive aliases must match exactly;
 * an alias with a context counts only when one of its context words occurs in its scope;
 * where several facts share an alias, one whose context is met wins over one without;
 * where matches overlap, the longest wins.
 */
import { pushTo } from '../collections';
import type { AliasContext } from '../facts/schema';
import { Automaton, type AutomatonData } from './automaton';
import { isWordChar, normalize } from './normalize';
import { type Span, spanAt, TextSpans } from './sentences';

export { compileMatcher } from './compile-matcher';

export interface IndexedTerm {
  readonly factId: string;
  readonly alias: string;
  readonly caseSensitive: boolean;
  /** Context: key indexes of the words one of which must occur within `scope`. */
  readonly context?: { readonly keys: readonly number[]; readonly scope: AliasContext['scope'] };
}

/** A claim cue compiled to key indexes (see ClaimCue in facts/schema.ts). */
export interface IndexedCue {
  readonly factId: string;
  readonly allOf: readonly (readonly number[])[];
  readonly paragraph: readonly (readonly number[])[];
}

/**
 * A fact's paraphrase keywords compiled to key indexes. `keys[i]` is a spelling variant of
 * keyword `groups[i]`, whose weight is `weights[groups[i]]`: rarer keywords across the fact
 * base weigh more (an IDF, ln(1 + F / df) over the F facts that have keywords), so
 * "depsang" says more than "border", and a keyword counts once however it is spelt.
 */
export interface IndexedKeywords {
  readonly factId: string;
  readonly keys: readonly number[];
  readonly groups: readonly number[];
  readonly weights: readonly number[];
  /** The keywords as written, for explanations. */
  readonly words: readonly string[];
}

/** The compiled, JSON-serialisable index. */
export interface MatcherIndex {
  readonly version: 2;
  readonly automaton: AutomatonData;
  /** For each key: the terms it names (empty for context and cue words). */
  readonly keyTerms: readonly (readonly number[])[];
  readonly terms: readonly IndexedTerm[];
  readonly cues: readonly IndexedCue[];
  readonly keywords: readonly IndexedKeywords[];
}

/** What one pass over a text finds: terms, and where every indexed phrase occurs. */
export interface Analysis {
  readonly terms: readonly TermMatch[];
  /** Key index → original start offsets of its whole-word occurrences. */
  readonly positions: ReadonlyMap<number, readonly number[]>;
  /** Key index → original end offsets, in the same order as `positions`. */
  readonly ends: ReadonlyMap<number, readonly number[]>;
}

/** A match: [start, end) indexes the original text; `text.slice(start, end)` is the quote. */
export interface TermMatch {
  readonly start: number;
  readonly end: number;
  readonly factId: string;
  readonly alias: string;
}

/** The scope spans of one text, split on first use (by its TextSpans). */
class Scopes {
  constructor(private readonly spans: TextSpans) {}
  spanOf(scope: AliasContext['scope'], pos: number): Span {
    if (scope === 'document') return { start: 0, end: this.spans.text.length };
    const spans = scope === 'sentence' ? this.spans.sentences() : this.spans.paragraphs();
    return spans[spanAt(spans, pos)] ?? { start: pos, end: pos };
  }
}

export class Matcher {
  private readonly automaton: Automaton;

  private readonly memos = new Map<string, unknown>();

  constructor(readonly index: MatcherIndex) {
    this.automaton = new Automaton(index.automaton);
  }

  /**
   * Builds a value derived from this index once (lookups the claim engine needs for every
   * text): per matcher instance, so it lives and dies with its fact base.
   */
  memo<T>(key: string, build: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, build());
    return this.memos.get(key) as T;
  }

  /** Finds every known term in `text`; matches are sorted and never overlap. */
  find(text: string): TermMatch[] {
    return [...this.analyze(text).terms];
  }

  /**
   * One pass: the terms, plus the positions of every indexed phrase (for context and cues). A phrase
   * occurrence whose span (`start:end`) is in `ignore` is neither a term nor a context or cue word:
   * the text gave those words to something else (another bearer of a name, an acronym it spells out
   * otherwise; other-bearer.ts, ADR 0093). `spans` are the text's paragraphs and sentences, when the
   * caller keeps them (annotate.ts: one TextSpans per text analysed); split here otherwise.
   */
  analyze(text: string, ignore?: ReadonlySet<string>, spans?: TextSpans): Analysis {
    const norm = normalize(text);
    const hay = norm.text;
    const hits: { key: number; start: number; end: number }[] = [];
    const keyPositions = new Map<number, number[]>();
    const keyEnds = new Map<number, number[]>();
    this.automaton.scan(hay, (key, s, e) => {
      if (isWordChar(hay[s - 1]) || isWordChar(hay[e])) return;
      const start = norm.starts[s] as number;
      const end = norm.ends[e - 1] as number;
      if (ignore?.has(`${start}:${end}`)) return;
      hits.push({ key, start, end });
      pushTo(keyPositions, key, start);
      pushTo(keyEnds, key, end);
    });
    const scopes = new Scopes(spans?.text === text ? spans : new TextSpans(text));
    const named = hits.filter((h) => this.index.keyTerms[h.key]?.length);
    const chosen = named.map((hit) =>
      // A paragraph break is never inside a term.
      text.slice(hit.start, hit.end).includes('\n')
        ? null
        : this.choose(this.index.keyTerms[hit.key] as number[], text, hit, keyPositions, keyEnds, scopes),
    );
    this.withoutUnreadContexts(text, named, chosen, keyPositions, keyEnds, scopes);
    const found: TermMatch[] = [];
    named.forEach((hit, i) => {
      const term = chosen[i];
      if (term) found.push({ start: hit.start, end: hit.end, factId: term.factId, alias: term.alias });
    });
    return { terms: selectLongestNonOverlapping(found), positions: keyPositions, ends: keyEnds };
  }

  /**
   * A context word that is a case-sensitive alias written in another case ("lac" growers, the resin,
   * against "LAC", the line) meets no other alias's context: the word is something else there, so a
   * "stand-off" that leant on it is not the Ladakh standoff (ADR 0093). Chooses again, in `chosen`,
   * the terms whose context such an occurrence met, until nothing changes.
   */
  private withoutUnreadContexts(
    text: string,
    named: readonly { key: number; start: number; end: number }[],
    chosen: (IndexedTerm | null)[],
    keyPositions: ReadonlyMap<number, readonly number[]>,
    keyEnds: ReadonlyMap<number, readonly number[]>,
    scopes: Scopes,
  ): void {
    let positions = keyPositions;
    let ends = keyEnds;
    const unread = new Set<number>();
    for (let round = 0; round < 3; round++) {
      const before = unread.size;
      named.forEach((hit, i) => {
        if (!chosen[i] && this.otherCase(text, hit)) unread.add(i);
      });
      if (unread.size === before || !chosen.some((t) => t?.context)) return;
      const dropped = new Map<number, Set<number>>();
      for (const i of unread) {
        const hit = named[i] as (typeof named)[number];
        const set = dropped.get(hit.key) ?? new Set<number>();
        set.add(hit.start);
        dropped.set(hit.key, set);
      }
      const p = new Map(keyPositions);
      const e = new Map(keyEnds);
      for (const [key, starts] of dropped) {
        const all = keyPositions.get(key) ?? [];
        const allEnds = keyEnds.get(key) ?? [];
        const keep = all.map((x) => !starts.has(x));
        p.set(
          key,
          all.filter((_, j) => keep[j]),
        );
        e.set(
          key,
          allEnds.filter((_, j) => keep[j]),
        );
      }
      positions = p;
      ends = e;
      named.forEach((hit, i) => {
        if (!chosen[i]?.context) return;
        chosen[i] = this.choose(this.index.keyTerms[hit.key] as number[], text, hit, positions, ends, scopes);
      });
    }
  }

  /**
   * Of the terms an alias may be, one whose context is met, else one without a context. When
   * the contexts of several are met ("In India, the foreign ministry confirmed … Chinese
   * licences": India's and China's), the one whose context word is the alias's possessor
   * ("New Delhi's foreign ministry") or the place the sentence puts it in ("in India", "at a
   * press conference in Beijing", "India, where the foreign ministry …"), nearest the alias, wins; without such a word, the first
   * met, as before (ADR 0041 round 22).
   */
  private choose(
    termIds: readonly number[],
    text: string,
    hit: Span,
    keyPositions: ReadonlyMap<number, readonly number[]>,
    keyEnds: ReadonlyMap<number, readonly number[]>,
    scopes: Scopes,
  ): IndexedTerm | null {
    const quote = text.slice(hit.start, hit.end);
    let fallback: IndexedTerm | null = null;
    const met: { term: IndexedTerm; scope: Span }[] = [];
    for (const id of termIds) {
      const term = this.index.terms[id] as IndexedTerm;
      if (term.caseSensitive && quote.replace(/\s+/g, ' ') !== term.alias) continue;
      if (!term.context) {
        fallback ??= term;
        continue;
      }
      const scope = scopes.spanOf(term.context.scope, hit.start);
      if (term.context.keys.some((k) => keyPositions.get(k)?.some((p) => p >= scope.start && p < scope.end)))
        met.push({ term, scope });
    }
    // Owners are weighed only between two met contexts (a page's every "India" is not read for one).
    if (met.length < 2) return met[0]?.term ?? fallback;
    let placed: IndexedTerm | null = null;
    let placedDistance = Number.POSITIVE_INFINITY;
    for (const { term, scope } of met) {
      const distance = nearestPlace(text, term.context?.keys ?? [], keyPositions, keyEnds, scope, hit);
      if (distance < placedDistance) {
        placed = term;
        placedDistance = distance;
      }
    }
    return placed ?? (met[0] as { term: IndexedTerm }).term;
  }

  /** The alias is written in another case than each of the case-sensitive terms it may be. */
  private otherCase(text: string, hit: { key: number; start: number; end: number }): boolean {
    const quote = text.slice(hit.start, hit.end).replace(/\s+/g, ' ');
    return (this.index.keyTerms[hit.key] ?? []).every((id) => {
      const term = this.index.terms[id] as IndexedTerm;
      return term.caseSensitive && quote !== term.alias;
    });
  }
}

/** "in India", "in the Chinese capital": a place word as the complement of "in". */
const IN_BEFORE = /\bin\s+(?:the\s+)?$/i;
/** "New Delhi's foreign ministry": the word as the alias's possessor. */
const POSSESSOR = /^['’]s\s+$/;
/** "for India, where the foreign ministry confirmed …": the place a relative "where" puts the alias in (ADR 0072). */
const WHERE_AFTER = /^,?\s+where\s+(?:the\s+|its\s+)?$/i;

/**
 * How far from `hit` the nearest of `keys` within `scope` stands that is its possessor or the
 * complement of "in" (characters); Infinity when none is.
 */
function nearestPlace(
  text: string,
  keys: readonly number[],
  keyPositions: ReadonlyMap<number, readonly number[]>,
  keyEnds: ReadonlyMap<number, readonly number[]>,
  scope: Span,
  hit: Span,
): number {
  let nearest = Number.POSITIVE_INFINITY;
  for (const k of keys) {
    const ends = keyEnds.get(k) ?? [];
    (keyPositions.get(k) ?? []).forEach((p, i) => {
      const end = ends[i] ?? p;
      if (p < scope.start || p >= scope.end) return;
      const possessor =
        end <= hit.start &&
        (POSSESSOR.test(text.slice(end, hit.start)) || WHERE_AFTER.test(text.slice(end, hit.start)));
      if (!possessor && !IN_BEFORE.test(text.slice(Math.max(scope.start, p - 8), p))) return;
      const d = p < hit.start ? Math.max(0, hit.start - end) : p - hit.end;
      if (d < nearest) nearest = d;
    });
  }
  return nearest;
}

/**
 * Keeps the longest of overlapping matches (the earlier on ties). One pass over matches
 * sorted by start: a match overlapping the last kept one replaces it only if longer.
 */
export function selectLongestNonOverlapping(matches: readonly TermMatch[]): TermMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TermMatch[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (!last || m.start >= last.end) kept.push(m);
    else if (m.end - m.start > last.end - last.start) kept[kept.length - 1] = m;
  }
  return kept;
}
