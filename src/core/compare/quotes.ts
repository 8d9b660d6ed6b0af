/**
 * Quotations and who said them. A quotation is text between curly or straight double
 * quotes; its speaker is a person the claim engine found in the sentence outside the quote,
 * else a capitalised name next to a speech verb ("Jaiswal said", "said Randhir Jaiswal"),
 * else, for "he said"/"she told", the speaker of the previous sentences in the paragraph.
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
const VERB_NAME = new RegExp(`\\b${SPEECH}\\s+${NAME}`, 'u');
const PRONOUN = new RegExp(`\\b(?:he|she|they)\\s+${SPEECH}\\b`, 'i');
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
  return sentences.map((s, i) => {
    const { quotes, rest } = splitQuotes(s);
    const here = persons[i] ?? [];
    let speaker: string | null = null;
    let speakerName: string | null = null;
    const inRest = here.find((p) => rest.includes(p.name.split(' ').pop() ?? p.name));
    if (inRest) {
      speaker = inRest.id;
      speakerName = inRest.name;
    } else {
      const name = nameIn(rest);
      if (name) {
        const known = here.find((p) => p.name.endsWith(name.split(' ').pop() as string));
        speaker = known ? known.id : (name.split(' ').pop() as string).toLowerCase();
        speakerName = known ? known.name : name;
      } else if (PRONOUN.test(rest) && last && last.paragraph >= (paragraph[i] ?? 0) - 1) {
        speaker = last.speaker;
        speakerName = last.name;
      }
    }
    if (speaker && speakerName) last = { speaker, name: speakerName, paragraph: paragraph[i] ?? 0 };
    if (!quotes.length) return null;
    return { text: quotes.join(' … '), speaker, speakerName };
  });
}
