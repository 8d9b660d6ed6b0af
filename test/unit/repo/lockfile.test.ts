/** `npm ci` needs every optional dependency in the lock; see scripts/lock-platforms.mjs. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { missingOptional, npmOrder } from '../../../scripts/lock-platforms.mjs';

const ROOT = new URL('../../../', import.meta.url).pathname;

describe('package-lock.json', () => {
  const lock = JSON.parse(readFileSync(`${ROOT}package-lock.json`, 'utf8'));
  const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));

  it('lists every optional platform package (run node scripts/lock-platforms.mjs if not)', () => {
    expect(missingOptional(lock).map(([k]: [string]) => k)).toEqual([]);
  });

  it('keeps its entries in the order npm writes them, so a fresh `npm install` leaves it unchanged', () => {
    const keys = Object.keys(lock.packages);
    expect(keys).toEqual([...keys].sort(npmOrder));
  });

  it('pins every direct dependency exactly', () => {
    for (const [name, range] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
      expect(range, name).toMatch(/^\d+\.\d+\.\d+$/);
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(range);
    }
  });
});
