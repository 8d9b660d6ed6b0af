/**
 * The first gate (ADR 0021): does a page's title or URL name anything the fact base knows? The
 * worker asks it on every top-frame navigation, before anything runs in the page; only a page
 * that passes gets the probe (ADR 0011), so a page that fails costs its reader nothing.
 *
 * The vocabulary is derived from the fact base value, never hand-listed: every alias of every
 * fact (the reader's packs included, with their spelling variants and plurals), and the story
 * words headlines use (each fact's keywords, and its claim cues' phrases). An alias or a keyword
 * of several words passes alone; single story words ("after", "talks") say little by themselves, so
 * a title needs two different ones of the same fact (two groups of one claim cue, two keywords).
 * The gate runs the fact base's own compiled matcher over the title and the URL's words, so phrases are
 * matched exactly as the engine matches them (whole normalised words, spelling variants and plurals, acronyms
 * only in their own case), and no vocabulary is compiled on a worker's wake: the story words are read
 * off the matcher index's cues and keywords.
 */
import type { FactBase } from './facts/factbase';
import type { Matcher } from './match/terms';

/** How many different story words of one fact a title must have when none names the fact. */
const STORY_WORDS_NEEDED = 2;

export interface GateVocabulary {
  readonly matcher: Matcher;
  /** Keys that name a fact by themselves besides aliases: the variants of multi-word keywords. */
  readonly naming: ReadonlySet<number>;
  /**
   * Keys of story words that say little alone ("after", "talks"): for each, the facts and the piece
   * of evidence it is for that fact (one single-word keyword, or one group of one claim cue), flat:
   * `[fact, item, fact, item, …]`. A fact is its id, or its number in a precomputed vocabulary's list
   * (only its identity counts).
   */
  readonly story: ReadonlyMap<number, readonly (string | number)[]>;
}

/**
 * A vocabulary without its matcher, as JSON: what the build ships for the bundled base (ADR 0033), so a
 * woken worker parses it (JSON.parse, native) instead of deriving it key by key before its first gate.
 */
export interface GateVocabularyData {
  readonly naming: readonly number[];
  readonly story: readonly (readonly [key: number, evidence: readonly (string | number)[]])[];
}

/** `vocabulary` as data, its facts numbered (the build's form, ADR 0033). */
export function gateVocabularyData(vocabulary: GateVocabulary): GateVocabularyData {
  const numbers = new Map<string | number, number>();
  const number = (fact: string | number) => {
    const known = numbers.get(fact);
    if (known !== undefined) return known;
    numbers.set(fact, numbers.size);
    return numbers.size - 1;
  };
  return {
    naming: [...vocabulary.naming],
    story: [...vocabulary.story].map(([key, evidence]) => [
      key,
      evidence.map((x, i) => (i % 2 === 0 ? number(x) : x)),
    ]),
  };
}

/** The vocabulary of `data` over `matcher` (the matcher of the same index the data was read from). */
export function gateVocabularyFrom(matcher: Matcher, data: GateVocabularyData): GateVocabulary {
  return { matcher, naming: new Set(data.naming), story: new Map(data.story) };
}

/** The gate's vocabulary for `base`, read off its matcher index (the worker keeps one per base). */
export function gateVocabulary(base: Pick<FactBase, 'matcher'>): GateVocabulary {
  const { index } = base.matcher;
  const naming = new Set<number>();
  const story = new Map<number, string[]>();
  const evidence = (key: number, fact: string, item: string) => {
    const list = story.get(key);
    if (!list) story.set(key, [fact, item]);
    else if (!holds(list, fact, item)) list.push(fact, item);
  };
  // Read on every wake before the first page's gate (ADR 0033): each item's name and each keyword's
  // "several words?" are worked out once per group, not once per key.
  // A keyword of several words ("rare earth magnets") names the story; a single one needs company.
  for (const k of index.keywords) {
    const names = k.words.map((w, group) => (w.trim().includes(' ') ? null : `k${group}`));
    k.keys.forEach((key, i) => {
      const group = k.groups[i] as number;
      const item = group < names.length ? (names[group] as string | null) : `k${group}`;
      if (item === null) naming.add(key);
      else evidence(key, k.factId, item);
    });
  }
  // A claim cue needs all its groups: one group's words in a title are one piece of evidence.
  index.cues.forEach((cue, c) => {
    [...cue.allOf, ...cue.paragraph].forEach((group, g) => {
      const item = `c${c}:${g}`;
      for (const key of group) evidence(key, cue.factId, item);
    });
  });
  return { matcher: base.matcher, naming, story };
}

/** Does the flat `[fact, item, …]` list hold this pair? */
function holds(list: readonly (string | number)[], fact: string, item: string): boolean {
  for (let i = 0; i + 1 < list.length; i += 2) if (list[i] === fact && list[i + 1] === item) return true;
  return false;
}

/** The words of a URL's path (its host, query and fragment say nothing about the story). */
export function urlWords(url: string): string {
  const path = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(url)?.[1] ?? '';
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // a malformed escape: the raw path's words will do
  }
  return decoded.replace(/[/_+.-]+/g, ' ');
}

/**
 * True when the page's title or URL path names something in `vocabulary`: an alias (what the engine
 * would highlight) or a multi-word keyword, or at least two different story words of one fact.
 */
export function passesGate(vocabulary: GateVocabulary, title: string, url: string): boolean {
  const { matcher, naming, story } = vocabulary;
  const seen = new Map<string | number, Set<string | number>>();
  for (const text of [title, urlWords(url)]) {
    if (!text.trim()) continue;
    const { terms, positions } = matcher.analyze(text);
    if (terms.length) return true;
    for (const key of positions.keys()) {
      if (naming.has(key) || aliasAt(matcher, key)) return true;
      const evidence = story.get(key) ?? [];
      for (let i = 0; i + 1 < evidence.length; i += 2) {
        const fact = evidence[i] as string | number;
        const items = seen.get(fact) ?? new Set<string | number>();
        items.add(evidence[i + 1] as string | number);
        if (items.size >= STORY_WORDS_NEEDED) return true;
        seen.set(fact, items);
      }
    }
  }
  return false;
}

/**
 * True when `key` is an alias that needs no case to match: an alias whose context words (ADR 0005)
 * are elsewhere in the article still names its fact in a title.
 */
function aliasAt(matcher: Matcher, key: number): boolean {
  return (matcher.index.keyTerms[key] ?? []).some((t) => !matcher.index.terms[t]?.caseSensitive);
}
