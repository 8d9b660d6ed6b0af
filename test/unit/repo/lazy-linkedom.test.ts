/** scripts/vite/lazy-linkedom-plugin.ts: linkedom wrapped so the worker evaluates it on first use (ADR 0023). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lazyLinkedomSource } from '../../../scripts/vite/lazy-linkedom-plugin';

const require = createRequire(import.meta.url);
const source = readFileSync(join(dirname(require.resolve('linkedom/package.json')), 'worker.js'), 'utf8');

describe('the lazy linkedom module', () => {
  it('exports only a function, and evaluates nothing of linkedom until it is called', () => {
    const out = lazyLinkedomSource(source);
    expect(out.match(/^export\b.*$/gm)).toEqual(['export function linkedomParser() {']);
    expect(out.indexOf('const CHANGED')).toBeGreaterThan(out.indexOf('export function linkedomParser'));
  });

  it('refuses a linkedom build of another shape', () => {
    expect(() => lazyLinkedomSource('export { parseHTML };')).toThrow(/DOMParser/);
    expect(() => lazyLinkedomSource("import x from 'y';\nexport { DOMParser };")).toThrow(/import or export/);
  });
});
