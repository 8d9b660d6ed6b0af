/**
 * The worker reads the bundled packs and their index from JSON text the build writes (ADR 0024):
 * the same packs the rest of Gloss imports, in an ASCII-only string literal that parses back exactly.
 */
import { describe, expect, it } from 'vitest';
import { jsonStringModule } from '../../../scripts/vite/fact-base-plugin';
import { bundledBase, bundledFactBase, WorkerFactBase } from '../../../src/background/engine/factbase';
import { BUNDLED_PACKS } from '../../../src/core/facts/bundled';
import { buildFactBase } from '../../../src/core/facts/factbase';
import { compileMatcher, type MatcherIndex } from '../../../src/core/match/terms';

describe('the bundled packs as JSON text', () => {
  it('are the packs src/data holds, with their compiled index', () => {
    const { packs, index } = bundledBase();
    expect(packs).toEqual(BUNDLED_PACKS);
    // Its automaton shipped packed and unpacked as typed arrays (ADR 0048 round 19): the same numbers.
    const shipped = index?.() as MatcherIndex;
    const arrays = (a: object) => Object.fromEntries(Object.entries(a).map(([k, v]) => [k, Array.from(v)]));
    expect({ ...shipped, automaton: arrays(shipped.automaton) }).toEqual(
      JSON.parse(JSON.stringify(compileMatcher(packs.flatMap((p) => p.facts)))),
    );
  });

  it("give the worker's fact base the bundled facts and matcher", () => {
    const base = new WorkerFactBase().get();
    const reference = buildFactBase(BUNDLED_PACKS);
    expect([...base.facts.keys()]).toEqual([...reference.facts.keys()]);
    expect(base.version).toBe(reference.version);
    const text = 'Troops clashed in the Galwan Valley in June 2020.';
    expect(base.matcher.analyze(text).terms).toEqual(reference.matcher.analyze(text).terms);
  });

  it("are the worker's fact base for its lifetime: built once, on first need, until packs replace it", () => {
    let builds = 0;
    const facts = new WorkerFactBase(() => {
      builds += 1;
      return bundledFactBase();
    });
    expect(builds).toBe(0);
    const first = facts.get();
    expect(facts.get()).toBe(first);
    expect(builds).toBe(1);
    const replaced = bundledFactBase();
    facts.set(replaced);
    expect(facts.get()).toBe(replaced);
    expect(builds).toBe(1);
  });

  it('are written as an ASCII-only string literal that parses back to the value', async () => {
    const value = { title: 'India–China, ₹500 crore, café 😀', list: ['"quoted"', 'back\\slash', '\u2028'] };
    const source = jsonStringModule(value);
    expect(source).toMatch(/^export default ".*";\n$/s);
    expect([...source].every((c) => c.charCodeAt(0) < 128)).toBe(true);
    const literal = source.slice('export default '.length, -2);
    expect(JSON.parse(new Function(`return ${literal}`)() as string)).toEqual(value);
  });
});
