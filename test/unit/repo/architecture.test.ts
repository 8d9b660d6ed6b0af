/**
 * The dependency rule, checked mechanically (docs/adr/0000-layout.md, STYLE.md):
 *   data → nothing; core → data; dom, platform, storage → core;
 *   ui → core and platform's i18n; content → core, dom, ui, platform;
 *   background → core, storage, platform; pages → core, ui, platform, storage, dom.
 * Contexts (content, background, pages) never import each other. The core imports no
 * DOM, browser API, Dexie or Preact: packages are checked here, globals by the core's own
 * tsconfig (no DOM lib) and by the scan for browser/DOM globals below.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkImports, type ImportRef, layerOf } from '../../support/import-rules';

const SRC = resolve(import.meta.dirname, '../../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

/** An import, and whether it brings types only (`import type`: nothing is bundled). */
type Ref = ImportRef & { readonly typeOnly: boolean };

function importsOf(file: string): Ref[] {
  const text = readFileSync(file, 'utf8');
  const out: Ref[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = (m[1] ?? m[2] ?? m[3]) as string;
    const target = spec.startsWith('.')
      ? relative(SRC, resolve(dirname(file), spec))
          .split(sep)
          .join('/')
      : null;
    out.push({
      from: relative(SRC, file).split(sep).join('/'),
      spec,
      target,
      typeOnly: /^\s*(import|export)\s+type\s/.test(m[0]),
    });
  }
  return out;
}

/** A module's path relative to src/ without its extension; a folder is its index file. */
const bare = (path: string) => {
  const plain = path.replace(/\.tsx?$/, '');
  const isFile = ['.ts', '.tsx'].some((ext) => existsSync(join(SRC, `${plain}${ext}`)));
  return isFile || !existsSync(join(SRC, plain)) ? plain : `${plain}/index`;
};

describe('architecture', () => {
  const all = files(SRC);
  const refs = all.flatMap(importsOf);

  it('finds the source files and their imports', () => {
    expect(all.length).toBeGreaterThan(20);
    expect(refs.length).toBeGreaterThan(40);
    expect(layerOf('content/index.ts')).toBe('content');
  });

  it('the page never runs Readability to annotate: the worker reads a copy of the page (ADR 0023)', () => {
    const byFile = new Map<string, ImportRef[]>();
    for (const r of refs) byFile.set(bare(r.from), [...(byFile.get(bare(r.from)) ?? []), r]);
    const reached = (entry: string) => {
      const seen = new Set<string>();
      const packages = new Set<string>();
      const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        for (const r of byFile.get(file) ?? []) {
          // A `?script` import is a file name to inject, not code (the worker's side).
          if (r.target === null) packages.add(r.spec);
          else if (!r.spec.endsWith('?script')) visit(bare(r.target));
        }
      };
      visit(entry);
      return { files: seen, packages };
    };
    // The probe carries the annotate feature (ADR 0026).
    for (const entry of ['content/probe']) {
      const { files, packages } = reached(entry);
      expect(files.size, entry).toBeGreaterThan(10);
      expect(files, entry).toContain('content/features/annotate/session');
      expect(
        [...files].filter((f) => /readability|page-copy|lazy-dom/.test(f)),
        entry,
      ).toEqual([]);
      expect(
        [...packages].filter((p) => /readability|linkedom/.test(p)),
        entry,
      ).toEqual([]);
    }
    // The background does (Firefox's event page, loaded on its first read; Chrome's worker asks its reader
    // document, pages/reader, which the build test checks in the built files: ADR 0039).
    expect(reached('background/index').files).toContain('dom/readability');
    expect(reached('pages/reader/main').files).toContain('dom/readability');
    // Chrome's worker is one classic ASCII script: the build refuses String.raw there, whose non-ASCII
    // text cannot be escaped safely (scripts/vite/classic-worker-plugin.ts). Caught here, before a build.
    const rawInWorker = [...reached('background/index').files].filter((f) => {
      const path = ['.ts', '.tsx'].map((ext) => join(SRC, `${f}${ext}`)).find((x) => existsSync(x));
      return path !== undefined && /String\.raw\s*`/.test(readFileSync(path, 'utf8'));
    });
    expect(rawInWorker, 'String.raw in a module the worker bundles').toEqual([]);
  });

  it('content scripts carry no message schemas: the worker and pages check what pages send (ADR 0026)', () => {
    const offenders = refs.filter(
      (r) =>
        r.from.startsWith('content/') &&
        r.target !== null &&
        /(^|\/)(platform\/messaging|core\/message-schemas)(\.ts)?$/.test(r.target),
    );
    expect(offenders.map((r) => `${r.from} -> ${r.spec}`)).toEqual([]);
    // Nor do they reach valibot by another path (core/messages.ts evaluates the schemas).
    const byFile = new Map<string, Ref[]>();
    for (const r of refs) if (!r.typeOnly) byFile.set(bare(r.from), [...(byFile.get(bare(r.from)) ?? []), r]);
    // What an entry's bundle evaluates: its imports but those of types only.
    const bundled = (entry: string) => {
      const files = new Set<string>();
      const packages = new Set<string>();
      const visit = (file: string) => {
        if (files.has(file)) return;
        files.add(file);
        for (const r of byFile.get(file) ?? []) {
          if (r.target === null) packages.add(r.spec);
          else visit(bare(r.target));
        }
      };
      visit(entry);
      return { files, packages };
    };
    expect(bundled('background/index').packages).toContain('valibot'); // the check can fail
    for (const entry of ['content/probe', 'content/cards', 'content/clip', 'content/revisit']) {
      const { files, packages } = bundled(entry);
      expect(files.size, entry).toBeGreaterThan(3);
      expect(
        [...packages].filter((p) => p.startsWith('valibot')),
        entry,
      ).toEqual([]);
      expect(
        [...files].filter((f) => /core\/message(s|-schemas)$/.test(f)),
        entry,
      ).toEqual([]);
    }
  });

  it('every import follows the dependency rule', () => {
    expect(checkImports(refs)).toEqual([]);
  });

  it('content scripts never read the settings: the worker answers for their host (ADR 0017)', () => {
    const offenders = refs.filter(
      (r) =>
        r.from.startsWith('content/') &&
        r.target !== null &&
        /(^|\/)platform\/settings(\.ts)?$/.test(r.target),
    );
    expect(offenders.map((r) => `${r.from} -> ${r.spec}`)).toEqual([]);
    expect(refs.some((r) => r.from.startsWith('content/'))).toBe(true);
  });

  it('src/core uses no DOM or browser globals', () => {
    const offenders = all
      .filter((f) => relative(SRC, f).startsWith(`core${sep}`))
      .flatMap((f) => {
        const code = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
        const hits = code.match(
          /\b(document|window|navigator|localStorage|indexedDB|chrome|browser)\s*[.[]/g,
        );
        return hits ? [`${relative(SRC, f)}: ${hits.join(', ')}`] : [];
      });
    expect(offenders).toEqual([]);
  });
});

describe('the import checker itself', () => {
  const ref = (from: string, spec: string, target: string | null = null): ImportRef => ({
    from,
    spec,
    target,
  });

  it('flags core importing the DOM layer, Preact, Dexie or the polyfill', () => {
    expect(checkImports([ref('core/a.ts', '../dom/x', 'dom/x')])).toHaveLength(1);
    expect(checkImports([ref('core/a.ts', 'preact')])).toHaveLength(1);
    expect(checkImports([ref('core/a.ts', 'dexie')])).toHaveLength(1);
    expect(checkImports([ref('core/a.ts', 'webextension-polyfill')])).toHaveLength(1);
  });

  it('flags one context importing another', () => {
    expect(checkImports([ref('content/a.ts', '../background/x', 'background/x')])).toHaveLength(1);
    expect(checkImports([ref('pages/popup/a.ts', '../../content/x', 'content/x')])).toHaveLength(1);
    expect(checkImports([ref('background/a.ts', '../pages/x', 'pages/x')])).toHaveLength(1);
  });

  it('allows what the rule allows', () => {
    expect(
      checkImports([
        ref('content/a.ts', '../core/x', 'core/x'),
        ref('pages/popup/a.tsx', '../../ui/x', 'ui/x'),
        ref('ui/a.tsx', '../core/x', 'core/x'),
        ref('core/facts/a.ts', '../../data/x.json', 'data/x.json'),
        ref('dom/a.ts', '@floating-ui/dom'),
      ]),
    ).toEqual([]);
  });
});
