/**
 * The first gate (ADR 0021): does a page's title or URL name anything the fact base knows? The
 * worker asks it on every top-frame navigation, before anything runs in the page; only a page
 * that passes gets the probe (ADR 0011), so a page that fails costs its reader nothing.
 *
 * The vocabulary is derived from the fact base value, never hand-listed: every alias of every
 * fact (the reader's packs included, with their spelling variants and plurals), and the story
 * words headlines use (each fact's keywords, and its claim cues' phrases). Phrases are compared
 * as whole normalised words, so "plaid" never passes for "LAC". Case-sensitive aliases
 * (acronyms) must appear in exactly their case in the title; a URL's words are lower case, so
 * they pass there only in their normalised form when the alias also has one.
 */
import type { FactBase } from './facts/factbase';
import { isWordChar, normalize } from './match/normalize';
import { spellingVariants } from './match/variants';

/** Phrases longer than this many words are not looked for (none of the base's are). */
const MAX_PHRASE_WORDS = 8;

export interface GateVocabulary {
  /** Normalised phrases (words joined by one space). */
  readonly phrases: ReadonlySet<string>;
  /** Case-sensitive aliases, words joined by one space, in their own case. */
  readonly exact: ReadonlySet<string>;
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
  let longest = 1;
  const add = (set: Set<string>, phrase: string) => {
    const n = phrase.split(' ').length;
    if (!phrase || n > MAX_PHRASE_WORDS) return;
    set.add(phrase);
    longest = Math.max(longest, n);
  };
  const story = (text: string) => {
    for (const v of spellingVariants(phraseOf(text), true)) add(phrases, v);
  };
  for (const fact of base.facts.values()) {
    for (const alias of fact.aliases) {
      if (alias.caseSensitive) add(exact, phraseOf(alias.text, false));
      else for (const v of spellingVariants(phraseOf(alias.text), alias.inflect === true)) add(phrases, v);
    }
    for (const k of fact.keywords ?? []) story(k);
    for (const cue of fact.cues ?? [])
      for (const group of [...cue.allOf, ...(cue.paragraph ?? [])]) group.forEach(story);
  }
  return { phrases, exact, longest };
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

function hasPhrase(list: readonly string[], set: ReadonlySet<string>, longest: number): boolean {
  if (set.size === 0) return false;
  for (let i = 0; i < list.length; i++) {
    let phrase = '';
    for (let n = 0; n < longest && i + n < list.length; n++) {
      phrase = n === 0 ? (list[i] as string) : `${phrase} ${list[i + n]}`;
      if (set.has(phrase)) return true;
    }
  }
  return false;
}

/** True when the page's title or URL path names something in `vocabulary`. */
export function passesGate(vocabulary: GateVocabulary, title: string, url: string): boolean {
  const { phrases, exact, longest } = vocabulary;
  if (hasPhrase(words(title), phrases, longest)) return true;
  if (hasPhrase(words(title, false), exact, longest)) return true;
  return hasPhrase(words(urlWords(url)), phrases, longest);
}
