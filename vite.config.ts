/**
 * One manifest, two builds: `vite build --mode chrome` → dist/chrome, `--mode firefox` →
 * dist/firefox. The Firefox variant swaps the service worker for `background.scripts`
 * (Firefox MV3 runs an event page) and adds the gecko id and data-collection declaration.
 * See docs/adr/0003-two-browser-builds.md. `--mode bench` → dist/bench-chrome: the Chrome
 * build with User Timing marks and measures (`__GLOSS_BENCH__`, ADR 0011), for the benches.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { asciiWorkerPlugin } from './scripts/vite/ascii-worker-plugin';
import { classicWorkerPlugin } from './scripts/vite/classic-worker-plugin';
import { factBasePlugin } from './scripts/vite/fact-base-plugin';
import { lazyDexiePlugin } from './scripts/vite/lazy-dexie-plugin';

export const GECKO_ID = 'gloss@gloss.local';
/**
 * The probe, injected by the worker into pages that pass its first gate (ADR 0021), with the
 * annotate feature it starts where the fact base has something to say (ADR 0026). Not named
 * index.ts: CRXJS finds the worker's chunk by that name, and a second index.ts took its place.
 */
const PROBE_SCRIPT = 'src/content/probe.ts';
/** The card UI, injected on a page's first dwell or card request (ADR 0021). */
const CARDS_SCRIPT = 'src/content/cards.ts';
/** Injected by the worker when the reader saves a clip (docs/adr/0014-save-flow.md). */
const CLIP_SCRIPT = 'src/content/clip.ts';
/** Injected where the reader chose to see saved passages again and has some (docs/adr/0019-revisit.md). */
const REVISIT_SCRIPT = 'src/content/revisit.ts';
/** Chrome's reader document: the offscreen page that reads pages' copies for the worker (ADR 0039). */
const READER_PAGE = 'src/pages/reader/index.html';

type Target = 'chrome' | 'firefox';

/** Where each build mode writes. */
export const OUT_DIRS: Readonly<Record<string, string>> = {
  chrome: 'dist/chrome',
  firefox: 'dist/firefox',
  bench: 'dist/bench-chrome',
};

/** The manifest for one browser, derived from the single manifest.json. */
export function manifestFor(target: Target): ManifestV3Export {
  const manifest = structuredClone(baseManifest) as Record<string, unknown>;
  if (target === 'firefox') {
    const background = manifest.background as { service_worker: string };
    manifest.background = { scripts: [background.service_worker], type: 'module' };
    delete manifest.minimum_chrome_version;
    // Firefox's event page reads pages' copies itself (ADR 0039): no offscreen document.
    manifest.permissions = (manifest.permissions as string[]).filter((p) => p !== 'offscreen');
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return manifest as unknown as ManifestV3Export;
}

/**
 * CRXJS lists a `?script` file in `web_accessible_resources`, which would let any page load it
 * and so detect Gloss. `scripting.executeScript` does not need it (TOOLCHAIN.md): the entry is
 * removed from the written manifest, so nothing is exposed to pages.
 */
function exposeNothing(outDir: string): Plugin {
  return {
    name: 'gloss:expose-nothing',
    apply: 'build',
    closeBundle() {
      const file = join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { web_accessible_resources?: unknown };
      if (manifest.web_accessible_resources === undefined) return;
      delete manifest.web_accessible_resources;
      writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}

/**
 * CRXJS emits the background entry as a chunk by its absolute path, and the bundler puts that path into
 * the chunk's hash: built in another directory, the same code got another file name, so AMO reviewers
 * could not rebuild the Firefox zip byte for byte (docs/adr/0018). The background gets a fixed name; every
 * other chunk keeps Vite's default.
 */
function outputFileName(chunk: { facadeModuleId: string | null }): string {
  return chunk.facadeModuleId?.replaceAll('\\', '/').endsWith('/src/background/index.ts')
    ? 'assets/background.js'
    : 'assets/[name]-[hash].js';
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const bench = mode === 'bench';
  const outDir = OUT_DIRS[mode] ?? `dist/${target}`;
  return {
    define: {
      __GLOSS_BENCH__: JSON.stringify(bench),
      __GLOSS_BACKGROUND_DOM__: JSON.stringify(target === 'firefox'),
    },
    plugins: [
      factBasePlugin(fileURLToPath(new URL('./src/data/', import.meta.url))),
      lazyDexiePlugin(fileURLToPath(new URL('./', import.meta.url))),
      preact(),
      crx({
        manifest: manifestFor(target),
        browser: target,
        // Self-contained scripts: no loader, nothing in web_accessible_resources.
        contentScripts: {
          standaloneFiles: [PROBE_SCRIPT, CARDS_SCRIPT, CLIP_SCRIPT, REVISIT_SCRIPT],
        },
      }),
      exposeNothing(fileURLToPath(new URL(`./${outDir}/`, import.meta.url))),
      asciiWorkerPlugin((fileName) => fileName === 'assets/background.js'),
      // Chrome's worker as one classic script, which Chrome keeps compiled between wakes (ADR 0048, round 19).
      ...(target === 'chrome'
        ? [classicWorkerPlugin(fileURLToPath(new URL(`./${outDir}/`, import.meta.url)))]
        : []),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      target: target === 'firefox' ? 'firefox128' : 'chrome120',
      sourcemap: false,
      minify: true,
      modulePreload: false,
      rollupOptions: {
        // Extension pages the manifest does not name (the library, opened from the popup and options;
        // compare, opened from the library and the popup).
        // Chrome's also has its reader document (ADR 0039).
        input: {
          library: 'src/pages/library/index.html',
          compare: 'src/pages/compare/index.html',
          ...(target === 'chrome' ? { reader: READER_PAGE } : {}),
        },
        // CRXJS emits the worker and the HTML pages as chunks, which take chunkFileNames.
        output: {
          entryFileNames: outputFileName,
          chunkFileNames: outputFileName,
          // The worker places records with core/page-map.ts, which the reader document's page-copy code
          // also imports: in its own chunk, or the bundler puts it in page-copy's, and the worker's
          // script then imports Readability's chunk (ADR 0039; test/e2e/build.test.ts checks).
          codeSplitting: { groups: [{ name: 'page-map', test: /[\\/]src[\\/]core[\\/]page-map\.ts$/ }] },
        },
      },
    },
    // The compare page's engine worker: an ES module worker (Chrome, Firefox ≥ 114).
    worker: { format: 'es' as const },
    server: { host: '127.0.0.1', strictPort: true },
  };
});
