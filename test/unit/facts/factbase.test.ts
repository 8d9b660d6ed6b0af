import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../../src/core/facts/bundled';
import { toCardView } from '../../../src/core/facts/card';
import { annotateWith, buildFactBase } from '../../../src/core/facts/factbase';
import type { Fact, FactPack } from '../../../src/core/facts/schema';
import { compileMatcher } from '../../../src/core/match/terms';

const BASE = BUNDLED_PACKS[0] as FactPack;
const lac = BASE.facts.find((f) => f.id === 'place.lac') as Fact;

const fact = (id: string, alias: string): Fact => ({
  id,
  // An event: people and places alone card only on pages about the base's story (ADR 0008).
  kind: 'event',
  title: `Title of ${id}`,
  summary: 'An event.',
  aliases: [{ text: alias }],
  confidence: 'one-source',
  sources: [{ url: 'https://example.org/', publisher: 'Example' }],
  asOf: '2026-12-01',
});

const userPack = (facts: Fact[], extra: Partial<FactPack> = {}): FactPack => ({
  schemaVersion: 1,
  id: 'user-notes',
  version: '0.1.0',
  lang: 'en',
  title: 'My notes',
  facts,
  ...extra,
});

describe('buildFactBase', () => {
  it('keeps each fact with the pack it came from', () => {
    const base = buildFactBase([BASE, userPack([fact('event.my-own', 'Myplace')])]);
    expect(base.facts.size).toBe(BASE.facts.length + 1);
    expect(base.provenance.get('event.my-own')).toEqual({
      packId: 'user-notes',
      packVersion: '0.1.0',
      packTitle: 'My notes',
    });
    expect(base.version).toBe(`gloss-base@${BASE.version}, user-notes@0.1.0`);
    expect(base.packs.map((p) => [p.id, p.facts])).toEqual([
      ['gloss-base', BASE.facts.length],
      ['user-notes', 1],
    ]);
  });

  it('matches and cards a pack fact like a bundled one, naming its pack', () => {
    const base = buildFactBase([BASE, userPack([fact('event.my-own', 'Myplace')])]);
    const [record] = annotateWith(base, 'We went to Myplace.', null);
    expect(record?.factIds).toEqual(['event.my-own']);
    const view = toCardView(base.factById('event.my-own') as Fact, base.card);
    expect(view.provenance).toBe('user-notes@0.1.0');
    expect(view.packTitle).toBe('My notes');
  });

  it('keeps the earlier fact on an undeclared same-id clash and reports it', () => {
    const base = buildFactBase([BASE, userPack([{ ...lac, title: 'Fake' }])]);
    expect(base.factById('place.lac')?.title).toBe(lac.title);
    expect(base.conflicts).toEqual([
      { id: 'place.lac', kept: `gloss-base@${BASE.version}`, ignored: 'user-notes@0.1.0' },
    ]);
    expect(base.overrides).toEqual([]);
  });

  it('replaces an earlier fact only when the pack declares the override', () => {
    const base = buildFactBase([
      BASE,
      userPack([{ ...lac, title: 'Corrected' }], { overrides: ['place.lac'] }),
    ]);
    expect(base.factById('place.lac')?.title).toBe('Corrected');
    expect(base.card.provenance('place.lac')).toBe('user-notes@0.1.0');
    expect(base.overrides).toEqual([
      { id: 'place.lac', replaced: `gloss-base@${BASE.version}`, by: 'user-notes@0.1.0' },
    ]);
    expect(base.conflicts).toEqual([]);
  });

  it('refuses the same pack twice', () => {
    expect(() => buildFactBase([BASE, BASE])).toThrow(/loaded twice/);
  });

  it('uses a precompiled index instead of compiling one', () => {
    const index = compileMatcher(BASE.facts);
    const base = buildFactBase([BASE], { index: () => index });
    expect(base.index).toBe(index);
    expect(base.matcher.index).toBe(index);
  });

  it('builds two independent values (no shared state between bases)', () => {
    const a = buildFactBase([BASE]);
    const b = buildFactBase([BASE, userPack([fact('event.my-own', 'Myplace')])]);
    expect(a.factById('event.my-own')).toBeUndefined();
    expect(b.factById('event.my-own')).toBeDefined();
    expect(a.matcher).not.toBe(b.matcher);
  });
});
