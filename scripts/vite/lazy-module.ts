/**
 * A library file wrapped so that it is evaluated on first use, written to a cache file that a
 * virtual module id is aliased to (the linkedom and Dexie plugins: ADR 0023, ADR 0031).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

export interface LazyModule {
  /** The plugin's name ("gloss:lazy-dexie"). */
  readonly name: string;
  /** The virtual id the application imports ("virtual:gloss/dexie"). */
  readonly virtualId: string;
  /** The package and the file inside it to wrap. */
  readonly pkg: string;
  readonly path: string;
  /** The cache file's name. */
  readonly cacheName: string;
  /** The wrapped module's text, from the library's. */
  readonly wrap: (source: string) => string;
}

export function lazyModulePlugin(
  m: LazyModule,
  root: string,
  cacheDir = join(root, 'node_modules/.cache/gloss'),
): Plugin {
  const file = join(cacheDir, m.cacheName);
  return {
    name: m.name,
    enforce: 'pre',
    config() {
      const require = createRequire(join(root, 'package.json'));
      const source = readFileSync(join(dirname(require.resolve(`${m.pkg}/package.json`)), m.path), 'utf8');
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(file, m.wrap(source));
      return { resolve: { alias: { [m.virtualId]: file } } };
    },
  };
}
