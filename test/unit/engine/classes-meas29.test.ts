/**
 * Session 29 (meas29, ADR 0124): figures by the measure and scope they name — the world's total
 * named only by "worldwide"/"global total" in a rare-earth paragraph, the refining share named by
 * "refining" alone there, a share restating a country's figure as its part of the world's, and a
 * world word that names another figure's whole. Sentences written for the rules (not from the eval
 * corpus), each checked to fail without its rule, and sentences the rules must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const WORLD = 'quantity.world-rare-earth-mine-production-2024';
const CHINA_MINED = 'quantity.china-rare-earth-mine-production-2024';
const MINE_SHARE = 'quantity.china-rare-earth-mine-share-2024';
const REFINING = 'quantity.china-rare-earth-refining-share';
const PUB = '2025-11-05';

describe('the world total named by "worldwide" in a rare-earth paragraph (fact base cue)', () => {
  const T =
    'Rare-earth supply is concentrated. Chinese mines dug up 270,000 tons last year of the nearly 310,000 tons produced worldwide.';
  it('"of the nearly 310,000 tons produced worldwide": the world total stated wrong', () => {
    expect(claimAt(T, PUB, 'nearly 310,000 tons')).toMatchObject({ fact: WORLD, verdict: 'differs' });
  });
  it('the right total stays consistent', () => {
    expect(claimAt(T.replace('310,000', '390,000'), PUB, '390,000 tons')).toMatchObject({
      fact: WORLD,
      verdict: 'consistent',
    });
  });
  it('leaves alone the country’s part before it', () => {
    expect(claimAt(T, PUB, '270,000 tons')?.verdict ?? null).not.toBe('differs');
  });
});

describe('the refining share named by "refining" in a rare-earth paragraph (fact base cue)', () => {
  const T =
    'Beijing dominates rare earths. It handles roughly 70% of refining and some 94% of permanent-magnet production.';
  it('"handles roughly 70% of refining": the refining share stated wrong', () => {
    expect(claimAt(T, PUB, 'roughly 70%')).toMatchObject({ fact: REFINING, verdict: 'differs' });
  });
  it('the right share stays consistent', () => {
    expect(claimAt(T.replace('70%', '91%'), PUB, 'roughly 91%')).toMatchObject({
      fact: REFINING,
      verdict: 'consistent',
    });
  });
});

describe('a share restating a country’s figure as its part of the world’s (restated-share.ts)', () => {
  const T = 'China mined 270,000 tons of rare earths in 2024, about 59% of the world total.';
  it('"270,000 tons …, about 59% of the world total": China’s mine share stated wrong', () => {
    expect(claimAt(T, PUB, 'about 59%')).toMatchObject({ fact: MINE_SHARE, verdict: 'differs' });
  });
  it('the right share stays consistent, also after a dash', () => {
    const U = 'China mined 270,000 tons of rare earths in 2024 — roughly 69%.';
    expect(claimAt(U, PUB, 'roughly 69%')).toMatchObject({ fact: MINE_SHARE, verdict: 'consistent' });
  });
  it('leaves alone the share of a country whose record has no share (another scope)', () => {
    const V = 'China leads in rare earths. India mined 2,900 tons in 2024, about 1% of the world total.';
    expect(claimAt(V, PUB, 'about 1%')?.verdict ?? null).not.toBe('differs');
  });
  it('leaves alone a share after another country’s figure named between', () => {
    const W = 'China mined 270,000 tons of rare earths, and India 2,900 tons, about 1% of the world total.';
    expect(claimAt(W, PUB, 'about 1%')?.verdict ?? null).not.toBe('differs');
  });
  it('leaves alone a share after a figure that fits no record', () => {
    const X = 'China leads in rare earths. China mined 140,000 tons in 2018, about 59% of the world total.';
    expect(claimAt(X, PUB, 'about 59%')?.verdict ?? null).not.toBe('differs');
  });
});

describe('a world word that names another figure’s whole (world-measure.ts)', () => {
  it('"mined 270,000 tonnes in 2024 out of a global total of …": the part is not the world total', () => {
    const T =
      'China leads in rare earths. The country mined about 270,000 tonnes in 2024 out of a global total of roughly 390,000 tonnes.';
    expect(claimAt(T, PUB, 'about 270,000 tonnes')?.fact ?? null).not.toBe(WORLD);
    expect(claimAt(T, PUB, 'roughly 390,000 tonnes')).toMatchObject({ fact: WORLD, verdict: 'consistent' });
  });
  it('"It mined 270,000 tons, around 69 percent of global mine output": the share’s whole', () => {
    const T =
      'China leads in rare earths. It mined about 270,000 tons in 2024, around 69 percent of global mine output.';
    expect(claimAt(T, PUB, 'about 270,000 tons')?.fact ?? null).not.toBe(WORLD);
  });
  it('a world figure with its world word before it is still the world’s', () => {
    const T = 'Global mine output of rare earths reached about 300,000 tonnes last year.';
    expect(claimAt(T, PUB, 'about 300,000 tonnes')).toMatchObject({ fact: WORLD, verdict: 'differs' });
  });
  it('keeps the China figure of a China sentence', () => {
    const T = 'China mined 270,000 tons of rare earths last year of the 390,000 tons mined worldwide.';
    expect(claimAt(T, PUB, '270,000 tons')).toMatchObject({ fact: CHINA_MINED, verdict: 'consistent' });
  });
});
