/**
 * `virtual:gloss/linkedom`: linkedom's worker build (one self-contained file) wrapped in a
 * function that evaluates it on its first call (ADR 0023). The background parses pages' HTML with
 * it, but Chrome's module service worker may not `import()` anything, and a static import would
 * evaluate ~700 KB of library code (~25 ms) on every wake of the worker, also when no page needs a
 * parse. Wrapped, a wake pays for compiling it lazily; the first parse of a wake evaluates it.
 * The wrapping fails the build if linkedom's file no longer has the shape it expects.
 */
import type { Plugin } from 'vite';
import { lazyModulePlugin } from './lazy-module';

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

/** The wrapped module in a cache file, the virtual id aliased to it (see lazy-module.ts). */
export function lazyLinkedomPlugin(root: string, cacheDir?: string): Plugin {
  return lazyModulePlugin(
    {
      name: 'gloss:lazy-linkedom',
      virtualId: VIRTUAL_ID,
      pkg: 'linkedom',
      path: 'worker.js',
      cacheName: 'linkedom-lazy.js',
      wrap: lazyLinkedomSource,
    },
    root,
    cacheDir,
  );
}
