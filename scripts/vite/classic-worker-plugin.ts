/**
 * Chrome's background as one classic script (ADR 0048, round 19). CRXJS emits a module service worker: a
 * loader that imports `assets/background.js` and its chunks. Chrome compiles a module worker's scripts
 * afresh on every wake (no code cache; ~25 ms of a woken worker's CPU before its first line ran), while a
 * classic worker's script gets V8's code cache once installed. After the build has been written, the
 * worker's module graph is bundled (Vite's own bundler, nothing of the outer config) into one classic
 * script, `service-worker.js`, in strict mode as the modules were, with every character outside ASCII
 * escaped (ADR 0024) and the fact base's JSON texts kept as string literals (ADR 0028); the manifest names
 * it without `"type": "module"`, and the loader and `assets/background.js`, which nothing else loads, are
 * removed. Chrome only: Firefox's event page keeps its modules (it may `import()`; ADR 0039).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';
import { escapeNonAscii } from './ascii-worker-plugin';
import { plainJsonStrings } from './fact-base-plugin';

/** The classic worker's file, at the package's root. */
export const CLASSIC_WORKER = 'service-worker.js';

interface Manifest {
  background?: { service_worker?: string; type?: string };
}

/** The long double-quoted string literals of `code` (the fact base's JSON texts, ADR 0024), as their values. */
export function longStrings(code: string, min = 10_000): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(new RegExp(`"(?:[^"\\\\\\n]|\\\\.){${min},}"`, 'g'))) {
    try {
      out.push(JSON.parse(m[0]) as string);
    } catch {
      // A literal with an escape JSON does not know: not one of the build's JSON texts.
    }
  }
  return out;
}

/** The bundled worker's code: one strict script, ASCII only; throws on what cannot be made so. */
export function classicWorkerCode(code: string): string {
  if (/^\s*(?:import|export)\b/m.test(code))
    throw new Error(`${CLASSIC_WORKER}: an import or export remains`);
  if (/(?<![.\w$])import\s*\(\s*["'`]|import\.meta/.test(code))
    throw new Error(`${CLASSIC_WORKER}: import() or import.meta in a classic worker`);
  if (/[\u0080-\uffff]/.test(code) && /String\.raw/.test(code))
    throw new Error(
      `${CLASSIC_WORKER}: String.raw in the worker; its non-ASCII text cannot be escaped safely`,
    );
  return `"use strict";\n${escapeNonAscii(code)}`;
}

export function classicWorkerPlugin(outDir: string): Plugin {
  return {
    name: 'gloss:classic-worker',
    apply: 'build',
    async closeBundle() {
      const manifestFile = join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
      const loader = manifest.background?.service_worker;
      if (!loader || manifest.background?.type !== 'module') return;
      const loaderCode = readFileSync(join(outDir, loader), 'utf8');
      const entries = [...loaderCode.matchAll(/import\s*["']\.\/([^"']+)["']/g)].map((m) => m[1] as string);
      // The JSON texts the build wrote as string literals (ADR 0028), to keep them so after minifying.
      const texts = entries.flatMap((e) => longStrings(readFileSync(join(outDir, e), 'utf8')));
      const result = (await build({
        configFile: false,
        logLevel: 'warn',
        root: outDir,
        build: {
          write: false,
          minify: true,
          target: 'chrome120',
          copyPublicDir: false,
          modulePreload: false,
          emptyOutDir: false,
          lib: { entry: join(outDir, loader), formats: ['iife'], name: 'glossWorker' },
        },
      })) as Rolldown.RolldownOutput[] | Rolldown.RolldownOutput;
      const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
      const chunks = outputs.filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
      if (chunks.length !== 1) throw new Error(`${CLASSIC_WORKER}: ${chunks.length} chunks, expected one`);
      // The minifier writes the JSON texts as template literals, which V8 scans slower (ADR 0028).
      const code = plainJsonStrings((chunks[0] as Rolldown.OutputChunk).code, texts);
      writeFileSync(join(outDir, CLASSIC_WORKER), classicWorkerCode(code));
      manifest.background = { service_worker: CLASSIC_WORKER };
      writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
      rmSync(join(outDir, loader));
      for (const entry of entries) rmSync(join(outDir, entry));
    },
  };
}
