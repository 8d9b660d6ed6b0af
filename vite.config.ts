/**
 * One manifest, two builds: `vite build --mode chrome` → dist/chrome, `--mode firefox` →
 * dist/firefox. The Firefox variant swaps the service worker for `background.scripts`
 * (Firefox MV3 runs an event page) and adds the gecko id and data-collection declaration.
 * See docs/adr/0003-two-browser-builds.md.
 */
import { fileURLToPath } from 'node:url';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { factBasePlugin } from './scripts/vite/fact-base-plugin';

export const GECKO_ID = 'gloss@gloss.local';
const CONTENT_SCRIPT = 'src/content/index.ts';

type Target = 'chrome' | 'firefox';

/** The manifest for one browser, derived from the single manifest.json. */
export function manifestFor(target: Target): ManifestV3Export {
  const manifest = structuredClone(baseManifest) as Record<string, unknown>;
  if (target === 'firefox') {
    const background = manifest.background as { service_worker: string };
    manifest.background = { scripts: [background.service_worker], type: 'module' };
    delete manifest.minimum_chrome_version;
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

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      factBasePlugin(fileURLToPath(new URL('./src/data/', import.meta.url))),
      preact(),
      crx({
        manifest: manifestFor(target),
        browser: target,
        // One self-contained content script: no loader, nothing in web_accessible_resources.
        contentScripts: { standaloneFiles: [CONTENT_SCRIPT] },
      }),
    ],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: target === 'firefox' ? 'firefox128' : 'chrome120',
      sourcemap: false,
      minify: true,
      modulePreload: false,
    },
    server: { host: '127.0.0.1', strictPort: true },
  };
});
