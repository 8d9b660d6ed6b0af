import { describe, expect, it } from 'vitest';
import { parsePublished } from '../../../src/core/claims/dates';
import { lookupsOf } from '../../../src/core/claims/mention-lookups';
import { MentionIndex } from '../../../src/core/claims/mentions';
import { factById, matcher } from '../engine/claims-of';

/**
 * ADR 0125: the mention index's per-sentence work without copies. Whether a keyword names an
 * entity is read once per keyword set (with the lookups), and a set's positions are appended in
 * place; what a sentence refers to must be what it was.
 */
describe('cost125: keyword evidence read without per-sentence copies', () => {
  it("marks each group's word as an entity exactly when its lower case is an entity's alias", () => {
    const lookups = lookupsOf(matcher.index, factById);
    let refs = 0;
    let entities = 0;
    for (const list of lookups.keywordsByKey.values())
      for (const ref of list) {
        refs++;
        expect(ref.entityGroups.length).toBe(ref.set.words.length);
        ref.set.words.forEach((w, g) => {
          expect(ref.entityGroups[g]).toBe(lookups.entityNames.has(w.toLowerCase()));
          if (ref.entityGroups[g]) entities++;
        });
      }
    expect(refs).toBeGreaterThan(0);
    expect(entities).toBeGreaterThan(0);
  });

  const text = [
    'China imposed export controls on rare earths in April. The rare earth controls hit magnets and rare earth magnets.',
    'Rare earth magnets, rare earths and magnets: the controls covered all of them, Beijing said.',
    'Modi and Xi met in Kazan on October 23, 2024, after the border patrolling agreement.',
  ].join('\n\n');
  const fresh = () =>
    new MentionIndex(text, matcher.index, matcher.analyze(text), factById, parsePublished('2025-07-01'));

  it('gives each sentence the same mentions whatever order they are asked in, in fresh arrays', () => {
    const a = fresh();
    const b = fresh();
    const n = a.sentences.length;
    const forward = Array.from({ length: n }, (_, s) => a.mentions(s));
    const backward = Array.from({ length: n }, (_, s) => b.mentions(n - 1 - s)).reverse();
    expect(backward).toEqual(forward);
    expect(forward.some((ms) => ms.length > 0)).toBe(true);
    // A sentence's evidence positions are its own: reading another sentence never adds to them.
    for (const ms of forward)
      for (const m of ms) {
        expect(m.positions.every((p, k) => k === 0 || p >= 0)).toBe(true);
        for (const g of m.keywordGroups ?? []) for (const p of g) expect(m.positions).toContain(p);
      }
    const [first] = forward;
    const kept = JSON.stringify(first);
    for (let s = 0; s < n; s++) a.mentions(s);
    expect(JSON.stringify(a.mentions(0))).toBe(kept);
  });

  it('reads a cue word up to the first space or punctuation mark', () => {
    const index = fresh();
    const words = index
      .mentions(0)
      .concat(index.mentions(2))
      .filter((m) => m.strength === 'cue')
      .map((m) => JSON.stringify(m.via));
    for (const w of words) expect(w).not.toMatch(/[,.;:!?]\s*\+|\s\+\s\S*[,.;:!?]"/);
  });
});
