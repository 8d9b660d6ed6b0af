/** Bad input for user fact packs (issue #8): each refused with a line naming file, entry and field. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPack } from '../../../scripts/pack';
import { BUNDLED_PACKS } from '../../../src/core/facts/bundled';
import { buildFactBase } from '../../../src/core/facts/factbase';
import { readPackFile } from '../../../src/core/facts/pack-file';
import { previewPack } from '../../../src/core/facts/preview';
import type { Fact, FactPack } from '../../../src/core/facts/schema';

const base = buildFactBase(BUNDLED_PACKS);
const EXAMPLE = 'docs/examples/chandrayaan-3.json';
const example = (): FactPack => JSON.parse(readFileSync(EXAMPLE, 'utf8')) as FactPack;

const fact = (over: Partial<Fact> = {}): Fact => ({
  id: 'event.my-thing',
  kind: 'event',
  title: 'My thing',
  summary: 'A thing happened.',
  aliases: [{ text: 'My thing' }],
  confidence: 'one-source',
  sources: [{ url: 'https://example.org/a', publisher: 'Example' }],
  asOf: '2026-12-01',
  ...over,
});
const pack = (facts: unknown[], over: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  id: 'my-pack',
  version: '1.0.0',
  lang: 'en',
  title: 'Mine',
  facts,
  ...over,
});
const read = (raw: unknown, file = 'mine.json') =>
  readPackFile(file, typeof raw === 'string' ? raw : JSON.stringify(raw), base);
/** The errors of a refused file (fails the test if it was accepted). */
function errors(raw: unknown, size?: number): string[] {
  const text = typeof raw === 'string' ? raw : JSON.stringify(raw);
  const result = readPackFile('mine.json', text, base, size);
  if (result.ok) throw new Error('accepted');
  return [...result.errors];
}

describe('readPackFile accepts', () => {
  it('the example pack, which relates only to its own facts', () => {
    const result = readPackFile(EXAMPLE, readFileSync(EXAMPLE, 'utf8'), base);
    expect(result.ok).toBe(true);
  });

  it('the example pack in canonical form (facts sorted by id, as npm run facts:format writes)', () => {
    const sorted = { ...example(), facts: [...example().facts].sort((a, b) => (a.id < b.id ? -1 : 1)) };
    expect(readFileSync(EXAMPLE, 'utf8')).toBe(`${JSON.stringify(sorted, null, 2)}\n`);
  });

  it('a pack whose facts refer to bundled ones', () => {
    expect(read(pack([fact({ places: ['place.lac'] })])).ok).toBe(true);
  });
});

describe('readPackFile refuses, naming file, entry and field', () => {
  it('text that is not JSON', () => {
    expect(errors('{ "id": ')).toEqual([expect.stringMatching(/^mine\.json: \(file\): not valid JSON/)]);
  });

  it('JSON that is not an object', () => {
    expect(errors('[1, 2]')).toEqual(['mine.json: (root): a pack is a JSON object']);
  });

  it('another schema version, or none', () => {
    expect(errors(pack([fact()], { schemaVersion: 2 }))).toEqual([
      'mine.json: schemaVersion: this Gloss reads pack schema 1; the file has 2',
    ]);
    expect(errors(pack([fact()], { schemaVersion: undefined }))[0]).toMatch(/schemaVersion: .* has none/);
  });

  it('a 50 MB file, before reading it', () => {
    expect(errors('', 50 * 1024 * 1024)).toEqual([
      'mine.json: (file): is 50.0 MB; a pack may be at most 5 MB',
    ]);
  });

  it('100 000 aliases (in one fact, or spread over many)', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => ({ text: `alias ${i}` }));
    expect(errors(pack([fact({ aliases: many })]))).toContain(
      'mine.json: facts[0].aliases: at most 100 aliases per fact',
    );
    const spread = Array.from({ length: 1_000 }, (_, i) =>
      fact({ id: `event.e${i}`, aliases: many.slice(i * 100, i * 100 + 100) }),
    );
    expect(errors(pack(spread))).toEqual(['mine.json: facts: 100000 aliases; a pack may have at most 20000']);
  });

  it('duplicate ids', () => {
    expect(errors(pack([fact(), fact()]))).toEqual(['mine.json: facts[1].id: duplicate id "event.my-thing"']);
  });

  it('dangling ids', () => {
    expect(errors(pack([fact({ relations: [{ type: 'led-to', target: 'event.nowhere' }] })]))).toEqual([
      'mine.json: facts[0].relations[0].target: unknown fact id "event.nowhere"',
    ]);
    expect(errors(pack([fact({ announcedBy: ['person.nobody'] })]))).toEqual([
      'mine.json: facts[0].announcedBy[0]: unknown fact id "person.nobody"',
    ]);
    expect(errors(pack([fact()], { overrides: ['place.lac'] }))).toEqual([
      'mine.json: overrides[0]: "place.lac" is not a fact of this pack',
    ]);
  });

  it('a country that is not an ISO code, or on a fact that is not a person or organisation (ADR 0080)', () => {
    expect(errors(pack([fact({ kind: 'person', country: 'India' })]))).toEqual([
      'mine.json: facts[0].country: must be an ISO 3166-1 alpha-2 code (IN, CN, US)',
    ]);
    expect(errors(pack([fact({ country: 'IN' })]))).toEqual([
      'mine.json: facts[0].country: only a person or an organisation has a country',
    ]);
    expect(read(pack([fact({ id: 'person.me', kind: 'person', country: 'IN' })])).ok).toBe(true);
  });

  it('javascript: and data: source URLs', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'http://example.org/']) {
      expect(errors(pack([fact({ sources: [{ url, publisher: 'X' }] })]))).toContain(
        'mine.json: facts[0].sources[0].url: sources must use https',
      );
    }
  });

  it('markup in text', () => {
    expect(errors(pack([fact({ title: 'Hi <img src=x onerror=alert(1)>' })]))).toEqual([
      'mine.json: facts[0].title: must not contain markup',
    ]);
    expect(errors(pack([fact({ summary: '<script>alert(1)</script>' })]))).toContain(
      'mine.json: facts[0].summary: must not contain markup',
    );
  });

  it('control and bidi-override characters in text', () => {
    expect(errors(pack([fact({ aliases: [{ text: 'My\u0000thing' }] })]))).toEqual([
      'mine.json: facts[0].aliases[0].text: must not contain control or bidi-override characters',
    ]);
    expect(errors(pack([fact()], { title: 'Mine\u202Eevil' }))).toEqual([
      'mine.json: title: must not contain control or bidi-override characters',
    ]);
  });

  it('the id of a pack already in the base', () => {
    expect(errors(pack([fact()], { id: 'gloss-base' }))).toEqual([
      'mine.json: id: a pack "gloss-base" is already installed; remove it first',
    ]);
  });
});

describe('previewPack', () => {
  it('lists facts, aliases, metadata and sources', () => {
    const p = previewPack(example(), BUNDLED_PACKS);
    expect(p).toMatchObject({ id: 'example-chandrayaan-3', author: 'Gloss maintainers', aliasCount: 9 });
    expect(p.facts.map((f) => f.id)).toEqual(example().facts.map((f) => f.id));
    expect(p.sources.length).toBe(5);
    expect(p.overrides).toEqual([]);
  });

  it('says which bundled facts a pack overrides, and which same-id facts it would lose', () => {
    const lac = base.factById('place.lac') as Fact;
    const declared = previewPack(
      pack([{ ...lac, title: 'The LAC' }], { overrides: ['place.lac'] }) as FactPack,
      BUNDLED_PACKS,
    );
    expect(declared.overrides).toEqual([
      {
        id: 'place.lac',
        replaced: expect.stringMatching(/^gloss-base@/),
        replacedTitle: lac.title,
        title: 'The LAC',
      },
    ]);
    const undeclared = previewPack(pack([{ ...lac, title: 'The LAC' }]) as FactPack, BUNDLED_PACKS);
    expect(undeclared.conflicts.map((c) => c.id)).toEqual(['place.lac']);
  });
});

describe('npm run pack', () => {
  it('checks the example pack and says what it adds', () => {
    const { code, out } = runPack(['check', EXAMPLE]);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/ok — example-chandrayaan-3@1\.0\.0/);
  });

  it('exits 1 with the same messages for a bad file, and 2 on bad usage', () => {
    const { code, err } = runPack(['check', 'test/fixtures/invalid-packs/bad-pack.json']);
    expect(code).toBe(1);
    expect(err.every((line) => line.startsWith('test/fixtures/invalid-packs/bad-pack.json: '))).toBe(true);
    expect(runPack(['frobnicate']).code).toBe(2);
  });
});
