/**
 * The words and phrases news writers use for one another, folded to one key for alignment
 * (ADR 0015). General newsroom paraphrase only — what any two outlets write for the same
 * thing — never an article's own wording: the seeds and the held-out pairs are never read
 * to fill it. Keys are the light stemmer's output (tokens.ts `stem`) or the word itself.
 */
import { CARDINAL_WORDS } from '../claims/words';
import { wordTable } from '../collections';

/** Groups of interchangeable words: the first is the key, the rest are folded onto it. */
const GROUPS: readonly (readonly string[])[] = [
  // Already in the first version of the engine.
  ['company', 'firm', 'compani', 'business'],
  ['grant', 'approv', 'issu', 'permit', 'allow', 'clear'],
  ['license', 'licens', 'licenc', 'permission', 'approval'],
  ['buy', 'purchas', 'bought', 'acquir'],
  ['stop', 'halt', 'suspend', 'cease', 'end'],
  ['resum', 'restart', 'restor', 'reviv'],
  ['meet', 'talk', 'dialogu', 'negotiation', 'discussion', 'meeting', 'met', 'summit', 'gathering'],
  ['restrict', 'curb', 'restriction', 'control', 'limit'],
  ['confirm', 'acknowledg'],
  ['relation', 'tie'],
  ['country', 'nation', 'countri'],
  ['standoff', 'face-off', 'faceoff', 'confrontation'],
  ['brief', 'briefing'],
  ['key', 'vital', 'crucial', 'critical', 'essential'],
  ['percent', 'cent', '%'],
  // General news paraphrase, added with ADR 0015's second round.
  ['kill', 'died', 'die', 'dead', 'death', 'slain'],
  ['border', 'frontier', 'boundary'],
  ['agree', 'agre', 'agreement', 'deal', 'pact', 'accord'],
  ['announc', 'unveil'],
  ['rise', 'ris', 'rose', 'increas', 'surg', 'climb', 'jump', 'soar'],
  ['fall', 'fell', 'drop', 'dropp', 'declin', 'slump', 'plung'],
  ['export', 'shipment', 'shipp'],
  ['visit', 'trip', 'tor'],
  ['carmaker', 'automaker'],
  ['output', 'production', 'produc'],
  ['shortage', 'shortag', 'shortfall', 'scarcity'],
  ['price', 'pric', 'cost'],
  ['rule', 'provision', 'regulation'],
  ['warn', 'caution'],
  ['start', 'began', 'begin', 'begun', 'launch', 'commenc'],
  ['cancel', 'cancell', 'scrap', 'scrapp'],
  ['ban', 'bann', 'prohibit', 'barr'],
  ['eas', 'lift', 'relax'],
  ['spokesperson', 'spokesman', 'spokeswoman'],
  ['stock', 'reserv', 'inventory', 'stockpil'],
  // Third round (ADR 0022): words any two outlets swap, checked on the dev pairs and cross-story.
  ['pend', 'await', 'outstand'],
  ['assur', 'assuranc'],
  ['airline', 'carrier'],
  // Fifth round: general newsroom paraphrase again, kept only with a dev pair gained.
  ['abroad', 'overseas'],
  // Round 10.
  ['remain', 'stay', 'stai'],
  // Round 12: the end-use terms of a licence and a country's reliance on imports, as any two
  // outlets write them ("military" / "defence" use; "relies on" / "depends on").
  ['military', 'defenc', 'defens'],
  ['depend', 'rely', 'reli', 'reliant', 'relianc', 'dependent', 'dependenc'],
  // Round 19: a process brought to its end, as any two outlets write it ("completed" /
  // "finalised" / "finalized").
  ['complet', 'finalis', 'finaliz'],
  // Round 20: the verb "last" (to go on for a time: "lasted", "lasting", "lasts") is not the
  // adjective "last" (final, latest: "the last two friction points").
  ['endur', 'lasted', 'lasting', 'lasts'],
  // Round 27: Indian English names a pilgrimage a yatra ("the Kailash Mansarovar Yatra").
  ['pilgrimag', 'yatra'],
];

/**
 * Round 37 (ADR 0091): a noun and the verb it names the act of ("(de-)escalation" / "de-escalate",
 * "deployment" / "deployed", "suspension" / "suspended") are one feature. Noun → the stem
 * tokens.ts `stem` gives the verb's forms; the stem is then looked up in GROUPS as any other.
 * A table, not a suffix rule: "-ation", "-ment" and "-sion" are not reversible by spelling
 * ("restoration" / "restore", "decision" / "decide"; "statement" is not "state").
 */
export const NOMINALS: ReadonlyMap<string, string> = new Map([
  ['escalation', 'escalat'],
  ['restoration', 'restor'],
  ['implementation', 'implement'],
  ['deployment', 'deploy'],
  ['suspension', 'suspend'],
  ['resolution', 'resolv'],
  ['extension', 'extend'],
  ['expansion', 'expand'],
  ['withdrawal', 'withdraw'],
  ['postponement', 'postpon'],
  ['investigation', 'investigat'],
  ['relaxation', 'relax'],
  ['cancellation', 'cancel'],
  ['confirmation', 'confirm'],
]);

/** Word (or stem) → its group's key. */
export const SYNONYMS: ReadonlyMap<string, string> = new Map(
  GROUPS.flatMap((g) => g.map((w) => [w, g[0] as string] as const)),
);

/**
 * The words PHRASES rewrites a speaker's act to: withholding details, deferring an answer, and
 * (round 44) saying nothing yet. Each stands for a whole phrase ("declined to give details", "would
 * come back later", "has made no official statement"), so one of them shared is evidence enough for
 * a candidate (align.ts `enoughShared`; round 12).
 */
export const REMARK_WORDS = { nodetails: 'nodetails', deferred: 'deferred', nocomment: 'nocomment' } as const;

/**
 * "has yet to respond", "made no official statement": a party that has said nothing yet, in the
 * words silence.ts's SILENT and PHRASES' nocomment both read (a regex source, without flags).
 */
export const NOTHING_SAID_YET =
  '(?:has|have|had) (?:yet )?to (?:\\w+ly )?(?:comment|respond|react)|(?:made|make|makes|issued|issue|issues) no (?:(?:official|formal|public) )?(?:statement|comment|response)';

/**
 * Phrases that say one thing in several ways, rewritten to one word before tokenising
 * ("take effect", "enter into force" and "come into force" all become "effective").
 */
export const PHRASES: readonly (readonly [RegExp, string])[] = [
  [
    /\b(?:tak(?:e|es|ing)|took|taken|com(?:e|es|ing)|came|go(?:es|ing)?|went|enter(?:s|ed|ing)?) (?:into )?(?:effect|force)\b/g,
    'effective',
  ],
  [/\bin(?:to)? force\b/g, 'effective'],
  // Round 10: "stay in place", "remain in effect", "remain in force" say one thing.
  [/\bin (?:place|effect)\b(?! of\b)/g, 'effective'],
  // …and a speaker who withholds details, however it is put.
  [
    /\b(?:declin(?:e|es|ed|ing) to (?:say|specify|elaborate|give details|comment)|(?:did|does|would) not (?:elaborate|specify|give details|say)|(?:gave|give|gives|offered|offer|offers|provided|provide) no (?:further )?(?:details|detail|specifics))\b/g,
    REMARK_WORDS.nodetails,
  ],
  // Round 12: a speaker who will not name names withholds details too ("would not name the
  // companies", "did not identify the firms", "spell out the conditions").
  [
    /\b(?:(?:did|does|would|could) not|(?:declin|refus)(?:e|es|ed|ing) to) (?:name|identify|disclose|reveal|spell out)\b/g,
    REMARK_WORDS.nodetails,
  ],
  // Round 44 (ADR 0131): "did not go into details", "declined to go into the details", "without
  // going into specifics": the speaker's act PHRASES reads from "gave no details".
  [
    /\b(?:(?:did|does|do|would|could|will) not|(?:declin|refus)(?:e|es|ed|ing) to|without) go(?:ing)? into (?:the |any |further |much )?(?:details?|specifics|particulars)\b/g,
    REMARK_WORDS.nodetails,
  ],
  // Round 44 (ADR 0131): a party that has said nothing yet, however it is put ("has not officially
  // commented", "has yet to respond", "made no official statement"): silence.ts's silence, one act.
  [
    new RegExp(
      `\\b(?:(?:has|have|had|did|does|do) (?:so far |yet |still )?not (?:yet )?(?:\\w+ly )?(?:comment(?:ed)?|respond(?:ed)?|react(?:ed)?)(?: (?:publicly|officially|formally))?|${NOTHING_SAID_YET})\\b`,
      'g',
    ),
    `$& ${REMARK_WORDS.nocomment}`,
  ],
  // …and one who defers the answer, however it is put ("will come back to you", "had yet to
  // study the details", "was still examining", "needs to assess", "would respond later").
  [
    /\b(?:(?:will|would|'ll|’ll) (?:come|get) back|yet to (?:study|look at|examine|assess|review)|still (?:studying|examining|assessing|reviewing)|needs? to (?:assess|study|examine)|respond(?:s|ed|ing)? later)\b/g,
    REMARK_WORDS.deferred,
  ],
  // Round 55 (ADR 0163): a party that has said nothing yet, put as no word from it ("no official
  // word yet from Beijing") or as what it has yet to say ("has yet to say anything"): silence.
  [/\b(?:no (?:official )?word (?:yet )?from|yet to say anything)\b/g, `$& ${REMARK_WORDS.nocomment}`],
  // An export sent on from the buyer's country: "re-exported", "shipped on to", "diverted to".
  [
    /\b(?:re-?export(?:s|ed|ing)?|(?:ship(?:s|ped|ping)?|sen[dt](?:s|ing)?) on (?:to|onto)|divert(?:s|ed|ing)? to)\b/g,
    'reexport to',
  ],
  // The two capitals for the two countries' governments ("between Washington and Beijing").
  [/\b(?:washington and beijing|beijing and washington)\b/g, 'usa and china'],
  [/\b(?:the united states(?: of america)?|united states|america)\b/g, 'usa'],
  [/\bcall(?:s|ed|ing)? off\b/g, 'cancel'],
  [/\bkick(?:s|ed|ing)? off\b/g, 'start'],
  [/\bevery day\b/g, 'daily'],
  // Round 23: what is not known ("remains unclear" / "it was not clear"), a place held holy,
  // a meeting begun ("as the talks got under way"), five years as half a decade.
  [/\b(?:unclear|not (?:immediately |yet |entirely )?clear)\b/g, 'unclear'],
  [/\b(?:revered by|sacred to|holy to|holy for|sacred for)\b/g, 'sacred to'],
  [/\b(?:got|gets|get|getting) under ?way\b/g, 'start'],
  [/\bhalf a decade\b/g, 'five years'],
  // A capital named by its country ("met in the Indian capital" / "in New Delhi"); who was picked.
  [/\bthe indian capital\b/g, 'new delhi'],
  [/\bthe chinese capital\b/g, 'beijing'],
  [/\b(?:picked|chosen|chose|selected)\b/g, 'selected'],
  // Round 24: a length told as a run ("the meeting ran to roughly 100 minutes" / "lasted about an
  // hour and 40 minutes"), when a length follows.
  [
    /\b(?:ran|runs|run|running) (?:to|for)\b(?= (?:(?:about|roughly|nearly|almost|some|around|just|over|under|more than|less than) )?(?:an? |\d|one|two|three|four|five|six|seven|eight|nine|ten))/g,
    'lasted',
  ],
  [/\bpercentage points?\b/g, 'percent'],
  [/\b(?:in-person|face-to-face|face to face)\b/g, 'inperson'],
  // Round 30: a courtesy call told from the host's side ("He was also received by the foreign
  // minister" / "He also called on the foreign minister"): one act, two voices.
  [/\b(?:was|were|is|are|been|being) (?:also |later |then )?received by\b/g, 'called on'],
  [/\bawait(?:s|ed|ing)? (?:approval|clearance)\b/g, 'pending'],
  // Sixth round: a tonnage after a figure ("270,000 t", "270,000 tonnes", "270,000 metric tons").
  [/(\d) ?(?:metric )?(?:t|tons?|tonnes?)\b/g, '$1 ton'],
  // Round 36 (ADR 0086): a stop with no end in sight ("until further notice" / "has no set end
  // date" / "no date has been given"), a rule for every buyer ("to all countries" / "apply
  // worldwide" / "buyers everywhere"; not "all countries in the region"), and a step not yet taken ("is yet to take place" / "has
  // not happened" / "is still pending"): each one thing, however a writer puts it.
  [
    /\b(?:until further notice|indefinitely|(?:no|without an?) (?:set |fixed )?end date|no date (?:has been|was|had been) (?:given|set))\b/g,
    'indefinitely',
  ],
  // Round 37 (ADR 0091): to carry out a plan is to implement it ("implement the resolution" / "carry out the resolution").
  [/\bcarr(?:y|ies|ied|ying) out\b/g, 'implement'],
  [
    /\b(?:(?:all (?:countries|markets|destinations)|every (?:country|market|destination))(?! (?:in|of|that|which|who)\b)|everywhere|worldwide|around the world)\b/g,
    'worldwide',
  ],
  [/\b(?:yet to (?:take place|happen)|(?:has|have|had) not (?:happened|taken place))\b/g, 'pending'],
  // Round 38 (ADR 0097): the positions held before a date, however a writer puts them ("a return to
  // the status quo as it stood before April" / "troops go back to the positions they held before April").
  [
    /\b(?:status quo(?: ante)?|(?:the )?positions? (?:they|it|that they|which they) (?:had )?(?:held|occupied)|where they (?:had )?(?:stood|been))\b/g,
    'statusquo',
  ],
  // …a side's casualties, told as its men "killed or injured" ("no word on whether its soldiers were
  // killed or hurt" / "has not announced any casualties").
  [/\bkilled or (?:injured|wounded|hurt)\b/g, 'casualties'],
  // …and what a party has not made public, however it is put ("has not announced", "has not said
  // whether", "has not disclosed", "no official word from", "declined to put a number on").
  [
    /\b(?:(?:has|have|had|did|does) (?:so far |yet |still )?not (?:yet )?(?:announced|disclosed|said whether|put out|released|revealed|made public|given)|no (?:official |immediate |further )?word (?:from|on)|(?:refused|declined|refuses|declines) to (?:give|put|release|announce|disclose))\b/g,
    'undisclosed',
  ],
];

/**
 * Round 33 (ADR 0075): the deferral of PHRASES in its other tenses and voices: what is under study
 * ("we are examining how …", "was examining"), what must come first ("would first have to assess
 * it", "has to study"), and what has not been done ("had not yet assessed"). Rewritten to the
 * deferral only in a text with one of DEFERRAL_VERBS (tokens.ts), so the one scan of PHRASES
 * every sentence pays for stays as it was.
 */
export const DEFERRAL_FORMS: RegExp =
  /\b(?:(?:am|is|are|was|were|been) (?:now |currently )?(?:studying|examining|assessing|reviewing)|ha(?:ve|s|d) (?:(?:first )?to (?:first )?(?:assess|study|examine|review)|not (?:yet )?(?:assessed|studied|examined|reviewed)))\b/g;
/** The verbs DEFERRAL_FORMS needs, one of them at least. */
export const DEFERRAL_VERBS = /stud|examin|assess|review/;

/** Parts of a whole ("third", "quarters"), as the share of one part in percent. */
const PARTS: Readonly<Record<string, number>> = wordTable({
  half: 50,
  third: 100 / 3,
  quarter: 25,
  fifth: 20,
});
const PART_COUNTS: Readonly<Record<string, number>> = wordTable({ a: 1, one: 1, two: 2, three: 3, four: 4 });

/**
 * A fraction written in words, as the percentage it is ("four-fifths of" = "80 per cent of",
 * "two-thirds" = "67 %", "a quarter of" = "25 %"), so a figure given either way is one
 * feature. "A third" and "half" only before "of" ("a third round" is not a share), and not
 * "the first half of" (a period); never more than the whole ("five-fourths").
 */
export function fractionsAsPercent(text: string): string {
  return wordedShares(text).text;
}

/** Denominators of "N in ten" shares (cmp40, ADR 0102). */
const SHARE_WHOLES: Readonly<Record<string, number>> = wordTable({
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  ten: 10,
  '10': 10,
  hundred: 100,
  '100': 100,
});

/** What every "a third of"-kind share holds. */
const SHARE_PARTS = /half|third|quarter|fifth/;

/**
 * The text with its shares in words as percentages (fractionsAsPercent) and "N in (every) ten",
 * "N out of ten", "N of every ten" as the share it is ("nine in every ten tonnes" = "90 %", "one in four" = "25 %";
 * cmp40, ADR 0102), with the percentages so written: a share in words is a rounded figure, so
 * tokens.ts gives it a wider tolerance than a written percentage. Never a part above its whole
 * ("12 out of 10" is praise, not a share), nor "one in ten years" (a frequency).
 */
export function wordedShares(text: string): { text: string; shares: number[] } {
  const shares: number[] = [];
  // (Every match of the first pattern holds one of SHARE_PARTS' words: a text with none, most, is not scanned.)
  let out = !SHARE_PARTS.test(text)
    ? text
    : text.replace(
        /\b(?:(a|one|two|three|four)[- ])?(half|thirds?|quarters?|fifths?)\b(\s+of\b)?/g,
        (all, count: string | undefined, part: string, of: string | undefined, at: number, whole: string) => {
          const share = PARTS[part.replace(/s$/, '')] as number;
          const n = count ? (PART_COUNTS[count] as number) : 1;
          // Hyphenated counts ("four-fifths") stand alone; "a third", "half" need "of".
          const hyphen = count && all.charAt(count.length) === '-';
          if (!of && !hyphen) return all;
          if (!count && part !== 'half') return all;
          // "The first half of 2025" is a period, not a share.
          if (!count && /\b(?:first|second|latter|other)\s+$/.test(whole.slice(Math.max(0, at - 10), at)))
            return all;
          if (n * share > 100) return all;
          shares.push(Math.round(n * share));
          return `${Math.round(n * share)}%${of ?? ''}`;
        },
      );
  if (/\b(?:in|out of|of every)\s+(?:every\s+)?(?:two|three|four|five|ten|10|hundred|100)\b/.test(out))
    out = out.replace(
      /\b(\d{1,2}|[a-z]+)\s+(?:in|out\s+of|of(?=\s+every\b))\s+(?:every\s+)?(two|three|four|five|ten|10|hundred|100)\b(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b)/g,
      (all, count: string, of: string) => {
        const n = /^\d+$/.test(count) ? Number(count) : NUMBER_WORDS[count];
        const d = SHARE_WHOLES[of] as number;
        if (n === undefined || n < 1 || n >= d) return all;
        const pct = Math.round((n / d) * 100);
        shares.push(pct);
        return `${pct}%`;
      },
    );
  return { text: out, shares };
}

/** Number words, for "four-year" / "4 years" and "twenty-one" / "21" (the claim engine's; no "a" or "half"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = CARDINAL_WORDS;

/**
 * Ordinals, third and up, as numbers ("23rd" = "twenty-third" = 23). "First" and
 * "second" stay words: they mostly mean "earliest" and a unit of time, not a count.
 */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = wordTable({
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
});

/** Scale words after a figure: "1.5 million" = "1,500,000", "22 lakh" = "2.2 million". */
export const SCALES: Readonly<Record<string, number>> = wordTable({
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
  tn: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
});
