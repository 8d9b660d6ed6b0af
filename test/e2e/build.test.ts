/**
 * What the release build must and must not contain (issue #8, ADR 0011). It reads `dist/`,
 * so it lives with the e2e tests, which run after the build step (scripts/test-all.mjs).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST_ROOT } from '../support/e2e';

/** What runs first on a page the worker's gate lets through (the probe, ADR 0021): at most this many bytes gzipped. */
const PROBE_MAX_GZIP = 30 * 1024;
/** The probe, the one file the worker injects before anything else. */
const PROBE = 'src/content/probe.js';
/** User Timing a page's own scripts could read (they would reveal Gloss and when a card opens). */
// User Timing calls, or the names Gloss's bench build measures under (clip URNs such as
// "urn:gloss:clip:" in the library page are not timing names).
const TIMING =
  /performance\.(mark|measure)\b|["'`]gloss:(?:annotate|probe|analyze|parse|serialize|place|match|highlight|card)\b/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe.each(['chrome', 'firefox'])('the %s release build', (target) => {
  const dir = join(DIST_ROOT, target);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js: string[]; css?: string[] }[];
    web_accessible_resources?: unknown;
    content_security_policy?: { extension_pages?: string };
    background?: { service_worker?: string; scripts?: string[]; type?: string };
  };
  // The background's own code: Chrome's one classic worker script (ADR 0048 round 19), Firefox's event
  // page module (its loader imports it).
  const workerScript =
    target === 'chrome' ? (manifest.background?.service_worker ?? '') : 'assets/background.js';

  it('declares no script on any page: the worker injects the probe where its gate lets it', () => {
    expect(manifest.content_scripts).toBeUndefined();
    // The worker's bundle names the probe it injects (and the other content files).
    const worker = files(dir)
      .filter((f) => f.endsWith('.js') && !f.includes('/src/content/'))
      .map((f) => readFileSync(f, 'utf8'))
      .filter((code) => code.includes(PROBE));
    expect(worker.length).toBeGreaterThan(0);
  });

  it("keeps the worker's start cheap: an ASCII script with the bundled facts as JSON text (ADR 0024)", () => {
    const code = readFileSync(join(dir, workerScript), 'utf8');
    // One character outside ASCII and V8 keeps the whole script two bytes per character.
    const wide = [...code].findIndex((c) => c.charCodeAt(0) > 0x7f);
    expect(wide < 0 ? null : code.slice(wide, wide + 40)).toBeNull();
    // A fact as JSON text inside a string (parsed on first need), not as an object literal to evaluate.
    expect(code).toMatch(/\\?"id\\?":\\?"place\.lac\\?"/);
    expect(code).not.toMatch(/\bid:["'`]place\.lac["'`]/);
    // In string literals, not template literals, which V8 scans markedly slower (ADR 0028).
    expect(code).not.toMatch(/`\[\{"id":"gloss-base"|`\{"version":/);
    expect(code).toMatch(/"\[\{\\"id\\":\\"gloss-base/);
  });

  it("has Chrome's worker as one classic script, Firefox's as modules (ADR 0048 round 19)", () => {
    const code = readFileSync(join(dir, workerScript), 'utf8');
    if (target === 'firefox') {
      expect(manifest.background?.type).toBe('module');
      return;
    }
    // A classic worker (no "type": "module"), whose script Chrome keeps compiled between wakes.
    expect(manifest.background).toEqual({ service_worker: 'service-worker.js' });
    expect(code.startsWith('"use strict";')).toBe(true);
    expect(code).not.toMatch(/^\s*(?:import|export)\b/m);
    expect(code).not.toMatch(/import\.meta|(?<![.\w$])import\s*\(\s*["'`]/);
    // Nothing of the module worker left: its loader and entry chunk are gone.
    expect(existsSync(join(dir, 'service-worker-loader.js'))).toBe(false);
    expect(existsSync(join(dir, 'assets/background.js'))).toBe(false);
    // Dexie is in it, still evaluated only on first use (ADR 0031); the automaton packed (one base64 text).
    expect(code).toContain('Two different versions of Dexie loaded');
    expect(code).toMatch(
      /\\"automaton\\":\{\\"lengths\\":\[\d+(?:,\d+){6}\],\\"base64\\":\\"[A-Za-z0-9+/]{1000}/,
    );
  });

  it(`runs at most ${PROBE_MAX_GZIP / 1024} KB gzip of script first on a page (the probe)`, () => {
    const bytes = gzipSync(readFileSync(join(dir, PROBE)), { level: 9 }).length;
    expect(bytes).toBeGreaterThan(500); // the probe itself, not an empty stub
    expect(bytes).toBeLessThanOrEqual(PROBE_MAX_GZIP);
  });

  it('has the probe with the annotate feature, no schemas in what it injects, and exposes nothing to pages', () => {
    const probe = readFileSync(join(dir, PROBE), 'utf8');
    expect(probe.length).toBeGreaterThan(10_000);
    // The annotate feature is in the probe's file (ADR 0026): its highlight names and the page's parse.
    expect(probe).toContain('gloss-claim-');
    expect(probe).toContain('page/parse');
    // The message schemas stay in the worker and Gloss's pages: valibot's issue text is not in any injected file.
    for (const file of files(join(dir, 'src/content')))
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/Invalid \$\{|strict_object/);
    expect(existsSync(join(dir, 'src/content/annotate.js'))).toBe(false);
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it("reads pages in the background, not in the files it injects; no HTML parser in Chrome's worker (ADR 0023, 0039)", () => {
    // Readability's method names survive minification; linkedom's `parseFromString` does too.
    const readability = /_grabArticle|_getArticleMetadata/;
    const linkedom = /linkedomParser|htmlparser2|CSSStyleDeclaration/;
    for (const file of [PROBE]) {
      const code = readFileSync(join(dir, file), 'utf8');
      expect(code, file).not.toMatch(readability);
      expect(code, file).not.toMatch(linkedom);
    }
    // A file's code and every chunk it imports statically, transitively (what its first evaluation loads
    // and compiles); with `dynamic`, the chunks it may `import()` later too.
    const loaded = (entry: string, dynamic = false): Map<string, string> => {
      const seen = new Map<string, string>();
      const pattern = dynamic
        ? /(?:from|import)\s*\(?\s*["'`]\.\/([^"'`]+\.js)["'`]/g
        : /(?:from|import)\s*["']\.\/([^"']+\.js)["']/g;
      const visit = (file: string) => {
        if (seen.has(file)) return;
        const code = readFileSync(file, 'utf8');
        seen.set(file, code);
        for (const m of code.matchAll(pattern)) visit(join(file, '..', m[1] as string));
      };
      visit(entry);
      return seen;
    };
    const worker = loaded(join(dir, workerScript));
    // Chrome's worker is one classic script (ADR 0048 round 19); Firefox's event page imports its chunks.
    if (target === 'chrome') expect(worker.size).toBe(1);
    else expect(worker.size).toBeGreaterThan(3);
    const workerCode = [...worker.values()];
    // linkedom is in neither browser's background any more: Firefox's event page has a DOMParser,
    // Chrome's worker asks its offscreen reader document.
    expect(workerCode.some((code) => linkedom.test(code))).toBe(false);
    // Readability is not loaded when a background starts (Firefox's imports it on its first read).
    expect(workerCode.some((code) => readability.test(code))).toBe(false);
    const later = [...loaded(join(dir, workerScript), true).values()];
    if (target === 'firefox') {
      expect(later.some((code) => readability.test(code))).toBe(true);
      expect(later.some((code) => linkedom.test(code))).toBe(false);
      expect(existsSync(join(dir, 'src/pages/reader/index.html'))).toBe(false);
      return;
    }
    expect(later.some((code) => readability.test(code))).toBe(false);
    expect(workerCode.join('')).toContain('src/pages/reader/index.html');
    // The reader document loads Readability (its script and the chunks that script imports).
    const html = readFileSync(join(dir, 'src/pages/reader/index.html'), 'utf8');
    const script = html.match(/<script[^>]*src="([^"]+)"/)?.[1];
    expect(script).toBeTruthy();
    const reader = loaded(
      script?.startsWith('/') ? join(dir, script) : join(dir, 'src/pages/reader', script as string),
    );
    expect([...reader.values()].some((code) => readability.test(code))).toBe(true);
    expect([...reader.values()].some((code) => code.includes('page/read'))).toBe(true);
  });

  it('has a CSP on every extension page: no connections, no remote scripts, images, fonts or styles', () => {
    const policy = manifest.content_security_policy?.extension_pages ?? '';
    const directives = new Map(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name, values]),
    );
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    for (const name of ['img-src', 'font-src', 'style-src', 'media-src', 'frame-src', 'worker-src']) {
      const values = directives.get(name) ?? directives.get('default-src') ?? [];
      for (const v of values) expect(v, `${name} allows ${v}`).toMatch(/^('self'|'none'|data:|blob:)$/);
    }
    // No page of the build loads anything from elsewhere, whatever the policy.
    const remote = files(dir)
      .filter((f) => f.endsWith('.html'))
      .filter((f) => /\s(src|href)="(https?:)?\/\//.test(readFileSync(f, 'utf8')))
      .map((f) => relative(dir, f));
    expect(remote).toEqual([]);
  });

  it('injects no Gloss stylesheet into every page (the worker inserts it where marks are shown)', () => {
    expect((manifest.content_scripts ?? []).flatMap((c) => c.css ?? [])).toEqual([]);
  });

  it('makes no performance.mark or measure, and names no gloss: timing', () => {
    const offenders = files(dir)
      .filter((f) => /\.(js|html)$/.test(f))
      .filter((f) => TIMING.test(readFileSync(f, 'utf8')))
      .map((f) => relative(dir, f));
    expect(offenders).toEqual([]);
  });
});
