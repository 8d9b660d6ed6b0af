/**
 * Round 30 (ADR 0022): dev misses by cause, with sentences of our own (a shipwreck off a
 * cape, a river ferry, a port's rules); each test fails with its rule removed.
 */
import { describe, expect, it } from 'vitest';
import { namesAlone } from '../../../src/core/compare/evidence';
import { nameRunsOf, type Vector } from '../../../src/core/compare/features';
import { compareArticles } from '../../../src/core/compare/index';
import { directionsOf } from '../../../src/core/compare/predicates';
import { tokenize } from '../../../src/core/compare/tokens';

const pairsOf = (a: string, b: string) => compareArticles(a, b, {}).pairs.map((p) => [p.a, p.b]);
/** A vector of `text` whose keys are those of `words` (weights 1): what two sentences share. */
const vec = (text: string, words = ''): Vector => {
  const keys = tokenize(words, []).map((t) => t.key);
  return { w: new Map(keys.map((k) => [k, 1])), norm: Math.sqrt(keys.length), text };
};

describe('two names both write are a combination, not a topic (evidence.ts namesAlone)', () => {
  it('reads a sentence’s names as runs of capitalised words', () => {
    const runs = (t: string) => nameRunsOf(vec(t)).map((r) => [...r].join(' '));
    expect(runs('The wreck lies off Kessel Point in Varro County, divers said.')).toEqual([
      'kessel point',
      'varro county',
    ]);
    expect(runs('Divers met Harbour Master Ana B. Varga on Monday.')).toEqual(['harbor master ana varga']);
    expect(runs('Ships keep to the Channel of Sant Elm past the cape.')).toEqual(['channel sant elm']);
    expect(runs('Lenders named Orvo Bank, Teal Marine and Brisk Ltd among the buyers.')).toHaveLength(3);
  });

  it('counts two shared names, not one name in many words', () => {
    const a = vec('The wreck lies off Kessel Point in Varro County.', 'Kessel Point Varro County');
    const b = vec('The 1911 wreck rests at Kessel Point, in Varro County.', 'Kessel Point Varro County');
    expect(namesAlone(a, b)).toBe(false);
    const c = vec('Then Harbour Master Ana Varga spoke.', 'Harbour Master Ana Varga');
    const d = vec('The permit was signed by Harbour Master Ana Varga.', 'Harbour Master Ana Varga');
    expect(namesAlone(c, d)).toBe(true);
    // The story's parties (a country and its capital) name no particular thing.
    const e = vec('Talks between India and Beijing went on.', 'India Beijing');
    const f = vec('Officials from India met in Beijing.', 'India Beijing');
    expect(namesAlone(e, f)).toBe(true);
  });

  it('pairs two sentences that place one thing by the same two names', () => {
    const a = [
      'Divers on Tuesday reached the wreck of the steamer Lorne, lost with 40 crew in 1911.',
      'The wreck lies off Kessel Point in Varro County.',
      'Salvage crews plan to lift the ship’s bell next spring.',
    ].join('\n');
    const b = [
      'Divers have reached the wreck of the steamer Lorne, which sank in 1911 with 40 crew aboard.',
      'It rests near Kessel Point, in Varro County.',
      'A salvage team hopes to lift the bell of the ship next spring.',
    ].join('\n');
    expect(pairsOf(a, b)).toContainEqual([1, 1]);
  });
});

describe('a stopping verb’s form after a determiner and a participle is a noun (predicates.ts)', () => {
  it('reads "the announced pause" as a thing, not an act', () => {
    expect([...directionsOf('The announced pause covers the harbour measures.')]).toEqual([]);
    expect([...directionsOf('A one-year freeze on the curbs was agreed.')]).toEqual([]);
    // A noun before the verb is its subject: an act.
    expect([...directionsOf('The government paused the harbour measures.')]).toEqual(['lift']);
  });

  it('pairs two sentences that say what a pause leaves out', () => {
    const a = [
      'Varro on Monday paused its new harbour measures for a year.',
      'The announced pause covers the harbour measures, not the curbs on trawlers that Varro imposed in May.',
    ].join('\n');
    const b = [
      'Varro has paused its new harbour measures for one year.',
      'The pause does not cover the curbs on trawlers Varro imposed in May.',
    ].join('\n');
    expect(pairsOf(a, b)).toContainEqual([1, 1]);
  });
});

describe('a speaker’s act that is most of both sentences pairs them (candidates.ts enoughShared)', () => {
  const a = [
    'The Varro port authority said on Monday that it had approved licences for three trawler firms from Kessel.',
    'He did not elaborate.',
    'The firms had waited since March for an answer.',
    'Fishing crews in Kessel welcomed the decision and said they would sail next week.',
    'Officials declined to comment on the separate fee talks with Brede.',
  ].join('\n');
  const b = [
    'Varro’s port authority has approved licences for three trawler firms from Kessel, it said on Monday.',
    'Industry groups say the three companies, which sell most of their catch to buyers in Alton, had waited for an answer while their boats sat idle on the quays.',
    'He offered no details on the conditions attached to the licences.',
    'Crews in Kessel welcomed the decision, saying they would sail next week.',
    'There was no word on the fee talks with Brede.',
  ].join('\n');

  it('pairs "He did not elaborate" with "He offered no details …" though another sentence withholds details too', () => {
    expect(pairsOf(a, b)).toContainEqual([1, 2]);
  });

  it('lets such a pair frame nothing: the weak pair crossing it still pairs', () => {
    expect(pairsOf(a, b)).toContainEqual([2, 1]);
  });
});
