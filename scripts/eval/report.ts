/** docs/accuracy.md from the scores (tables only; the numbers come from one run of `npm run eval`). */
import { pct, type Ratio, type Scores } from './score';
import type { StressScores } from './stress';

const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
const frac = (r: Ratio) => `${pct(r)} (${r.hit}/${r.total})`;

export interface OffTopic {
  readonly pages: number;
  readonly claims: number;
  readonly differs: number;
  readonly pagesWithCards: readonly { page: string; cards: readonly string[] }[];
}

type Figures = Partial<Record<'recall' | 'precision' | 'falseDiffers' | 'altered' | 'realErrors', number>>;
type Baseline = Partial<Record<'dev' | 'holdout', Figures>> & {
  stress?: { falseDiffers?: number; detected?: number };
};

const asPct = (x: number | undefined) => (x === undefined ? '–' : `${(100 * x).toFixed(1)} %`);

export function accuracyReport(
  sets: { dev: Scores; holdout: Scores; batches?: Record<string, Scores>; stress?: StressScores },
  off: OffTopic | null,
  baseline: Baseline,
): string {
  const { dev, holdout } = sets;
  const b = { dev: baseline.dev ?? {}, holdout: baseline.holdout ?? {} };
  const out: string[] = [];
  out.push('# Accuracy of the claim engine', '');
  out.push(
    'Written by `npm run eval`. Two corpora of articles we wrote from the dossier, in several outlets\u2019 styles,',
    'with gold annotations, altered copies and traps (format in `test/fixtures/eval/README.md`): **dev**',
    '(`test/fixtures/eval/articles/`), which the engine and the fact base\u2019s keywords were tuned on, and',
    '**held-out** (`test/fixtures/eval/holdout/`), written blind and never tuned on \u2014 its figures are the',
    'honest estimate for coverage Gloss has never seen. `test/unit/engine/accuracy.test.ts` fails when a',
    'figure falls below `test/fixtures/eval/baseline.json`.',
    '',
    '**How the sets were kept honest (session 4).** The 30 held-out articles of sessions 2\u20133 (`h-*`, `h2-*`)',
    'had been read in part while tuning (their false `differs`, and totals to choose between variants), so',
    'they were moved into dev. Two new batches were written blind by helpers who saw only the format, the',
    'dossier and the list of fact ids, never the engine or the other articles: **h3** (16 articles) and',
    '**h4** (14). On h3 the engine of that moment said `differs` 8 times on correct articles, on h4 twice;',
    'those ten sentences (and nothing else of the two batches) were read and fixed by general rules, each',
    'tested with sentences of our own (`test/unit/engine/classes-s4.test.ts`). Their other misses, wrong',
    'cards and undetected alterations stay unread; the per-batch table below shows both. A third batch,',
    '**h5** (14), was written blind after the engine was frozen; its first run gave recall 84.3 %, card',
    'precision 84.5 % (before adjudication), altered detected 58.9 %, real errors 2 of 2 and **8 false',
    '`differs`** \u2014 the honest estimate for unseen coverage. Those eight sentences were then read and fixed',
    'by general rules (same protocol as h3 and h4); the table shows h5 after the fixes.',
    '',
    '**Card precision is adjudicated.** The gold lists what a careful reader wants carded; a card it does',
    'not list is not necessarily wrong. Cards the engine (and a variant of it) showed that no gold item',
    'accounted for were pooled (`scripts/eval/pool.ts`) and judged by a reviewer who had not seen the',
    'engine, against the fact base and the dossier, strictly ("when unsure, wrong"): of 95, 43 were right',
    '(29 of 61 dev, 14 of 34 held-out), and of the 37 on the `h2-*` articles 16 were; in session 4, of the',
    '144 unlisted cards on dev and the new blind batches h3 and h4, 66 were. They became `acceptable` items',
    'marked `"adjudicated": true` (`scripts/eval/adjudicate.ts`; pools and decisions in',
    '`test/fixtures/eval/adjudication/`). Recall is unchanged by this; new cards a later engine shows are',
    'wrong until judged.',
    '',
    '**One slip, disclosed.** Late in session 4, after the adjudication, a diff of two runs printed the list',
    'of the held-out batches\u2019 missed gold items once by mistake (not their wrong cards or undetected',
    'alterations). No rule was written from it, but h3 and h4 are no longer fully blind on recall; a fresh',
    'batch is the next honest estimate.',
    '',
    '**Session 5.** A fourth blind batch, **h6** (15 articles: 3 per style and 3 traps, one without a',
    'publication date), was written by a helper who saw only the format, the dossier and the fact ids, and',
    'scored once with the engine of that moment before anything of it was read: recall 80.3 %, card',
    'precision 86.6 % (before adjudication), altered detected 51.7 %, real errors 2 of 3 and **2 false',
    '`differs`**. Those two sentences were read and fixed by general rules (an announcing verb up to five',
    'words before its date; a participial phrase\u2019s date belongs only to a fact named before it on its',
    'own), each tested with our own sentences (`test/unit/engine/classes-s5.test.ts`); the other rules of',
    'session 5 came from dev alone. Its 33 unlisted cards were adjudicated blind (round 7: 26 right), and the 3 new unlisted cards of the last rule (round 8: 3 right).',
    '**A second slip, disclosed:** the round-7 reviewer\u2019s report named one h6 card it found hard (a',
    '\u201cthree-year suspension\u201d of the pilgrimage, shown as `context`), which is h6\u2019s undetected real error. No',
    'rule was written from it; it stays undetected in the table.',
    '',
    '**Session 6.** Batches h3, h4 and h5 (44 articles), whose false `differs` had been read, were moved',
    'into dev (`test/fixtures/eval/articles/`, names kept) so their misses could be studied; held-out is',
    'now h6 and the batches written after it, each scored once before anything of it is read. A fifth',
    'blind batch, **h7** (15 articles: 3 per style and 3 traps, one without a publication date), written by',
    'a helper who saw only the format, the dossier and the fact ids, was scored once with the engine of',
    'commit 0359740: recall 79.3 %, card precision 87.5 % (before adjudication), altered detected 42.6 %,',
    'real errors 3 of 3 and **1 false `differs`** \u2014 the honest estimate for unseen coverage. Its false',
    '`differs` (two, once a rule made before h7 was read, the lead as context for cues, had added one)',
    'were then read and fixed by general rules (a date that modifies the noun after it is that noun\u2019s; a',
    'span counted to publication is never wrong against a record measured after it), tested with our',
    'own sentences (`test/unit/engine/classes-s6.test.ts`); nothing else of h7 was read. The 33 unlisted',
    'cards of that engine (31 on h7) were adjudicated blind (round 9: 23 right; h7\u2019s card precision',
    'after it 96.2 %). A sixth blind batch, **h8** (15 articles, same protocol, written late in the session),',
    'was scored once with the engine at the end of session 6\u2019s rules: recall 81.5 %, card precision 85.5 %',
    '(before adjudication), altered detected 62.9 %, real errors 1 of 3 and **2 false `differs`**. Those two',
    'sentences were read and fixed (a value given as it stands \u2014 \u201ccurrently 20%\u201d \u2014 before the change the',
    'record is of is context; fact base 1.2.6: freezing the October controls is the suspension). The 48',
    'unlisted cards of the session\u2019s final engine (35 on h8) were adjudicated blind (round 10: 36 right; h8\u2019s',
    'card precision after it 96.5 %).',
    '',
    '**Session 7.** Rules from dev alone (ADR 0029 for figures and durations, ADR 0030 for dates: parts',
    'take the dates their whole agrees with, gaps count from named events, announcements are dated by',
    'their speaker) took dev altered detection from 71.0 % to 79.0 %. A seventh blind batch, **h9** (15',
    'articles: 3 per style and 3 traps, one without a publication date, 3 real errors), written by a helper',
    'who saw only the format, the dossier and the fact ids, was scored once with the merged engine before',
    'anything of it was read: recall 79.7 %, card precision 85.1 % (before adjudication), altered detected',
    '65.2 %, real errors 2 of 3 and **5 false `differs`**. Those five sentences were read and fixed by',
    'general rules (a gap counted from a pronoun names no event; the event a gap counts from is named in',
    'its own clause; a date farther from an event\u2019s words than one that agrees with it is not its date; an',
    'event still ahead at publication has no date on publication day; a year borrowed from the paragraph',
    'yields to publication\u2019s year when only that one is right; fact base 1.2.8: a Jaipur colony named',
    'Mansarovar is not the pilgrimage), tested with our own sentences (`classes-s7.test.ts`). Fact base',
    '1.2.7 added the first Nathu La and Lipulekh batches; held-out gold about a first batch was migrated',
    'only by a committed rule over the sentence\u2019s words. The 44 unlisted cards (38 on h9) were',
    'adjudicated blind (round 11: 28 right; h9\u2019s card precision after it 95.2 %).',
    '',
    '**Session 8.** An eighth blind batch, **h10** (15 articles, same protocol), was scored once on the',
    'engine of the session\u2019s start before anything of it was read: recall 72.5 %, card precision 88.0 %',
    '(before adjudication), altered detected 64.8 %, real errors 3 of 3 and **3 false `differs`**. Those',
    'three sentences were read and fixed by general rules (\u201ctwo days later\u201d counts from the last day the',
    'text gave, not from a month or year named after it; the date a measure was imposed belongs to a',
    'measure). Because each blind batch found a few new constructions that break the engine, single',
    '**stress sentences** were written blind too (section below): on their first runs 10 of 180 (fd1) and 9',
    'of 200 (fd2) correct sentences were called wrong; they are dev material, read and fixed by general',
    'rules (ADR 0032, `classes-s8.test.ts`). Paraphrase cards now sit beside the names their words run',
    'over. The new unlisted cards were adjudicated blind (round 12: 48 of 53 right; round 13, mostly h10:',
    '24 of 35). A ninth blind batch, **h11** (15 articles, one published in early January), scored once at',
    'the end of the session\u2019s rules: recall 81.6 %, card precision 69.1 % before adjudication (round 14:',
    '85 of its 97 unlisted cards right; 96.5 % after), altered detected 62.0 %, real errors 2 of 3 and **1',
    'false `differs`** (read and fixed: a statement about what is still to come is not dated by the day it',
    'was made).',
    '',
    '**Session 9.** Batches h6\u2013h9 (60 articles), whose false `differs` had been read and whose first',
    'runs are recorded above, were moved into dev (names kept) so their misses and undetected alterations',
    'can be studied; held-out is now h10 and the batches written after it. A tenth blind batch, **h12** (15',
    'articles, same protocol), was scored once on the engine of the session\u2019s start before anything of it was',
    'read: recall 79.2 %, card precision 71.2 % (before adjudication), altered detected 51.5 %, real errors 1 of 3',
    'and **3 false `differs`**. Those three sentences were read and fixed by general rules (ADR 0036: a date in a',
    'relative clause is its noun\u2019s; a past verb with its object sets the tense; \u201clast\u201d with any past verb is an',
    'earlier instance), tested with our own sentences (`classes-s9.test.ts`). A fifth stress set, fd5 (300 items),',
    'had 11 false `differs` on its first run (read and fixed with fd4\u2019s). Helpers added event words in one clause',
    '(ADR 0035) and detection rules (ADR 0034) from dev alone. The 115 new unlisted cards (98 on h12) were',
    'adjudicated blind (round 15: 94 right).',
    '',
    '**Session 10.** Batches h10 and h11 (30 articles, first runs recorded above, their false `differs`',
    'read) were moved into dev the same way; held-out is h12 and the batches written after it. An eleventh',
    'blind batch, **h13** (15 articles, same protocol, one published on 2 January), scored once with the',
    'engine of the session\u2019s start before anything of it was read: recall 88.0 %, card precision 71.8 %',
    '(before adjudication), altered detected 63.9 %, real errors 3 of 3 and **0 false `differs`** (the first',
    'blind batch without one). A sixth stress set, fd6 (300 items), had 11 false `differs` on its first run.',
    'The 113 unlisted cards on h13 were adjudicated blind (round 16: 98 right; h13\u2019s card precision after it',
    '96.3 %). The stress sets\u2019 22 false `differs` (fd4\u2013fd6, dev material) were read and 17 fixed by general',
    'rules (ADR 0040: what was agreed is not dated by the agreeing, hearsay, a fronted phrase\u2019s anchor, a',
    'participle relative, durations that compete, a measure across a semicolon, another period\u2019s months, another',
    'instance\u2019s ordinal, an opening is not a closure), tested with our own sentences (`classes-s10.test.ts`).',
    'Helpers added recall rules (ADR 0037) and detection rules (ADR 0038) from dev alone; the 20 new unlisted',
    'cards of the merged engine were adjudicated blind (round 17: 18 right).',
    '',
    '**Session 11.** A twelfth blind batch, **h14** (15 articles, same protocol, one without a publication',
    'date), scored once with the engine of the session\u2019s start (780e114) before anything of it was read:',
    'recall 83.8 %, card precision 67.7 % (before adjudication), altered detected 64.1 %, real errors 3 of 3',
    'and **2 false `differs`** (not read: h14 stays blind). A seventh stress set, fd7 (300 items), had 5 false',
    '`differs` of its 200 correct items and 50 of its 100 errors detected on its first run. The 121 unlisted',
    'cards on h14 were adjudicated blind (round 18: 104 right; h14\u2019s card precision after it 95.5 %).',
    'The stress sets\u2019 9 false `differs` (fd4\u2013fd7, dev material) were read and 8 fixed by general rules',
    '(ADR 0043: a commentator\u2019s reporting day, \u201cthe same day\u201d after two different days, \u201cextended \u2026 to\u201d',
    'an end, the two ends of a span with their places, a head count of another fate, \u201cN years and a day ago\u201d,',
    'what a previous instance came before), tested with our own sentences (`classes-s11.test.ts`). Helpers',
    'added inner names (ADR 0041) and detection rules (ADR 0042) from dev alone; the merged engine showed no',
    'new unlisted card to adjudicate.',
    '',
    '**Session 12.** A thirteenth blind batch, **h15** (15 articles, same protocol, one without a publication',
    'date), scored once with the engine of the session\u2019s start (cc5883a) before anything of it was read:',
    'recall 84.6 %, card precision 77.7 % (before adjudication), altered detected 74.3 %, real errors 3 of 4',
    'and **1 false `differs`** (not read: h15 stays blind). An eighth stress set, fd8 (300 items), had 4 false',
    '`differs` of its 200 correct items and 67 of its 100 errors detected on its first run. The 71 unlisted',
    'cards on h15 were adjudicated blind (round 20: 58 right; h15\u2019s card precision after it 95.9 %). fd8\u2019s',
    'four false `differs` (dev material) were read and fixed by general rules (ADR 0046: an act on a relative',
    'clause\u2019s noun, a noun phrase after a modal\u2019s verb, a tenure\u2019s start, a related fact that does not',
    'contradict an agreeing one), tested with our own sentences (`classes-s12.test.ts`). Helpers added rules',
    'from dev alone: relative dates (ADR 0045), absolute dates (ADR 0042), anchored gaps and lengths (ADR 0044)',
    'and keyword synonyms (fact base 1.2.14, ADR 0041); the merged engine made no new unlisted card to',
    'adjudicate. At the session\u2019s end batch h12 (blind since session 10, never read) was moved into dev',
    '(names kept); held-out is now h13, h14 and h15.',
    '',
    '**Session 13.** A fourteenth blind batch, **h16** (15 articles, same protocol), scored once with the',
    'engine of the session\u2019s start (a72c82d) before anything of it was read: recall 84.1 %, card precision',
    '82.5 % (before adjudication), altered detected 70.8 %, real errors 1 of 4 and **0 false `differs`**. A',
    'ninth stress set, fd9 (300 items, written to be harder), had 12 false `differs` of its 200 correct items',
    'and 49 of its 100 errors detected on its first run. The 62 unlisted cards on h16 were adjudicated blind',
    '(round 21: 56 right; h16\u2019s card precision after it 98.3 %). fd9\u2019s twelve false `differs` (dev',
    'material) were read and fixed by general rules (ADR 0049: a value quoted to correct it, prepositional',
    'relatives, a date between a subject and its reporting verb, restated positions, expiries still to come,',
    '\u201cN years ago yesterday\u201d, a \u201cwhen\u201d clause in a fronted phrase, a counted gap\u2019s words), tested',
    'with our own sentences (`classes-s13.test.ts`). Helpers added rules from dev alone: wrong cards (ADR',
    '0047: dev card precision 97.5 \u2192 98.2 %), relative dates (ADR 0045), absolute dates (ADR 0042) and',
    'paraphrase vocabulary (fact base 1.2.16, ADR 0041); the merged engine\u2019s 4 new unlisted cards were',
    'adjudicated blind (round 23: 3 right). At the session\u2019s end batch h13 (blind since session 11, never',
    'read) was moved into dev (names kept); held-out is now h14, h15 and h16.',
    '',
    '**Session 14.** At its start batch h14 (blind since session 11, never read) moved into dev with its two',
    'false `differs`. A fifteenth blind batch, **h17** (15 articles), scored once with session 13\u2019s last',
    'engine (a8efab3) before anything of it was read: recall 77.9 %, card precision 77.8 % before',
    'adjudication (96.1 % after round 24: 71 of 86 unlisted cards right), altered detected 63.9 %, real errors',
    '3 of 4, **1 false `differs`**. A tenth stress set, fd10, called 13 of its 200 correct items wrong and',
    'detected 54 of its 100 errors on its first run. h14\u2019s two and eleven of fd10\u2019s thirteen false',
    '`differs` were fixed by general rules (ADR 0050: one value per fact in a sentence, a journey\u2019s day, a',
    'count with the record\u2019s count as its part, time left, another share\u2019s whole, a numeral opening a',
    'noun phrase, \u201ca slip\u201d, a recency gap counted to its event\u2019s day, an appositive\u2019s length, a',
    'passive relative), tested with our own sentences (`classes-s14.test.ts`). Helpers added rules from dev',
    'alone: names beside and inside an event\u2019s name (ADR 0041, fact base 1.2.17), parts and wholes that',
    'both disagree (ADR 0042), dates whose owner is open (ADR 0047); the merged engine\u2019s 9 new unlisted',
    'cards were adjudicated blind (round 25). Held-out is h15, h16 and h17.',
    '',
    '**Session 15.** At its start batch h15 (blind since session 12, never read) moved into dev with its one',
    'false `differs`. A sixteenth blind batch, **h18** (15 articles), scored once with session 14\u2019s last',
    'engine (3567f3e) before anything of it was read: recall 87.7 %, card precision 69.1 % before',
    'adjudication (97.7 % after round 26: 112 of 121 unlisted cards right), altered detected 59.6 %, real',
    'errors 1 of 1, **3 false `differs`** (unread). An eleventh stress set, fd11, called 6 of its 200 correct',
    'items wrong and detected 34 of its 100 errors on its first run. h15\u2019s one and fd11\u2019s six false',
    '`differs` were fixed by general rules (ADR 0051: a participle after a preposition\u2019s noun phrase, a',
    'weekday before a year-less day, a figure the sentence judges, an expectation still to come, the noun a',
    'relative clause is about, a future main verb, visits counted \u201cfor the first time\u201d, parts of a list',
    'with their own dates), tested with our own sentences (`classes-s15.test.ts`). Helpers added rules from',
    'dev alone: a date between a clause\u2019s actor and its act, a share\u2019s \u201cof\u201d phrase (ADR 0042),',
    'the pause\u2019s \u201cmeasures\u201d (ADR 0041, fact base 1.2.18). Held-out is h16, h17 and h18.',
    '',
    '**Session 16.** At its start batch h16 (blind since session 13, never read) moved into dev with no false',
    '`differs`. A seventeenth blind batch, **h19** (15 articles), scored once with session 15\u2019s last',
    'engine (08928eb) before anything of it was read: recall 83.0 %, card precision 76.7 % before',
    'adjudication (96.9 % after round 27: 65 of 76 unlisted cards right), altered detected 60.5 %, real',
    'errors 2 of 2, **no false `differs`**. A twelfth stress set, fd12, called 3 of its 200 correct items wrong',
    'and detected 44 of its 100 errors on its first run. Those three and the three left from fd5 and fd10 were',
    'fixed by general rules (ADR 0052: an event inside an earlier gap\u2019s phrase is that gap\u2019s anchor, a',
    'common noun heading another event\u2019s name, a totalising modifier, a gap since a month counted in',
    'months, a relative clause of a span\u2019s course, a date years from every candidate), tested with our',
    'own sentences (`classes-s16.test.ts`). Helpers added rules from dev alone: anchored gaps whose subject',
    'points back (ADR 0044), parts dated by their own sentence and names after an event noun (ADR 0042), a',
    'related topic as the event\u2019s object and fact base 1.2.19 (ADR 0041); the merged engine\u2019s 5 new',
    'unlisted cards were adjudicated blind (round 28: 5 right). Held-out is h17, h18 and h19.',
    '',
    '**Session 17.** At its start batch h17 (blind since session 14, never read) moved into dev with one false',
    '`differs` (a date inside a fronted \u201cAfter \u2026,\u201d phrase read as the main clause\u2019s event\u2019s;',
    'fixed, ADR 0053). An eighteenth blind batch, **h20** (15 articles), scored once with session 16\u2019s last',
    'engine (db8c92a) before anything of it was read: recall 81.2 %, card precision 79.5 % before',
    'adjudication (95.5 % after round 29: 47 of 60 unlisted cards right), altered detected 57.7 %, real',
    'errors 1 of 2, 2 false `differs`. A thirteenth stress set, fd13, called 12 of its 200 correct items wrong',
    'and detected 50 of its 100 errors on its first run; seven of the twelve were fixed by general rules (ADR',
    '0053: reporting verbs of warning and media reports, \u201cin retaliation for\u201d, ownership percentages,',
    '\u201cinto <date>\u201d, a fate\u2019s verb before a count, \u201cthe last having been\u201d), tested with our own',
    'sentences (`classes-s17.test.ts`). Two rules held back in session 16 landed after a blind adjudication of',
    'their cards (round 30: 8 right). Helpers added rules from dev alone (ADR 0041, 0042 round 21). Held-out',
    'is h18, h19 and h20.',
    '',
    '**Session 18.** At its start batch h18 (blind since session 15, never read) moved into dev with three false',
    '`differs`, all fixed by general rules (ADR 0055: a notice\u2019s verb dates only a notice, a topic\u2019s stand-in',
    'event lends no related fact a bound date, a notice posted on a platform is dated by its posting). A',
    'nineteenth blind batch, **h21** (15 articles), scored once with session 17\u2019s last engine (9c4ccf1) before',
    'anything of it was read: recall 88.5 %, card precision 86.5 % before adjudication (99.3 % after round 31: 37',
    'of 39 unlisted cards right), altered detected 66.7 %, real errors 2 of 2, 1 false `differs`. A fourteenth',
    'stress set, fd14, called 4 of its 200 correct items wrong and detected 45 of its 100 errors on its first',
    'run; all four and two of fd13\u2019s five were fixed by general rules (ADR 0055: a present-tense schedule verb',
    'before a weekday, \u201cthe day\u201d a measure was to kick in, an instrument is not agreed, a reduced relative',
    'clause dates its own noun), tested with our own sentences (`classes-s18.test.ts`). Helpers added rules from',
    'dev alone: completions, when-clauses and the more specific cue (ADR 0042 round 22), decisive keyword',
    'evidence and a ministry\u2019s owner (ADR 0041 round 22), anchors of an announcement (ADR 0044 round 22), a',
    'cause and its effect and the other side\u2019s measures (ADR 0054); the merged engine\u2019s 4 new unlisted',
    'cards were adjudicated blind (round 32). Held-out is h19, h20 and h21.',
    '',
    '**Session 19.** At its start batch h19 (blind since session 16, never read) moved into dev with no false',
    '`differs`. A twentieth blind batch, **h22** (15 articles), scored once with session 18\u2019s last engine',
    '(bf2ac85) before anything of it was read: recall 90.3 %, card precision 80.1 % before adjudication (round 33:',
    '47 of 62 unlisted cards right), altered detected 69.3 %, real errors 0 of 2, 2 false `differs`. A fifteenth',
    'stress set, fd15, called 9 of its 200 correct items wrong and detected 55 of its 100 errors on its first run;',
    'all nine and fd13\u2019s last two were fixed by general rules (ADR 0056: what was said in a \u201cthat\u201d',
    'clause, a held appositive, list items after a colon, a range\u2019s two ends, two dates of one noun, a start',
    'that did not come, a period\u2019s end, an agreeing in a relative clause, a stoppage\u2019s length, a subject',
    'dated before its gap, a possessed visit, a notice opening its sentence), tested with our own sentences',
    '(`classes-s19.test.ts`); no stress item is now called wrong. Helpers added rules from dev alone (ADR 0042',
    'rounds 23\u201324, 0044 round 23, 0045 round 23, 0041 round 23, 0054 round 23). Held-out is h20, h21 and h22.',
    '',
  );
  out.push(
    row(['figure', 'dev', 'held-out', 'goal', 'baseline dev / held-out']),
    row(['---', '---', '---', '---', '---']),
  );
  out.push(row(['articles', dev.articles, holdout.articles, '\u2265 30', '']));
  const line = (name: string, key: keyof Figures, get: (s: Scores) => Ratio, goal: string) =>
    out.push(
      row([
        name,
        frac(get(dev)),
        frac(get(holdout)),
        goal,
        `${asPct(b.dev[key])} / ${asPct(b.holdout[key])}`,
      ]),
    );
  line('recall (gold cards found)', 'recall', (s) => s.recall, '\u2265 95 %');
  line('card precision', 'precision', (s) => s.precision, '\u2265 98 %');
  out.push(
    row([
      'false `differs`',
      dev.falseDiffers,
      holdout.falseDiffers,
      '0',
      `${b.dev.falseDiffers ?? '–'} / ${b.holdout.falseDiffers ?? '–'}`,
    ]),
  );
  line('altered claims detected', 'altered', (s) => s.altered, '\u2265 95 %');
  line('real errors flagged', 'realErrors', (s) => s.realErrors, 'all');
  const cell = (r: Ratio | undefined) => (r ? frac(r) : '–');
  const both = (v: { recall: Ratio; precision: Ratio } | undefined) =>
    v ? `${pct(v.recall)} / ${pct(v.precision)}` : '–';
  const section = <T>(
    title: string,
    first: string,
    pick: (s: Scores) => Record<string, T>,
    show: (v: T | undefined) => string,
  ) => {
    const keys = [...new Set([...Object.keys(pick(dev)), ...Object.keys(pick(holdout))])].sort();
    out.push('', `## ${title}`, '', row([first, 'dev', 'held-out']), row(['---', '---', '---']));
    for (const k of keys) out.push(row([k, show(pick(dev)[k]), show(pick(holdout)[k])]));
  };
  section('Recall by class', 'class', (s) => s.recallByClass, cell);
  section('Altered-claim detection by class', 'class', (s) => s.alteredByClass, cell);
  section('By outlet style (recall / precision)', 'style', (s) => s.byStyle, both);
  const batches = Object.entries(sets.batches ?? {});
  if (batches.length) {
    out.push(
      '',
      '## Held-out batches',
      '',
      row([
        'batch',
        'articles',
        'recall',
        'card precision',
        'false `differs`',
        'altered detected',
        'real errors',
      ]),
      row(['---', '---', '---', '---', '---', '---', '---']),
    );
    for (const [name, sc] of batches)
      out.push(
        row([
          name,
          sc.articles,
          frac(sc.recall),
          frac(sc.precision),
          sc.falseDiffers,
          frac(sc.altered),
          frac(sc.realErrors),
        ]),
      );
  }
  const st = sets.stress;
  if (st) {
    const bs = baseline.stress ?? {};
    out.push('', '## Stress sentences', '');
    out.push(
      'One or two sentences each (`test/fixtures/eval/stress/`), written blind from the dossier by a helper who never',
      'saw the engine, to be hard for a checker: several events and dates in one sentence, reporting dates, an',
      'instrument’s announcement vs its start, previous instances, gaps between events, other countries’',
      'figures, changes beside shares. The correct ones must never come out `differs`; the ones with one deliberate',
      'error should. They are dev material: their false `differs` were read and fixed by general rules (session 8).',
      '',
      row(['figure', 'now', 'baseline']),
      row(['---', '---', '---']),
      row([
        'correct sentences with a false `differs`',
        `${st.falseDiffers.length} of ${st.correct}${st.falseDiffers.length ? ` (${st.falseDiffers.join(', ')})` : ''}`,
        bs.falseDiffers ?? '\u2013',
      ]),
      row(['errors detected', frac(st.detected), asPct(bs.detected)]),
    );
  }
  if (off) {
    out.push('', '## Pages about something else', '');
    out.push(
      `On the ${off.pages} pages of \`../shared/corpus/readability-pages\` (none about India\u2013China): ` +
        `${off.claims} claims, ${off.differs} \`differs\`, cards on ${off.pagesWithCards.length} page(s) (goal: 0, 0, \u2264 2).`,
    );
    for (const p of off.pagesWithCards) out.push(`- ${p.page}: ${p.cards.join(', ')}`);
  }
  const list = (title: string, items: readonly { article: string; what: string }[]) => {
    out.push('', `## ${title} (${items.length})`, '');
    if (!items.length) out.push('None.');
    for (const m of items) out.push(`- ${m.article}: ${m.what}`);
  };
  out.push('', 'The lists below are for the dev corpus only (the held-out set stays unread while tuning).');
  list('Missed gold cards (dev)', dev.missed);
  list('Wrong cards (dev)', dev.wrongCards);
  list('Altered claims not flagged (dev)', dev.undetected);
  return `${out.join('\n')}\n`;
}
