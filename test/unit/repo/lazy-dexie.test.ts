/** scripts/vite/lazy-dexie-plugin.ts: Dexie wrapped so a context evaluates it only when it opens the database (ADR 0031). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lazyDexieSource } from '../../../scripts/vite/lazy-dexie-plugin';
import { dexie } from '../../../src/storage/dexie';

const require = createRequire(import.meta.url);
const source = readFileSync(join(dirname(require.resolve('dexie/package.json')), 'dist/dexie.js'), 'utf8');

describe('the lazy Dexie module', () => {
  it('exports only a function, and evaluates nothing of Dexie until it is called', () => {
    const out = lazyDexieSource(source);
    expect(out.match(/^export\b.*$/gm)).toEqual(['export function dexieModule() {']);
    // Dexie's whole file is inside the function: nothing of it runs when the module is evaluated.
    expect(out.indexOf('Dexie.js - a minimalistic wrapper')).toBeGreaterThan(
      out.indexOf('export function dexieModule'),
    );
  });

  it('gives one Dexie, the one the package itself gives (shared through its global symbol)', async () => {
    const { default: packageDexie, liveQuery } = await import('dexie');
    expect(dexie()).toBe(packageDexie);
    expect(dexie().liveQuery).toBe(liveQuery);
    expect(dexie()).toBe(dexie());
  });

  it('refuses a Dexie build of another shape', () => {
    expect(() => lazyDexieSource('module.exports = Dexie;')).toThrow(/CommonJS branch/);
    expect(() =>
      lazyDexieSource(
        "import x from 'y';\ntypeof exports === 'object' && typeof module !== 'undefined' ? module.exports = factory()",
      ),
    ).toThrow(/import or export/);
  });
});
