/**
 * `virtual:gloss/linkedom`: linkedom's worker build (one self-contained file) wrapped in a
 * function that evaluates it on its first call (ADR 0023). The background parses pages' HTML with
 * it, but Chrome's module service worker may not `import()` anything, and a static import would
 * evaluate ~700 KB of library code (~25 ms) on every wake of the worker, also when no page needs a
 * parse. Wrapped, a wake pays for compiling it lazily; the first parse of a wake evaluates it.
 * The wrapping fails the build if linkedom's file no longer has the shape it expects.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const VIRTUAL_ID = 'virtual:gloss/linkedom';

/** The module text: `linkedomParser()` returns linkedom's DOMParser class, evaluated once. */
export function lazyLinkedomSource(source: string): string {
  const named = /^export const (\w+) =/gm;
  const final = /^export \{([^}]*)\};?\s*$/m;
  const exports = source.match(final);
  if (!exports?.[1]?.split(',').some((name) => name.trim() === 'DOMParser'))
    throw new Error('linkedom/worker.js: no final export of DOMParser (has linkedom changed its build?)');
  const body = source.replace(named, 'const $1 =').replace(final, 'return DOMParser;');
  if (/^(export\b|import\s+[\w{*][^;]*\bfrom\b|import\s*['"(])/m.test(body))
    throw new Error(
      'linkedom/worker.js: an import or export left after wrapping (has linkedom changed its build?)',
    );
  return `let made = null;\n/** linkedom's DOMParser, its library evaluated on the first call. */\nexport function linkedomParser() {\n  made ??= (() => {\n${body}\n})();\n  return made;\n}\n`;
}

/** Writes the wrapped module to a cache file and aliases the virtual id to it (as the fact-base plugin does). */
export function lazyLinkedomPlugin(root: string, cacheDir = join(root, 'node_modules/.cache/gloss')): Plugin {
  const file = join(cacheDir, 'linkedom-lazy.js');
  return {
    name: 'gloss:lazy-linkedom',
    enforce: 'pre',
    config() {
      const require = createRequire(join(root, 'package.json'));
      const source = readFileSync(
        join(dirname(require.resolve('linkedom/package.json')), 'worker.js'),
        'utf8',
      );
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(file, lazyLinkedomSource(source));
      return { resolve: { alias: { [VIRTUAL_ID]: file } } };
    },
  };
}
