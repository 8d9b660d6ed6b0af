/**
 * The same actor doing the same act in other words (ADR 0165). Two outlets telling one story write
 * one step of it with other verbs and nouns: "vehicle makers … scale back production" / "automakers
 * … cut output"; "Washington will hold off for a year on its rule" / "the US will pause for a year
 * a rule"; "travellers had to connect through hubs" / "anyone travelling had to change planes in a
 * third country"; "Beijing has not commented" / "there is no word from Beijing". Word overlap does
 * not see them; a representation of who (a normalised actor) and what (a class of act, synonyms
 * grouped by meaning) does.
 *
 * An actor is a country as a state (its capital, its government, ministries and spokespeople), a
 * class of company, of traveller or of flight: the nearest one written before the act, or the one
 * the act names with "from" or "by" right after it ("no word from Beijing"). An act is a class of
 * phrases that mean one thing, not one verb: a cut in output, a pause or shelving, a change of
 * planes, a government's silence (no comment, no confirmation, no knowledge of the reports), troops
 * deployed, a departure. Each sentence's signatures are the (actor, act) pairs it tells; a sentence
 * with an act but no actor has none (a pronoun says nothing of who).
 *
 * Used as pairing evidence only when both are specific and rare: a signature in exactly one sentence
 * of each article (align.ts, in one story), and the two share a word of what the act is about. A
 * signature told twice on a side (a story about a pause tells the pause in several sentences) ties
 * nothing.
 *
 * ADR 0173 adds actors that are no state named as such: a practice as the subject ("patrolling and
 * grazing … revert to …"), a step told with no doer ("the deal would lead to troops pulling back"),
 * both naming what they are about; and a pronoun or a title for subject ("He did not name …", "The
 * ministry declined to identify …"), read as the state of the titled person or the ministry named
 * in the three sentences before it on its side.
 */
import { MONTH_KEYS } from './evidence';
import type { Vector } from './features';
import { tokenize } from './tokens';

/** Actors by key: the first pattern found nearest before an act (case-sensitive where a name). */
const ACTORS: readonly (readonly [string, RegExp])[] = [
  [
    'both',
    /\b(?:(?:India|New\s+Delhi)\s+and\s+(?:China|Beijing)|(?:China|Beijing)\s+and\s+(?:India|New\s+Delhi)|(?:the|their)\s+two\s+(?:countries|governments|sides|nations|neighbou?rs|armies)|(?:both|each)\s+(?:countries|governments|sides?|nations|armies))\b/gi,
  ],
  [
    'china',
    /\b(?:Beijing(?:'s|’s)?|China(?:'s|’s)?(?!\s+(?:Eastern|Southern|Daily))|Chinese\s+(?:government|authorities|officials|side|foreign\s+ministry|commerce\s+ministry|ministry|embassy|spokes(?:person|man|woman)))\b/g,
  ],
  [
    'india',
    /\b(?:New\s+Delhi(?:'s|’s)?|India(?:'s|’s)?|Indian\s+(?:government|authorities|officials|side|embassy)|(?:the\s+)?(?:external\s+affairs|External\s+Affairs)\s+(?:ministry|Ministry))\b/g,
  ],
  [
    'us',
    /\b(?:Washington(?:'s|’s)?|(?:the\s+)?U\.?S\.?(?=[\s,'’])|(?:the\s+)?United\s+States|American\s+(?:government|authorities|officials)|Trump\s+administration)/g,
  ],
  [
    'automakers',
    /\b(?:auto\s*makers?|car\s*makers?|(?:vehicle|car|van|truck|auto|automobile)\s+(?:makers?|manufacturers?|producers?|companies|firms))\b/gi,
  ],
  [
    'travellers',
    /\b(?:travell?ers?|passengers?|flyers?|anyone\s+travell?ing|people\s+travell?ing|those\s+travell?ing)\b/gi,
  ],
  ['flight', /\b(?:(?:inaugural|first|maiden)\s+)?(?:flight|plane|aircraft|jet)s?\b/gi],
  // A practice as the subject (ADR 0173): two practices told together, which no state stands for.
  ['practice', /\b(?:patrolling\s+and\s+grazing|grazing\s+and\s+patrolling)\b/gi],
];

/** Acts by key: phrases of one meaning, whatever their verb. */
const ACTS: readonly (readonly [string, RegExp])[] = [
  ['deploy', /\b(?:deploy(?:s|ed|ing|ment)?|stationed|massed|amassed)\b/gi],
  [
    'cut-output',
    /\b(?:(?:scal(?:e|es|ed|ing)|cut(?:s|ting)?|slash(?:es|ed|ing)?|reduc(?:e|es|ed|ing)|trim(?:s|med|ming)?|curtail(?:s|ed|ing)?|lower(?:s|ed|ing)?)\s+(?:back\s+|down\s+)?(?:\w+\s+)?(?:production|output)|(?:production|output)\s+cuts?|halt(?:s|ed|ing)?\s+(?:production|assembly\s+lines?))\b/gi,
  ],
  [
    'pause',
    /\b(?:paus(?:e|es|ed|ing)|suspend(?:s|ed|ing)?\s+for|hold(?:s|ing)?\s+off|held\s+off|shelv(?:e|es|ed|ing)|put(?:s|ting)?\s+(?:[\w.,-]+\s+){0,10}?on\s+hold|defer(?:s|red|ring)?|postpon(?:e|es|ed|ing))\b/gi,
  ],
  [
    'change-planes',
    /\b(?:connect(?:s|ed|ing)?\s+(?:through|via|in)|chang(?:e|es|ed|ing)\s+(?:planes|flights|aircraft)|layovers?|stopovers?|transit(?:ed|ing)?\s+(?:through|via)|rout(?:e|ed|ing)\s+(?:through|via)|connecting\s+flights?)\b/gi,
  ],
  [
    'no-comment',
    /\b(?:(?:has|have|had)\s+(?:not|yet\s+to)\s+(?:commented|responded|reacted|said\s+anything)|(?:did|does)\s+not\s+(?:comment|respond|react)|declined\s+to\s+comment|(?:no|not\s+any)\s+(?:official\s+)?(?:word|comment|statement|reaction|response)(?=\s+(?:yet\s+)?(?:from|by)\b)|issued\s+no\s+(?:statement|comment)|(?:is|are|was|were|has|have|had)\s+yet\s+to\s+(?:comment|respond|react|say))\b/gi,
  ],
  // …and not confirming, or knowing nothing of the reports: the same silence.
  [
    'no-comment',
    /\b(?:(?:did|does|do|has|have|had)\s+not\s+(?:(?:yet|publicly|officially)\s+)?confirm(?:ed)?|not\s+aware\s+of|unaware\s+of|no\s+knowledge\s+of|(?:has|had|have)\s+not\s+seen)\b/gi,
  ],
  ['depart', /\b(?:took\s+off|take(?:s)?\s+off|depart(?:s|ed|ing)?|left|leav(?:e|es|ing))\b/gi],
  // Withholding names or details (ADR 0173): "did not name the firms", "declined to identify them".
  [
    'withhold',
    /\b(?:(?:did|does|do|would|will)\s+not\s+(?:name|identify|disclose|specify|spell\s+out|reveal)|(?:declined|refused)\s+to\s+(?:name|identify|disclose|specify|reveal)|(?:gave|offered)\s+no\s+(?:names|details|particulars))\b/gi,
  ],
  // A practice going back to how it was (ADR 0173): "go back to", "return to", "revert to".
  [
    'revert',
    /\b(?:(?:go|goes|going|went|gone)\s+back\s+to|return(?:s|ed|ing)?\s+to|revert(?:s|ed|ing)?\s+to|(?:be|been|being|is|are|was|were)\s+restored\s+to)\b/gi,
  ],
  // Something leading to a pullback, whoever does it (ADR 0173): "paving the way for troops to
  // disengage", "would lead to troops pulling back", "is bringing about disengagement".
  [
    'lead-to-pullback',
    /\b(?:(?:lead(?:s|ing)?|led)\s+(?:to\s+(?:[\w-]+\s+){0,2}?|(?:[\w-]+\s+){1,3}?to\s+)|pav(?:e|es|ed|ing)\s+the\s+way\s+for\s+(?:[\w-]+\s+){0,2}?(?:to\s+)?|(?:bring(?:s|ing)?|brought)\s+about\s+|result(?:s|ed|ing)?\s+in\s+)(?:the\s+)?(?:disengag(?:e|ement|ing)|pull(?:ing)?\s+back|pull-?back|withdraw(?:al|ing)?)\b/gi,
  ],
];

/** Acts whose actor must be near, in the same clause: a flight leaves, a country does not. */
const NEAR_ONLY: ReadonlyMap<string, readonly string[]> = new Map([
  ['depart', ['flight']],
  ['revert', ['practice']],
]);
/**
 * Acts told with no doer (ADR 0173): "the arrangement is paving the way for troops to disengage" and
 * "the deal would lead to troops pulling back" tell one step whoever is named; the signature is the
 * act alone.
 */
const NO_DOER = new Set(['lead-to-pullback']);
/**
 * Signatures that name what they are about (ADR 0173): a practice going back to how it was, a
 * pullback to come. They need no other word in common; an act done to something does ("pause … its
 * rule").
 */
const WHOLE = new Set(['practice:revert', '-:lead-to-pullback']);
/** How far before an act (in characters) an actor of a NEAR_ONLY act may stand. */
const NEAR = 60;
/**
 * How far before an act (in characters) any actor may stand: further back, a country is most often
 * a modifier or the actor of another clause ("… trims US tariffs and eases …, and China will pause …").
 */
const FAR = 80;

/** Countries and capitals, which a sentence also writes as a modifier ("trims US tariffs"). */
const STATES = new Set(['china', 'india', 'us']);
/** Words before a subject: a clause's opener, a determiner, a verb of saying. */
const OPENERS =
  /(?:^|[,;:—–(]|\b(?:and|but|or|that|while|when|as|after|before|since|because|so|where|if|then|the|said|says|told|added|confirmed|announced))\s*$/i;
/** Words after a subject: an auxiliary, an adverb, a verb of saying or agreeing. */
const AUX =
  /^\s*(?:[,;:—–(]|(?:will|would|has|had|have|is|was|are|were|did|does|do|can|could|may|might|must|should|shall|also|later|then|still|now|agreed|said|says|in\s+turn|for\s+its\s+part)\b)/i;

/** A preposition: what follows it is not who acts ("travelling between the two countries"). */
const PREPOSITION =
  /\b(?:between|to|from|with|of|in|on|for|against|into|at|by|over|about|among|across|toward|towards)\s+(?:the\s+)?$/i;

/** An actor named by "from" or "by" right after the act. */
const AFTER = /^\s+(?:yet\s+)?(?:from|by)\s+(?:the\s+)?/i;

/**
 * A subject that names no one, opening the sentence a few words before the act (ADR 0173): a person's
 * pronoun or title ("He did not name …", "She said she had no knowledge of …", "The spokesperson
 * declined to …") or a ministry ("The ministry, however, declined to identify …").
 */
const STAND_IN =
  /^\s*(?:(he|she|the\s+(?:spokes(?:person|man|woman)|minister))|(the\s+ministry))\b(?:\s*,[^,]{0,30},)?\s*(?:[\w'’]+\s+){0,3}$/i;
/** A title written right after an actor: the person named next speaks for it ("Chinese foreign ministry spokesperson Mao Ning"). */
const TITLE_AFTER =
  /^\s+(?:[\w'’-]+\s+){0,2}?(?:spokes(?:person|man|woman)|minister|secretary|ambassador)\b/i;
/** How many sentences back a pronoun or a title finds who it stands for. */
const BACK = 3;

/**
 * Who a stand-in subject stands for: in the nearest of the sentences before (nearest last) that
 * names one, the state a titled person speaks for (a pronoun, a title) or a ministry's state (the
 * ministry); none when that sentence names two.
 */
function antecedent(person: boolean, before: readonly string[]): string | null {
  for (let k = before.length - 1; k >= Math.max(0, before.length - BACK); k--) {
    const text = before[k] as string;
    const keys = new Set<string>();
    for (const [key, re] of ACTORS) {
      if (!STATES.has(key)) continue;
      for (const m of text.matchAll(re))
        if (person ? TITLE_AFTER.test(text.slice(m.index + m[0].length)) : /ministry/i.test(m[0]))
          keys.add(key);
    }
    if (keys.size) return keys.size === 1 ? ([...keys][0] as string) : null;
  }
  return null;
}

/** What a sentence tells of who does what: its signatures and the keys of the rest of it. */
export interface ActorActs {
  /** (actor, act) signatures: "china:no-comment", "automakers:cut-output". */
  readonly signatures: ReadonlySet<string>;
  /**
   * Keys of the words that are neither an actor nor an act, nor a name, place or title (a word
   * written capitalised past the first), a figure, a month or a word of time: what the act is done
   * to or about ("its affiliates rule", "the completion of the pullback").
   */
  readonly about: ReadonlySet<string>;
}

/** Words for one thing that lexicon.ts keeps apart, folded here for `about` only. */
const ABOUT_FOLD: ReadonlyMap<string, string> = new Map([
  ['soldier', 'troop'],
  ['forc', 'troop'],
  ['personnel', 'troop'],
]);
/** Words of time, which tell when or how long, not what ("for a year", "this week"). */
const TIME = new Set(['year', 'month', 'week', 'day', 'time', 'now', 'today', 'hour', 'minut']);
/** A word written capitalised after a space, bracket, quotation mark or dash: not the sentence's first. */
const CAPITALISED = /(?<=[\s(“"'‘—–-])\p{Lu}[\p{L}'’.-]*/gu;

const NONE: ActorActs = { signatures: new Set(), about: new Set() };

/** The (actor, act) signatures of a sentence and the keys of what it is about. */
export function actorActs(text: string, before: readonly string[] = []): ActorActs {
  const signatures = new Set<string>();
  // Acts first: most sentences tell none, and then who is named does not matter.
  const acts: { act: string; at: number; end: number }[] = [];
  for (const [act, re] of ACTS)
    for (const m of text.matchAll(re)) acts.push({ act, at: m.index, end: m.index + m[0].length });
  if (!acts.length) return NONE;
  const spans: [number, number][] = acts.map((x) => [x.at, x.end]);
  const actors: { key: string; start: number; end: number; modifier: boolean }[] = [];
  for (const [key, re] of ACTORS)
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      spans.push([start, end]);
      // An actor after a preposition, or a state between a verb and a noun ("trims US tariffs"),
      // is not who acts, unless an act names it with "from" or "by" ("no word from Beijing on …").
      // The few words before it (a $-anchored test on the whole prefix scans all of it).
      const before = text.slice(Math.max(0, start - 40), start);
      const modifier =
        PREPOSITION.test(before) ||
        (STATES.has(key) && !/['’]s$/.test(m[0]) && !OPENERS.test(before) && !AUX.test(text.slice(end)));
      actors.push({ key, start, end, modifier });
    }
  // "India and China" is one actor, not two.
  const pairsOf = actors.filter((x) => x.key === 'both');
  for (let k = actors.length - 1; k >= 0; k--) {
    const x = actors[k] as (typeof actors)[number];
    if (x.key !== 'both' && pairsOf.some((p) => p.start <= x.start && x.end <= p.end)) actors.splice(k, 1);
  }
  for (const { act, at, end } of acts) {
    if (NO_DOER.has(act)) {
      signatures.add(`-:${act}`);
      continue;
    }
    const near = NEAR_ONLY.get(act);
    let who: (typeof actors)[number] | null = null;
    for (const x of actors)
      if (
        !x.modifier &&
        x.end <= at &&
        at - x.end <= (near ? NEAR : FAR) &&
        (!who || x.end > who.end) &&
        (!near || near.includes(x.key))
      )
        who = x;
    if (near) {
      if (who && near.includes(who.key)) signatures.add(`${who.key}:${act}`);
      continue;
    }
    const after = AFTER.exec(text.slice(end));
    if (after) {
      const from = end + after[0].length;
      const named = actors.find((x) => x.start === from);
      if (named) who = named;
    }
    if (who) signatures.add(`${who.key}:${act}`);
    else {
      // A pronoun or a title for subject: the state of the person or ministry it stands for.
      const stand = STAND_IN.exec(text.slice(0, at));
      const key = stand ? antecedent(!!stand[1], before) : null;
      if (key) signatures.add(`${key}:${act}`);
    }
  }
  const about = new Set<string>();
  if (signatures.size) {
    for (const m of text.matchAll(CAPITALISED)) spans.push([m.index, m.index + m[0].length]);
    let rest = text;
    for (const [x, y] of spans) rest = rest.slice(0, x) + ' '.repeat(y - x) + rest.slice(y);
    for (const t of tokenize(rest, []))
      if (!/^[#~]/.test(t.key) && !MONTH_KEYS.has(t.key) && !TIME.has(t.key))
        about.add(ABOUT_FOLD.get(t.key) ?? t.key);
  }
  return { signatures, about };
}

const cache = new WeakMap<Vector, ActorActs>();

/** `v`'s reading, with the sentences before it on its side when given (`side[i]` is `v`). */
function actorActsOf(v: Vector | undefined, side?: readonly Vector[], i = 0): ActorActs {
  if (!v?.text) return NONE;
  let out = cache.get(v);
  if (!out) {
    const before = side ? side.slice(Math.max(0, i - BACK), i).map((x) => x.text ?? '') : [];
    out = actorActs(v.text, before);
    cache.set(v, out);
  }
  return out;
}

/** Reads (and keeps) the actors and acts of every sentence of one side, so `sameActorAct` finds them read. */
export function readActorActs(side: readonly Vector[]): void {
  side.forEach((v, i) => {
    actorActsOf(v, side, i);
  });
}

/**
 * Pairs of sentences (A's index, B's index) that share an (actor, act) signature found in no other
 * sentence of either article: one sentence on each side tells it.
 */
export function sameActorAct(vectors: {
  readonly a: readonly Vector[];
  readonly b: readonly Vector[];
}): { a: number; b: number }[] {
  const where = (side: readonly Vector[]) => {
    const m = new Map<string, number[]>();
    side.forEach((v, i) => {
      for (const s of actorActsOf(v, side, i).signatures) {
        const list = m.get(s);
        if (list) list.push(i);
        else m.set(s, [i]);
      }
    });
    return m;
  };
  const inA = where(vectors.a);
  const inB = where(vectors.b);
  const out: { a: number; b: number }[] = [];
  for (const [s, as] of inA) {
    const bs = inB.get(s);
    if (as.length !== 1 || bs?.length !== 1) continue;
    const a = as[0] as number;
    const b = bs[0] as number;
    // One act done to two things ("pause for a year its rule on affiliates" / "pause for a year
    // its shipbuilding measures") is two steps: the two must share something they are about.
    const about = actorActsOf(vectors.b[b]).about;
    if (WHOLE.has(s) || [...actorActsOf(vectors.a[a]).about].some((k) => about.has(k))) out.push({ a, b });
  }
  // A sentence tied to two different sentences by two signatures is tied to neither (the same pairs
  // whichever article is A).
  return out
    .filter((p) => !out.some((q) => (q.a === p.a) !== (q.b === p.b)))
    .sort((p, q) => p.a - q.a || p.b - q.b);
}
