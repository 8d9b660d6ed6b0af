/**
 * Quotations and who said them. A quotation is text between curly or straight double
 * quotes. Its speaker, from the words outside the quotes: a capitalised name before a speech
 * verb ("Jaiswal said", "Modi told Xi"), or after one that introduces a speaker ("said
 * Randhir Jaiswal", "according to Wang"; not "told Xi", whose Xi is the listener); for
 * "he said"/"she told", the last speaker in this or the previous paragraph, or failing
 * that the person a recent sentence opened with ("Jaishankar, on his first trip…"); for a
 * sentence that opens with a person and has a speech verb ("Modi, in his remarks, said…"),
 * that person. A name is the claim engine's person when the surnames agree. Otherwise
 * unknown: never a person merely mentioned.
 */

export interface Quoted {
  /** The quoted words, joined when a sentence has several quotations. */
  readonly text: string;
  /** A fact id ("person.x") or a lower-cased surname; null when unknown. */
  readonly speaker: string | null;
  readonly speakerName: string | null;
}

const QUOTE = /[“"]([^”"]{2,})[”"]/g;
const SPEECH = '(?:said|says|told|added|stated|asserted|noted|remarked|explained|asked|replied)';
const NAME = "((?:[A-Z][\\p{L}'’-]+\\s+){0,3}[A-Z][\\p{L}'’-]+)";
const NAME_VERB = new RegExp(`${NAME}\\s+${SPEECH}\\b`, 'u');
/** Verbs after which a name is the speaker ("said Wang"), unlike "told Xi" or "asked Modi". */
const VERB_NAME = new RegExp(
  `\\b(?:said|says|added|stated|noted|remarked|explained|according to)\\s+${NAME}`,
  'u',
);
const SPEECH_ANYWHERE = new RegExp(`\\b${SPEECH}\\b`);
const PRONOUN = new RegExp(`\\b(?:he|she|they)\\s+${SPEECH}\\b`, 'i');
/** A person named this early in a sentence is what it is about (its subject, roughly). */
const SUBJECT_WITHIN = 40;
/** Words that start a capitalised run but are no one's name. */
const NOT_NAMES = new Set(['The', 'A', 'An', 'This', 'That', 'It', 'He', 'She', 'They', 'We', 'But', 'And']);

/** The quoted text of a sentence and the rest of it. */
export function splitQuotes(sentence: string): { quotes: string[]; rest: string } {
  const quotes: string[] = [];
  const rest = sentence.replace(QUOTE, (_, q: string) => {
    quotes.push(q.trim().replace(/[,.]$/, ''));
    return ' ';
  });
  return { quotes, rest };
}

function nameIn(rest: string): string | null {
  const m = NAME_VERB.exec(rest) ?? VERB_NAME.exec(rest);
  if (!m) return null;
  const words = (m[1] as string).split(/\s+/).filter((w) => !NOT_NAMES.has(w));
  return words.length ? words.join(' ') : null;
}

/**
 * The quotation in each sentence (null when none) with its speaker. `persons[i]` are the
 * people (fact id and name) the claim engine found in sentence i; `paragraph[i]` its paragraph.
 */
export function quotationsOf(
  sentences: readonly string[],
  paragraph: readonly number[],
  persons: readonly (readonly { id: string; name: string }[])[],
): (Quoted | null)[] {
  let last: { speaker: string; name: string; paragraph: number } | null = null;
  /** The person a recent sentence was about (named at its start), for "he said" after it. */
  let subject: { speaker: string; name: string; paragraph: number } | null = null;
  const near = (
    x: { paragraph: number } | null,
    i: number,
  ): x is { speaker: string; name: string; paragraph: number } =>
    x !== null && x.paragraph >= (paragraph[i] ?? 0) - 1;
  return sentences.map((s, i) => {
    const { quotes, rest } = splitQuotes(s);
    const here = persons[i] ?? [];
    const opening = here
      .map((p) => ({ p, at: rest.indexOf(p.name.split(' ').pop() ?? p.name) }))
      .filter((x) => x.at >= 0 && x.at < SUBJECT_WITHIN)
      .sort((x, y) => x.at - y.at)[0];
    let speaker: string | null = null;
    let speakerName: string | null = null;
    const name = nameIn(rest);
    if (name) {
      const surname = name.split(' ').pop() as string;
      const known = here.find((p) => p.name.split(' ').pop() === surname);
      speaker = known ? known.id : surname.toLowerCase();
      speakerName = known ? known.name : name;
    } else if (PRONOUN.test(rest)) {
      const who = near(last, i) ? last : near(subject, i) ? subject : null;
      speaker = who?.speaker ?? null;
      speakerName = who?.name ?? null;
    } else if (opening && SPEECH_ANYWHERE.test(rest)) {
      speaker = opening.p.id;
      speakerName = opening.p.name;
    }
    if (speaker && speakerName) last = { speaker, name: speakerName, paragraph: paragraph[i] ?? 0 };
    if (opening) subject = { speaker: opening.p.id, name: opening.p.name, paragraph: paragraph[i] ?? 0 };
    if (!quotes.length) return null;
    return { text: quotes.join(' … '), speaker, speakerName };
  });
}
