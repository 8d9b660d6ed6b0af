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

/** A short stem that doubles its last consonant before -ed and -ing ("stop" → "stopped", "patrol" → "patrolled"). */
const DOUBLES = /[^aeiou][aeiou][bdglmnprt]$/;

/** The -ed, -ing and -s forms of a verb stem (never the stem itself). */
function formsOf(stem: string): string[] {
  const e = stem.endsWith('e');
  const out = [e ? `${stem}d` : `${stem}ed`, e ? `${stem.slice(0, -1)}ing` : `${stem}ing`, ...plurals(stem)];
  if (DOUBLES.test(stem)) out.push(`${stem}${stem.slice(-1)}ed`, `${stem}${stem.slice(-1)}ing`);
  return out;
}

/**
 * Other inflections of a keyword's verb (issue #7, class 7): "disengage" finds "disengaged",
 * "halted" finds "halts" and "halting", "pulled back" finds "pulling back". The bare stem of
 * an -ed or -ing word is never added ("cleared" does not find "clear", an adjective too).
 * Words of fewer than four letters are left alone ("met").
 */
export function verbForms(word: string): string[] {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return [];
  let stems: string[];
  if (word.endsWith('ied')) stems = [`${word.slice(0, -3)}y`];
  else if (word.endsWith('ed')) stems = [word.slice(0, -2), word.slice(0, -1)];
  else if (word.endsWith('ing')) stems = [word.slice(0, -3), `${word.slice(0, -3)}e`];
  else if (word.endsWith('s')) return [];
  else stems = [word];
  // "stopped" → "stop", "patrolling" → "patrol"
  for (const s of [...stems]) if (/([bdglmnprt])\1$/.test(s)) stems.push(s.slice(0, -1));
  const out = new Set(stems.filter((s) => s.length >= 3).flatMap(formsOf));
  out.delete(word);
  return [...out];
}

/** The keys of a keyword: its spelling variants, and the inflections of its verb words. */
export function keywordVariants(key: string): string[] {
  const base = spellingVariants(key, true, true);
  const words = key.split(' ');
  const extra: string[] = [];
  words.forEach((w, i) => {
    if (words.length > 1 && !/(ed|ing)$/.test(w)) return;
    for (const f of verbForms(w)) extra.push([...words.slice(0, i), f, ...words.slice(i + 1)].join(' '));
  });
  return [...new Set([...base, ...extra])].slice(0, 32);
}
