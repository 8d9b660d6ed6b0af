/**
 * The manifest and the two browser variants derived from it (vite.config.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GECKO_ID, manifestFor } from '../../../vite.config';

const ROOT = new URL('../../../', import.meta.url).pathname;
const source = JSON.parse(readFileSync(`${ROOT}manifest.json`, 'utf8'));
interface Variant {
  background?: unknown;
  minimum_chrome_version?: string;
  permissions?: string[];
  browser_specific_settings?: { gecko: { id: string; data_collection_permissions: unknown } };
}
const variant = (target: 'chrome' | 'firefox') => manifestFor(target) as unknown as Variant;
const readme = readFileSync(`${ROOT}README.md`, 'utf8');

describe('manifest', () => {
  it('is MV3 with no script declared on any page and nothing exposed to pages', () => {
    expect(source.manifest_version).toBe(3);
    expect(source.web_accessible_resources).toBeUndefined();
    // The worker decides which pages get the probe (ADR 0021): nothing runs on a page by itself.
    expect(source.content_scripts).toBeUndefined();
    // Injection and the worker's view of tabs' titles and URLs need the http(s) host permission.
    expect(source.host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(source.permissions).toContain('scripting');
    expect(source.permissions).not.toContain('tabs');
  });

  it('Chrome variant keeps the service worker', () => {
    const m = variant('chrome');
    expect(m.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
    expect(m.browser_specific_settings).toBeUndefined();
    // Its worker reads pages through an offscreen reader document (ADR 0039).
    expect(m.permissions).toContain('offscreen');
  });

  it('Firefox variant has background.scripts, the gecko id and no data collection', () => {
    const m = variant('firefox');
    expect(m.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
    expect(m.browser_specific_settings?.gecko.id).toBe(GECKO_ID);
    expect(m.browser_specific_settings?.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(m.minimum_chrome_version).toBeUndefined();
    // Its event page reads pages with its own DOMParser (ADR 0039): no offscreen documents.
    expect(m.permissions).not.toContain('offscreen');
    expect(m.permissions).toEqual(source.permissions.filter((p: string) => p !== 'offscreen'));
  });

  it('every permission and host match is justified in the README', () => {
    const asked = [...(source.permissions ?? []), ...(source.host_permissions ?? [])];
    for (const p of asked) expect(readme, `README must justify ${p}`).toContain(`\`${p}\``);
  });
});
