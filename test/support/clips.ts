/**
 * Clip builders for tests and benches: a hand-written clip, a deterministic generator of many
 * (no Math.random: runs are comparable), and fast-check arbitraries for property tests.
 */
import fc from 'fast-check';
import type { Clip } from '../../src/core/clips/model';
import { makePassage } from '../../src/core/clips/selectors';

const TEXT =
  'India and China agreed on patrolling arrangements along the LAC in October 2024.\n' +
  'The Galwan clash of June 2020 killed twenty Indian soldiers.\n' +
  'Disengagement at Depsang and Demchok followed, and Modi met Xi in Kazan.';

/** A complete clip with a passage, annotations, a note and tags; `over` replaces fields. */
export function sampleClip(over: Partial<Clip> = {}): Clip {
  const url = 'https://example.org/news/lac-patrols';
  const start = TEXT.indexOf('The Galwan clash');
  return {
    id: '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e',
    kind: 'passage',
    url,
    title: 'India and China agree on LAC patrols',
    site: 'example.org',
    byline: 'A. Reporter',
    published: '2024-10-22',
    lang: 'en',
    savedAt: Date.UTC(2026, 11, 1, 9, 30),
    updatedAt: Date.UTC(2026, 11, 1, 9, 30),
    article: { text: TEXT, html: '<p>India and China agreed…</p>' },
    passages: [makePassage(url, TEXT, start, start + 'The Galwan clash of June 2020'.length)],
    annotations: [
      { start: 4, end: 9, quote: 'China', kind: 'term', factIds: ['place.china'], verdict: null },
      {
        start: TEXT.indexOf('June 2020'),
        end: TEXT.indexOf('June 2020') + 9,
        quote: 'June 2020',
        kind: 'claim',
        factIds: ['event.galwan-clash'],
        verdict: 'consistent',
      },
    ],
    factBaseVersion: 'gloss-base@1.1.5',
    note: 'The date matches the record.',
    tags: ['lac', 'galwan'],
    ...over,
  };
}

const WORDS =
  'border patrol talks army troops river valley minister summit agreement village road bridge'.split(' ');
const SITES = ['thehindu.com', 'indianexpress.com', 'scmp.com', 'bbc.co.uk', 'reuters.com', 'example.org'];
const TAGS = ['lac', 'galwan', 'trade', 'diplomacy', 'military', 'economy', 'to-read'];
const FACTS = ['event.galwan-clash', 'place.lac', 'event.kazan-meeting', 'place.depsang', 'person.modi'];
const VERDICTS = ['consistent', 'differs', 'outdated', 'context'] as const;

/**
 * A vocabulary of `size` pseudo-words for Zipf-like text (word r drawn with probability ∝ 1/r),
 * as in real articles: a few words in every clip, most in a handful. Deterministic.
 */
export function zipfVocabulary(size: number, seed = 1): { words: string[]; draw: (u: number) => string } {
  let s = seed;
  const rnd = () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
  const syllables = [
    'ka',
    'ro',
    'mi',
    'ta',
    'ne',
    'lu',
    'sa',
    'po',
    'di',
    've',
    'ga',
    'shi',
    'an',
    'tor',
    'bel',
  ];
  const words = Array.from({ length: size }, (_, i) => {
    const n = 2 + Math.floor(rnd() * 3);
    return `${Array.from({ length: n }, () => syllables[Math.floor(rnd() * syllables.length)]).join('')}${i % 7 ? '' : 's'}`;
  });
  const weights = words.map((_, r) => 1 / (r + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.reduce((acc, w) => {
    cumulative.push((acc + w) / total);
    return acc + w;
  }, 0);
  const draw = (u: number) => {
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < u) lo = mid + 1;
      else hi = mid;
    }
    return words[lo] as string;
  };
  return { words, draw };
}

/**
 * `n` varied clips, deterministic for a given seed; `words` sets the article length. With a
 * `vocabulary`, article words are drawn from it (Zipf); otherwise from a dozen fixed words.
 */
export function generateClips(n: number, seed = 7, words = 300, vocabulary?: (u: number) => string): Clip[] {
  let s = seed;
  const rnd = () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const word = vocabulary ? () => vocabulary(rnd()) : () => pick(WORDS);
  return Array.from({ length: n }, (_, i) => {
    const text = `${Array.from({ length: words }, word).join(' ')} unique${i}`;
    const site = pick(SITES);
    const url = `https://${site}/story/${i}`;
    const savedAt = Date.UTC(2025, 0, 1) + Math.floor(rnd() * 700) * 86_400_000 + i;
    const span = Math.min(30, text.length - 1);
    const a = Math.floor(rnd() * (text.length - span));
    const factId = pick(FACTS);
    return {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      kind: i % 3 ? 'article' : 'passage',
      url,
      title: `${pick(WORDS)} ${pick(WORDS)} story ${i}`,
      site,
      byline: null,
      published: null,
      lang: 'en',
      savedAt,
      updatedAt: savedAt,
      article: { text, html: `<p>${text}</p>` },
      passages: i % 3 ? [] : [makePassage(url, text, a, a + span)],
      annotations: [
        {
          start: 0,
          end: 5,
          quote: text.slice(0, 5),
          kind: 'claim',
          factIds: [factId],
          verdict: pick(VERDICTS),
        },
      ],
      factBaseVersion: 'gloss-base@1.1.5',
      note: i % 4 ? '' : `note about ${pick(WORDS)} ${i}`,
      tags: rnd() < 0.5 ? [pick(TAGS)] : [],
    } satisfies Clip;
  });
}

// Text without control characters (prose may hold \n and \t), as a reader or a page could write it.
const proseChar = fc.oneof(
  fc.constantFrom('\n', '\t', ' ', 'é', 'ह', '“', '<', '&', '😀'),
  fc.string({ minLength: 1, maxLength: 1 }).filter((c) => /[\x20-\x7e]/.test(c)),
);
const prose = (max: number) => fc.array(proseChar, { maxLength: max }).map((cs) => cs.join(''));
const line = (max: number) => prose(max).map((s) => s.replace(/[\n\t]/g, ' '));

/** Arbitrary valid clips (ids made unique by the caller's index). */
export const clipArb: fc.Arbitrary<Omit<Clip, 'id'>> = fc
  .record({
    text: prose(400).filter((t) => t.length >= 2),
    title: line(80),
    note: prose(120),
    tags: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/), { maxLength: 5 }),
    savedAt: fc.integer({ min: 0, max: 4_102_444_800_000 }),
    edited: fc.nat({ max: 1e9 }),
    byline: fc.option(line(40), { nil: null }),
    verdict: fc.constantFrom(null, ...VERDICTS),
    range: fc.tuple(fc.nat(), fc.nat()),
    withArticle: fc.boolean(),
  })
  .map(({ text, title, note, tags, savedAt, edited, byline, verdict, range, withArticle }) => {
    const a = range[0] % (text.length - 1);
    const b = a + 1 + (range[1] % (text.length - a));
    const url = 'https://example.org/a?b=1';
    return {
      kind: 'passage' as const,
      url,
      title,
      site: 'example.org',
      byline,
      published: null,
      lang: null,
      savedAt,
      updatedAt: savedAt + edited,
      article: withArticle ? { text, html: `<p>${title}</p>` } : null,
      passages: [makePassage(url, text, a, b)],
      annotations: withArticle
        ? [
            {
              start: a,
              end: b,
              quote: text.slice(a, b),
              kind: 'claim' as const,
              factIds: ['event.x'],
              verdict,
            },
          ]
        : [],
      factBaseVersion: 'gloss-base@1.1.5',
      note,
      tags,
    };
  });
