import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPacks } from '../../../scripts/vite/fact-base-plugin';
import { BASE_PACK } from '../../../src/core/facts/base';
import { mergePacks } from '../../../src/core/facts/packs';
import type { FactPack } from '../../../src/core/facts/schema';

const userPack = (facts: FactPack['facts']): FactPack => ({
  id: 'user-notes',
  version: '0.1.0',
  lang: 'en',
  title: 'Mine',
  facts,
});

describe('mergePacks', () => {
  it('keeps each fact with the pack it came from', () => {
    const extra = { ...(BASE_PACK.facts[0] as FactPack['facts'][number]), id: 'topic.my-own' };
    const base = mergePacks([BASE_PACK, userPack([extra])]);
    expect(base.facts.size).toBe(BASE_PACK.facts.length + 1);
    expect(base.provenance.get('topic.my-own')).toEqual({ packId: 'user-notes', packVersion: '0.1.0' });
    expect(base.provenance.get('place.lac')).toEqual({
      packId: 'gloss-base',
      packVersion: BASE_PACK.version,
    });
    expect(base.version).toBe(`gloss-base@${BASE_PACK.version}, user-notes@0.1.0`);
  });

  it('reports a clash instead of letting a later pack replace a fact', () => {
    const impostor = {
      ...(BASE_PACK.facts.find((f) => f.id === 'place.lac') as FactPack['facts'][number]),
      title: 'Fake',
    };
    const base = mergePacks([BASE_PACK, userPack([impostor])]);
    expect(base.facts.get('place.lac')?.title).not.toBe('Fake');
    expect(base.clashes).toEqual([
      { id: 'place.lac', kept: `gloss-base@${BASE_PACK.version}`, ignored: 'user-notes@0.1.0' },
    ]);
  });

  it('refuses the same pack twice', () => {
    expect(() => mergePacks([BASE_PACK, BASE_PACK])).toThrow(/loaded twice/);
  });
});

describe('loadPacks (the build step)', () => {
  it('names the file, entry and field of an invalid pack', () => {
    expect(() => loadPacks(join(import.meta.dirname, '../../fixtures/invalid-packs'))).toThrow(
      /bad-pack\.json: facts\[0\]\.sources\[0\]\.url: sources must use https/,
    );
  });
});
