/**
 * Spelling variants of a normalised alias, so that one written form matches British and
 * American spellings and (for common nouns) plurals. Variants only add keys to the
 * automaton; they never change the text, so offsets stay exact.
 */

/** Word-level British → American rewrites (either may appear in text). */
const WORD_RULES: readonly [RegExp, string][] = [
  [/is(e|ed|es|ing|er|ers|ation|ations)$/, 'iz$1'],
  [/yse(d|s)?$/, 'yze$1'],
  [/([^f])our(s|ed|ing|ite|ites|able)?$/, '$1or$2'],
  [/([^aeiou])tre(s)?$/, '$1ter$2'],
  [/ogue(s)?$/, 'og$1'],
  [/(lic|def|off|pret)ence(s)?$/, '$1ense$2'],
  [/([aeiou])ll(ed|ing|er|ers)$/, '$1l$2'],
  [/amme(s)?$/, 'am$1'],
];

function wordVariants(word: string): string[] {
  const out = new Set([word]);
  if (word.length > 4) {
    for (const [re, to] of WORD_RULES) if (re.test(word)) out.add(word.replace(re, to));
  }
  return [...out];
}

function plurals(word: string): string[] {
  if (/(s|x|z|ch|sh)$/.test(word)) return [`${word}es`];
  if (/[^aeiou]y$/.test(word)) return [`${word.slice(0, -1)}ies`];
  return [`${word}s`];
}

/**
 * All variants of a normalised key (the key itself first). Bounded: at most 16. `compound`
 * adds a two-word key's hyphenated form (claim cues and keywords: "specialty-fertilizer
 * cargoes"); aliases leave it out, so a name's card never widens to a compound modifier.
 */
export function spellingVariants(key: string, inflect = false, compound = false): string[] {
  const words = key.split(' ');
  let forms: string[] = [''];
  words.forEach((word, i) => {
    const last = i === words.length - 1;
    const options = wordVariants(word);
    if (last && inflect) options.push(...options.flatMap(plurals));
    forms = forms.flatMap((prefix) => options.map((w) => (prefix ? `${prefix} ${w}` : w)));
  });
  // "specialty-fertilizer cargoes", "export-control regime": a two-word phrase written as a compound modifier.
  const hyphened = compound && words.length === 2 ? forms.map((f) => f.replace(' ', '-')) : [];
  return [...new Set([key, ...forms, ...hyphened])].slice(0, 16);
}

/** Auxiliaries before a progressive "-ing" form ("is relaxing", "were easing"). */
const PROGRESSIVE = ['is', 'are', 'was', 'were', 'be', 'been'];

/**
 * A cue or keyword's verb in its other tense. "-ing" → "-ed" for the phrase's last word ("easing" →
 * "eased"). "-ed" → "-ing" only for a one-word cue and only after an auxiliary, in the progressive
 * ("relaxed" → "is relaxing", "banned" → "were banning"): a bare "-ing" form is often a noun of
 * another sense ("licensing regime", "clearing house"), a progressive one is the verb. Dropping the
 * ending and adding the other one gives the right form for regular verbs (doubled consonants and a
 * dropped "e" carry over: "bann-ed" / "bann-ing", "eas-ed" / "eas-ing"); an irregular verb gives a
 * string no text holds ("agreing"), which only adds an unused key. Words of five letters or fewer are
 * left alone ("need", "red", "bring").
 */
export function tenseVariants(key: string): string[] {
  const cut = key.lastIndexOf(' ') + 1;
  const word = key.slice(cut);
  if (word.length <= 5) return [];
  if (word.endsWith('ing')) return [`${key.slice(0, cut)}${word.slice(0, -3)}ed`];
  if (cut === 0 && word.endsWith('ed')) return PROGRESSIVE.map((aux) => `${aux} ${word.slice(0, -2)}ing`);
  return [];
}
