#!/usr/bin/env node
/**
 * `npm run package [-- --no-build]`: store-ready zips and the source archive for AMO review, in
 * release/ (gitignored; docs/adr/0018):
 * - gloss-chrome-<version>.zip and gloss-firefox-<version>.zip: fresh production builds
 *   (`npm run build`), files sorted and stamped with one fixed time, so the same build gives the
 *   same bytes;
 * - gloss-source-<version>.zip: `git archive` of HEAD (what is committed; it refuses a dirty
 *   tree), with REVIEWERS.md at its root saying how to rebuild the Firefox zip;
 * - SHA256SUMS.
 * The Firefox zip is then linted as AMO will (`web-ext lint`): no error, and no warning but the
 * third-party ones listed in THIRD_PARTY_WARNINGS.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync, zipSync } from 'fflate';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const RELEASE_DIR = join(ROOT, 'release');
/** 1980-01-01, the earliest time a zip can hold: every entry gets it, so zips are reproducible. */
const ZIP_TIME = new Date(1980, 0, 1);

/**
 * The `web-ext lint` warnings that are not Gloss's code: where bundled libraries assign to
 * `innerHTML`. Each is recognised by its rule and by code that only that library has next to the
 * flagged column (minified names change between builds; these do not). None can be switched off
 * by build configuration without rewriting the library.
 */
export const THIRD_PARTY_WARNINGS = [
  {
    id: 'readability-page-cache',
    library: '@mozilla/readability',
    why: 'restores its copy of the page (a detached clone) before another extraction attempt',
    near: /innerHTML=\w+,this\._attempts\.push/,
  },
  {
    id: 'readability-noscript',
    library: '@mozilla/readability',
    why: "moves a <noscript> image's markup into a <div> of the clone it parses",
    near: /_isSingleImage\(\w+\)\)\{var \w+=\w+\.createElement\(`div`\);\w+\.innerHTML=\w+\.innerHTML/,
  },
  {
    id: 'dompurify-init-document',
    library: 'dompurify',
    why: "DOMPurify's own fallback when DOMParser fails: markup parsed into an inert document to be sanitised",
    near: /createDocument\(\w+,`template`,null\);try\{\w+\.documentElement\.innerHTML=/,
  },
  {
    id: 'preact-dangerously-set-inner-html',
    library: 'preact',
    why: "Preact's support for dangerouslySetInnerHTML, which Gloss never uses (Biome's noDangerouslySetInnerHtml is an error)",
    near: /\.__html==\w+\.innerHTML\)\|\|\(\w+\.innerHTML=\w+\.__html\)/,
  },
  {
    id: 'linkedom-fragment',
    library: 'linkedom',
    why: "linkedom's own in-memory DOM (the compare worker's HTML parser, no browser document) building a fragment from markup",
    near: /createDocumentFragment\(\),\w+=\w+\.createElement\(``\);\w+\.innerHTML=\w+;let\{firstChild/,
  },
  {
    id: 'linkedom-outer-html',
    library: 'linkedom',
    why: "linkedom's own in-memory DOM implementing the outerHTML setter on its elements",
    near: /set outerHTML\(\w+\)\{let \w+=this\.ownerDocument\.createElement\(``\);\w+\.innerHTML=\w+,this\.replaceWith/,
  },
];

/** Every file under `dir`, as paths relative to it with `/`, sorted. */
export function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The files of `dir` as a zip (sorted entries, one fixed time, deflate level 9). */
export function zipDir(dir) {
  const entries = {};
  for (const file of listFiles(dir)) entries[file] = [readFileSync(join(dir, file)), { mtime: ZIP_TIME }];
  return zipSync(entries, { level: 9, mtime: ZIP_TIME });
}

/** Writes the entries of `zip` under `dir`. */
export function unzipTo(zip, dir) {
  for (const [name, data] of Object.entries(unzipSync(zip))) {
    if (name.endsWith('/')) continue;
    const file = join(dir, name);
    if (!file.startsWith(dir)) throw new Error(`zip entry escapes: ${name}`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, data);
  }
}

/**
 * `web-ext lint` on an unpacked Firefox build, as AMO lints an upload. Returns the errors, and the
 * warnings and notices split into the known third-party ones and the rest.
 * @param {string} dir
 */
export function lintFirefox(dir) {
  const bin = join(ROOT, 'node_modules/.bin/web-ext');
  const r = spawnSync(bin, ['lint', '--source-dir', dir, '--self-hosted', '--output', 'json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const start = r.stdout.indexOf('{');
  if (start < 0)
    throw new Error(`web-ext lint printed no report (exit ${r.status}): ${r.stderr.slice(0, 500)}`);
  const report = JSON.parse(r.stdout.slice(start));
  const thirdParty = [];
  const own = [];
  for (const w of [...report.warnings, ...report.notices]) {
    const known = w.file && w.line ? knownWarning(join(dir, w.file), w) : null;
    if (known) thirdParty.push({ ...known, file: w.file });
    else own.push(`${w.code} ${w.file ?? ''}:${w.line ?? ''}:${w.column ?? ''} ${w.message}`);
  }
  return {
    errors: report.errors.map((e) => `${e.code} ${e.file ?? ''}:${e.line ?? ''} ${e.message}`),
    thirdParty,
    own,
  };
}

function knownWarning(file, warning) {
  if (warning.code !== 'UNSAFE_VAR_ASSIGNMENT') return null;
  const line = readFileSync(file, 'utf8').split('\n')[warning.line - 1] ?? '';
  const at = (warning.column ?? 1) - 1;
  const around = line.slice(Math.max(0, at - 200), at + 200);
  return THIRD_PARTY_WARNINGS.find((k) => k.near.test(around)) ?? null;
}

const REVIEWERS = (version, commit) => `# Gloss ${version}: building the Firefox add-on from this source

This archive is \`git archive\` of commit ${commit}. The add-on is built by Vite (with @crxjs/vite-plugin
and Preact's preset) from \`src/\`, \`public/\` and \`manifest.json\`; nothing is downloaded at build time,
and the add-on makes no network request at run time.

Requirements: Node.js 20.19 or later and npm (checked with Node 20.20 and npm ci from the lock file).

\`\`\`sh
npm ci                       # the exact dependency versions in package-lock.json
npm run build:firefox        # writes dist/firefox/
\`\`\`

\`dist/firefox/\` then holds the files of gloss-firefox-${version}.zip byte for byte, in any directory;
\`npm run package\` zips them with sorted entries and one fixed time, so the zip itself comes out the
same too (its SHA-256 is in SHA256SUMS next to it).

Third-party code bundled into the add-on, unmodified, from npm (versions in package-lock.json):
@mozilla/readability, dompurify, preact, @floating-ui/core and @floating-ui/dom, valibot, dexie,
minisearch, approx-string-match, fflate, webextension-polyfill. \`web-ext lint\` flags these
\`innerHTML\` assignments, all inside those libraries (Gloss's own code sets no \`innerHTML\`; its
linter forbids \`dangerouslySetInnerHTML\`):

${THIRD_PARTY_WARNINGS.map((k) => `- ${k.library}: ${k.why}.`).join('\n')}

Each appears once per bundle that includes the library (the injected content scripts are
self-contained), so the same few sites are reported more than once. Decisions and their reasons are
in \`docs/adr/\`; \`docs/adr/0018-release-and-corpus.md\` covers packaging.
`;

function sh(cmd, args) {
  return execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8' }).trim();
}

/** `git archive` of HEAD plus REVIEWERS.md; refuses when tracked files have uncommitted changes. */
export function sourceArchive(version) {
  const dirty = sh('git', ['status', '--porcelain', '--untracked-files=no']);
  if (dirty) throw new Error(`uncommitted changes; commit them first (the archive is HEAD):\n${dirty}`);
  return gitArchive(version);
}

/** `git archive` of HEAD (committed files only) under `gloss-<version>/`, with REVIEWERS.md added. */
export function gitArchive(version) {
  const commit = sh('git', ['rev-parse', 'HEAD']);
  const tmp = mkdtempSync(join(tmpdir(), 'gloss-source-'));
  try {
    const readme = join(tmp, 'REVIEWERS.md');
    writeFileSync(readme, REVIEWERS(version, commit));
    const out = join(tmp, 'source.zip');
    execFileSync(
      'git',
      ['archive', '--format=zip', `--prefix=gloss-${version}/`, `--add-file=${readme}`, '-o', out, 'HEAD'],
      { cwd: ROOT },
    );
    return readFileSync(out);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;

async function main() {
  const noBuild = process.argv.includes('--no-build');
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const source = sourceArchive(version); // first: a dirty tree stops before anything is built
  if (!noBuild) {
    console.log('Building the extension (npm run build)…');
    const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`npm run build failed (exit ${r.status})`);
  }
  rmSync(RELEASE_DIR, { recursive: true, force: true });
  mkdirSync(RELEASE_DIR);
  const written = {
    [`gloss-chrome-${version}.zip`]: zipDir(join(ROOT, 'dist/chrome')),
    [`gloss-firefox-${version}.zip`]: zipDir(join(ROOT, 'dist/firefox')),
    [`gloss-source-${version}.zip`]: source,
  };
  for (const [name, data] of Object.entries(written)) writeFileSync(join(RELEASE_DIR, name), data);
  const sums = Object.entries(written)
    .map(([name, data]) => `${createHash('sha256').update(data).digest('hex')}  ${name}`)
    .join('\n');
  writeFileSync(join(RELEASE_DIR, 'SHA256SUMS'), `${sums}\n`);

  const unpacked = mkdtempSync(join(tmpdir(), 'gloss-firefox-zip-'));
  let lint;
  try {
    unzipTo(written[`gloss-firefox-${version}.zip`], unpacked);
    lint = lintFirefox(unpacked);
  } finally {
    rmSync(unpacked, { recursive: true, force: true });
  }
  for (const [name, data] of Object.entries(written)) console.log(`release/${name}  ${kb(data.length)}`);
  const counts = new Map();
  for (const w of lint.thirdParty) counts.set(w.id, (counts.get(w.id) ?? 0) + 1);
  console.log(
    `web-ext lint (Firefox zip): ${lint.errors.length} errors, ${lint.own.length} warnings from Gloss's code, ` +
      `${lint.thirdParty.length} from bundled libraries (${[...counts].map(([id, n]) => `${id} ×${n}`).join(', ')})`,
  );
  for (const line of [...lint.errors, ...lint.own]) console.log(`  ${line}`);
  if (lint.errors.length || lint.own.length) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
