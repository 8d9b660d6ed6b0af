/**
 * What a sentence says, as features for alignment: content-word stems (function words
 * dropped, British/American spellings and a few news synonyms folded together), figures
 * ("#70", "#2024") and month names. Pure and deterministic; see ADR 0015.
 */

const STOP = new Set(
  (
    'a an the and or but nor so yet of in on at to for from by with without into onto over under about ' +
    'as than then that this these those there here which who whom whose what when where why how ' +
    'is are was were be been being am do does did done has have had having will would shall should can could ' +
    'may might must it its it’s itself he she they them their theirs his her hers him we us our you your i me my ' +
    'not no also just only very more most much many some any all each both either neither such other another ' +
    'up down out off again further once per via said says say told tells according ' +
    'while during after before since until till between among against through across toward towards upon ' +
    'if because though although whether even still already own same s t'
  ).split(' '),
);

/** Number words, for "four-year" / "4 years" and "two days" / "2 days". */
const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

const MONTHS: Record<string, string> = {
  jan: 'jan',
  january: 'jan',
  feb: 'feb',
  february: 'feb',
  mar: 'mar',
  march: 'mar',
  apr: 'apr',
  april: 'apr',
  jun: 'jun',
  june: 'jun',
  jul: 'jul',
  july: 'jul',
  aug: 'aug',
  august: 'aug',
  sep: 'sep',
  sept: 'sep',
  september: 'sep',
  oct: 'oct',
  october: 'oct',
  nov: 'nov',
  november: 'nov',
  dec: 'dec',
  december: 'dec',
};

/**
 * Words news writers use interchangeably, folded to one key. General newsroom vocabulary,
 * not any article's wording (ADR 0015: the seeds are never dev data).
 */
const SYNONYMS: Record<string, string> = {
  firm: 'company',
  compani: 'company',
  company: 'company',
  business: 'company',
  approv: 'grant',
  grant: 'grant',
  issu: 'grant',
  permit: 'grant',
  allow: 'grant',
  clear: 'grant',
  licens: 'license',
  licenc: 'license',
  permission: 'license',
  approval: 'license',
  purchas: 'buy',
  buy: 'buy',
  bought: 'buy',
  acquir: 'buy',
  halt: 'stop',
  stop: 'stop',
  suspend: 'stop',
  cease: 'stop',
  end: 'stop',
  restart: 'resum',
  resum: 'resum',
  restor: 'resum',
  reviv: 'resum',
  talk: 'meet',
  dialogu: 'meet',
  negotiation: 'meet',
  discussion: 'meet',
  meet: 'meet',
  meeting: 'meet',
  met: 'meet',
  summit: 'meet',
  curb: 'restrict',
  restrict: 'restrict',
  restriction: 'restrict',
  control: 'restrict',
  limit: 'restrict',
  confirm: 'confirm',
  acknowledg: 'confirm',
  tie: 'relation',
  relation: 'relation',
  nation: 'country',
  country: 'country',
  countri: 'country',
  standoff: 'standoff',
  'face-off': 'standoff',
  faceoff: 'standoff',
  briefing: 'brief',
  brief: 'brief',
  vital: 'key',
  crucial: 'key',
  critical: 'key',
  key: 'key',
  essential: 'key',
  percent: 'percent',
  cent: 'percent',
  '%': 'percent',
};

/** A light English stemmer: enough to fold plurals and tenses, never a dictionary. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  // British/American: -ise/-ize, -iser/-izer, -our/-or ("licence"/"license" are folded as synonyms).
  w = w.replace(/iz(ation|er|e|)$/, 'is$1').replace(/our$/, 'or');
  return w;
}

function fold(word: string): string {
  const s = stem(word);
  return SYNONYMS[s] ?? SYNONYMS[word] ?? s;
}

/** One token of a sentence, with its kind. */
export interface Token {
  readonly key: string;
  readonly kind: 'word' | 'number' | 'month';
}

const WORD = /[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*%?|%/gu;

function numberKey(raw: string): string | null {
  const digits = raw.replace(/[,%]/g, '');
  if (/^\d+(\.\d+)?$/.test(digits)) return `#${Number(digits)}`;
  return null;
}

/** The tokens of `sentence` (lower-cased, folded; function words dropped). */
export function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  // "US" and "U.S." are the country, not the pronoun "us" (a function word, dropped).
  const text = sentence.replace(/\bU\.?S\.?(?=$|[^\p{L}])/gu, 'USA');
  for (const m of text.toLowerCase().normalize('NFKC').matchAll(WORD)) {
    const raw = m[0].replace(/[’']s$/, '');
    const num = numberKey(raw);
    if (num) {
      out.push({ key: num, kind: 'number' });
      if (raw.endsWith('%')) out.push({ key: 'percent', kind: 'word' });
      continue;
    }
    for (const part of raw.split(/[-’']/)) {
      if (!part || STOP.has(part)) continue;
      const n = NUMBER_WORDS[part];
      if (n !== undefined) out.push({ key: `#${n}`, kind: 'number' });
      else if (MONTHS[part]) out.push({ key: MONTHS[part] as string, kind: 'month' });
      else if (part.length > 1 || /\d/.test(part)) out.push({ key: fold(part), kind: 'word' });
    }
  }
  return out;
}

/** The figures of a sentence as written ("70", "2024", "21"), for the pair's changed figures. */
export function figuresOf(sentence: string): string[] {
  return [...sentence.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => m[0].replace(/,/g, ''));
}

/** True when `text` reads as English: a fair share of its words are English function words. */
export function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 8) return true;
  let hits = 0;
  for (const w of words) if (STOP.has(w)) hits++;
  return hits / words.length >= 0.15;
}
