/**
 * The dependency rule as data, and a checker over import references.
 * Used by test/unit/repo/architecture.test.ts.
 */

export type Layer =
  | 'data'
  | 'core'
  | 'dom'
  | 'platform'
  | 'storage'
  | 'ui'
  | 'content'
  | 'background'
  | 'pages';

export interface ImportRef {
  /** The importing file, relative to src/ ("content/index.ts"). */
  readonly from: string;
  /** The specifier as written. */
  readonly spec: string;
  /** For relative imports: the target relative to src/; null for packages. */
  readonly target: string | null;
}

const ALLOWED: Record<Layer, readonly Layer[]> = {
  data: [],
  core: ['data'],
  dom: ['core'],
  platform: ['core', 'ui'],
  storage: ['core'],
  ui: ['core', 'platform'],
  content: ['core', 'dom', 'ui', 'platform'],
  background: ['core', 'storage', 'platform'],
  pages: ['core', 'ui', 'platform', 'storage', 'dom'],
};

/** Packages each layer may import (anything else is flagged). */
const PACKAGES: Record<Layer, RegExp> = {
  data: /^$/,
  core: /^(valibot|@floating-ui\/core|minisearch|approx-string-match|fflate|diff)$/,
  dom: /^(@mozilla\/readability|@floating-ui\/dom|dompurify|linkedom\/worker)$/,
  platform: /^webextension-polyfill$/,
  storage: /^(dexie|virtual:gloss\/dexie)$/,
  ui: /^preact(\/.*)?$/,
  content: /^(preact(\/.*)?|virtual:gloss\/.*)$/,
  background: /^virtual:gloss\/(matcher-index|bundled-packs|gate-vocabulary)$/,
  pages: /^preact(\/.*)?$/,
};

export function layerOf(path: string): Layer | null {
  const top = path.split('/')[0] as Layer;
  return top in ALLOWED ? top : null;
}

/**
 * The background may import dom/ only for reading a page's serialised copy (ADR 0023, 0039): an inert
 * document parsed from a string with Firefox's event page's own DOMParser, never a browser's live DOM.
 */
const BACKGROUND_DOM = new Set(['dom/page-copy']);

/** Platform may import ui/ only for the shared i18n type (ui/i18n.ts). */
function platformException(ref: ImportRef, to: Layer): boolean {
  return to === 'ui' && ref.target !== 'ui/i18n';
}

/** Returns one message per import that breaks the rule. */
export function checkImports(refs: readonly ImportRef[]): string[] {
  const problems: string[] = [];
  for (const ref of refs) {
    const from = layerOf(ref.from);
    if (!from) continue;
    if (ref.target === null) {
      if (!PACKAGES[from].test(ref.spec))
        problems.push(`${ref.from}: ${from}/ may not import package "${ref.spec}"`);
      continue;
    }
    // The bundled UI catalogs are the one thing platform/ reads from public/.
    if (from === 'platform' && ref.target.startsWith('../public/_locales/')) continue;
    const to = layerOf(ref.target);
    if (!to) {
      problems.push(`${ref.from}: imports "${ref.spec}" outside src/`);
      continue;
    }
    if (to === from) continue;
    // `?script` gives the background the *file name* of a content entry to inject (ADR 0011), not its code.
    if (from === 'background' && to === 'content' && ref.spec.endsWith('.ts?script')) continue;
    if (from === 'background' && to === 'dom' && BACKGROUND_DOM.has(ref.target.replace(/\.ts$/, '')))
      continue;
    if (!ALLOWED[from].includes(to) || (from === 'platform' && platformException(ref, to))) {
      problems.push(`${ref.from}: ${from}/ may not import ${to}/ ("${ref.spec}")`);
    }
  }
  return problems;
}
