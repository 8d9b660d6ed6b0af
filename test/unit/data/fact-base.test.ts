/**
 * The fact base is data treated as code: schema-valid, canonical, unique ids, every fact
 * sourced. Fix formatting with `npm run facts:format`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues, validatePack } from '../../../src/core/facts/validate';

const DATA = new URL('../../../src/data/', import.meta.url).pathname;
const files = readdirSync(DATA).filter((n) => n.endsWith('.json'));

describe.each(files)('src/data/%s', (name) => {
  const raw = readFileSync(join(DATA, name), 'utf8');
  const pack = JSON.parse(raw);

  it('is valid against the schema', () => {
    const result = validatePack(pack);
    expect(result.ok ? '' : formatIssues(name, result.issues)).toBe('');
  });

  it('is in canonical form (sorted by id, two-space JSON)', () => {
    const sorted = {
      ...pack,
      facts: [...pack.facts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    };
    expect(raw).toBe(`${JSON.stringify(sorted, null, 2)}\n`);
  });

  it('sources every fact with an https URL and a publisher', () => {
    for (const fact of pack.facts) {
      expect(fact.sources.length, fact.id).toBeGreaterThan(0);
      for (const s of fact.sources) expect(s.url, fact.id).toMatch(/^https:\/\/[^/]+\.[a-z]{2,}/);
    }
  });
});

describe('validatePack', () => {
  const good = JSON.parse(readFileSync(join(DATA, 'base.json'), 'utf8'));

  it('names the entry and field of a problem', () => {
    const broken = structuredClone(good);
    broken.facts[1].sources[0].url = 'http://insecure.example/';
    const result = validatePack(broken);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(formatIssues('base.json', result.issues)).toContain('base.json: facts[1].sources[0].url');
  });

  it('rejects duplicate ids, unknown fields and unsourced facts', () => {
    const dup = structuredClone(good);
    dup.facts.push(structuredClone(dup.facts[0]));
    expect(validatePack(dup).ok).toBe(false);
    const extra = structuredClone(good);
    extra.facts[0].colour = 'blue';
    expect(validatePack(extra).ok).toBe(false);
    const unsourced = structuredClone(good);
    unsourced.facts[0].sources = [];
    const result = validatePack(unsourced);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toContain('facts[0].sources');
  });

  it('rejects non-objects without throwing', () => {
    for (const raw of [null, 42, 'x', [], { facts: 'no' }]) expect(validatePack(raw).ok).toBe(false);
  });
});
