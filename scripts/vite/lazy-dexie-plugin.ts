/**
 * `virtual:gloss/dexie`: Dexie's UMD build wrapped in a function that evaluates it on its first call
 * (ADR 0031), as linkedom is (ADR 0023). The worker imports `storage/` for the reader's packs, clips
 * and revisit, but answering a page needs none of it unless a pack is stored (a flag in
 * `storage.local` says so, ADR 0024); a module service worker cannot `import()`, and a static import
 * evaluated Dexie on every wake (~3 ms in a Chrome trace, besides compiling its top level). Every
 * context (pages, the worker, tests) gets Dexie from this one module, so there is one Dexie, and it
 * is shared as `dexie`'s own import wrapper shares it: through `globalThis[Symbol.for('Dexie')]`.
 * The wrapping fails the build if Dexie's file no longer has the shape it expects.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const VIRTUAL_ID = 'virtual:gloss/dexie';
/** The UMD header of dexie/dist/dexie.js: CommonJS first, which the wrapper provides. */
const UMD_HEAD = "typeof exports === 'object' && typeof module !== 'undefined' ? module.exports = factory()";

/** The module text: `dexieModule()` returns the Dexie class (its statics hold `liveQuery` etc.), evaluated once. */
export function lazyDexieSource(source: string): string {
  if (!source.includes(UMD_HEAD))
    throw new Error(
      'dexie/dist/dexie.js: no CommonJS branch in its UMD header (has Dexie changed its build?)',
    );
  if (/^\s*(export\b|import\s+[\w{*][^;]*\bfrom\b|import\s*['"(])/m.test(source))
    throw new Error(
      'dexie/dist/dexie.js: an import or export in the UMD file (has Dexie changed its build?)',
    );
  return `let made = null;
/** The Dexie class, its library evaluated on the first call (one Dexie per context, as dexie's import wrapper keeps it). */
export function dexieModule() {
  made ??= (() => {
    const module = { exports: {} };
    const exports = module.exports;
    const define = undefined;
${source.replace(/^\/\/# sourceMappingURL=.*$/m, '')}
    const key = Symbol.for('Dexie');
    globalThis[key] ??= module.exports;
    if (globalThis[key].semVer !== module.exports.semVer)
      throw new Error('Two different versions of Dexie loaded: ' + globalThis[key].semVer + ' and ' + module.exports.semVer);
    return globalThis[key];
  })();
  return made;
}
`;
}

/** Writes the wrapped module to a cache file and aliases the virtual id to it (as the linkedom plugin does). */
export function lazyDexiePlugin(root: string, cacheDir = join(root, 'node_modules/.cache/gloss')): Plugin {
  const file = join(cacheDir, 'dexie-lazy.js');
  return {
    name: 'gloss:lazy-dexie',
    enforce: 'pre',
    config() {
      const require = createRequire(join(root, 'package.json'));
      const source = readFileSync(
        join(dirname(require.resolve('dexie/package.json')), 'dist/dexie.js'),
        'utf8',
      );
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(file, lazyDexieSource(source));
      return { resolve: { alias: { [VIRTUAL_ID]: file } } };
    },
  };
}
