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
import type { Plugin } from 'vite';
import { lazyModulePlugin } from './lazy-module';

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

/** The wrapped module in a cache file, the virtual id aliased to it (see lazy-module.ts). */
export function lazyDexiePlugin(root: string, cacheDir?: string): Plugin {
  return lazyModulePlugin(
    {
      name: 'gloss:lazy-dexie',
      virtualId: VIRTUAL_ID,
      pkg: 'dexie',
      path: 'dist/dexie.js',
      cacheName: 'dexie-lazy.js',
      wrap: lazyDexieSource,
    },
    root,
    cacheDir,
  );
}
