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
 * Phrases are compared as whole normalised words, so "plaid" never passes for "LAC". Case-sensitive aliases
 * (acronyms) must appear in exactly their case in the title; a URL's words are lower case, so
 * they pass there only in their normalised form when the alias also has one.
 */
import type { FactBase } from './facts/factbase';
import { isWordChar, normalize } from './match/normalize';
import { spellingVariants } from './match/variants';

/** Phrases longer than this many words are not looked for (none of the base's are). */
const MAX_PHRASE_WORDS = 8;
/** How many different story words of one fact a title must have when none names the fact. */
const STORY_WORDS_NEEDED = 2;

export interface GateVocabulary {
  /** Normalised phrases that name a fact by themselves: aliases and multi-word keywords. */
  readonly phrases: ReadonlySet<string>;
  /** Case-sensitive aliases, words joined by one space, in their own case. */
  readonly exact: ReadonlySet<string>;
  /**
   * Story words that say little alone ("after", "talks", "licences"): for each, the facts and the
   * piece of evidence it is for that fact (a single-word keyword, or one group of a claim cue).
   */
  readonly story: ReadonlyMap<string, readonly (readonly [fact: number, item: string])[]>;
  /** The longest phrase, in words. */
  readonly longest: number;
}

/** Words of `text` as the matcher sees them (normalised, split at anything that is not a word character). */
function words(text: string, fold = true): string[] {
  const s = fold ? normalize(text).text : text;
  const out: string[] = [];
  let word = '';
  for (const ch of s) {
    if (isWordChar(ch)) word += ch;
    else if (word) {
      out.push(word);
      word = '';
    }
  }
  if (word) out.push(word);
  return out;
}

const phraseOf = (text: string, fold = true) => words(text, fold).join(' ');

/** The gate's vocabulary for `base`: built once per fact base (the worker keeps it beside the base). */
export function gateVocabulary(base: Pick<FactBase, 'facts'>): GateVocabulary {
  const phrases = new Set<string>();
  const exact = new Set<string>();
  const story = new Map<string, [number, string][]>();
  let longest = 1;
  const fits = (phrase: string) => {
    const n = phrase.split(' ').length;
    if (!phrase || n > MAX_PHRASE_WORDS) return false;
    longest = Math.max(longest, n);
    return true;
  };
  const add = (set: Set<string>, phrase: string) => {
    if (fits(phrase)) set.add(phrase);
  };
  const evidence = (phrase: string, fact: number, item: string) => {
    if (!fits(phrase)) return;
    const list = story.get(phrase) ?? [];
    if (!list.some(([f, i]) => f === fact && i === item)) list.push([fact, item]);
    story.set(phrase, list);
  };
  let f = 0;
  for (const fact of base.facts.values()) {
    for (const alias of fact.aliases) {
      if (alias.caseSensitive) add(exact, phraseOf(alias.text, false));
      else for (const v of spellingVariants(phraseOf(alias.text), alias.inflect === true)) add(phrases, v);
    }
    // A keyword of several words ("rare earth magnets") names the story; a single one needs company.
    for (const k of fact.keywords ?? []) {
      const key = phraseOf(k);
      for (const v of spellingVariants(key, true))
        if (key.includes(' ')) add(phrases, v);
        else evidence(v, f, `k:${key}`);
    }
    // A claim cue needs all its groups: one group's words in a title are one piece of evidence.
    (fact.cues ?? []).forEach((cue, c) => {
      [...cue.allOf, ...(cue.paragraph ?? [])].forEach((group, g) => {
        for (const p of group)
          for (const v of spellingVariants(phraseOf(p), true)) evidence(v, f, `c${c}:${g}`);
      });
    });
    f++;
  }
  return { phrases, exact, story, longest };
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

/** Every phrase of up to `longest` words in `list`, each once. */
function* ngrams(list: readonly string[], longest: number): Generator<string> {
  for (let i = 0; i < list.length; i++) {
    let phrase = '';
    for (let n = 0; n < longest && i + n < list.length; n++) {
      phrase = n === 0 ? (list[i] as string) : `${phrase} ${list[i + n]}`;
      yield phrase;
    }
  }
}

/**
 * True when the page's title or URL path names something in `vocabulary`: an alias or a
 * multi-word keyword, or at least two different story words of one fact.
 */
export function passesGate(vocabulary: GateVocabulary, title: string, url: string): boolean {
  const { phrases, exact, story, longest } = vocabulary;
  for (const p of ngrams(words(title, false), longest)) if (exact.has(p)) return true;
  const seen = new Map<number, Set<string>>();
  for (const list of [words(title), words(urlWords(url))])
    for (const p of ngrams(list, longest)) {
      if (phrases.has(p)) return true;
      for (const [fact, item] of story.get(p) ?? []) {
        const items = seen.get(fact) ?? new Set<string>();
        items.add(item);
        if (items.size >= STORY_WORDS_NEEDED) return true;
        seen.set(fact, items);
      }
    }
  return false;
}
