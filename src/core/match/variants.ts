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
