#!/usr/bin/env node
/**
 * Makes sure the two browsers the e2e tests drive are installed, and says where they are.
 *
 * Paths come from GLOSS_CHROMIUM / GLOSS_FIREFOX, else the Debian packages' /usr/bin/chromium and
 * /usr/bin/firefox-esr. Missing Debian browsers are installed with apt-get when running as root (CI);
 * otherwise this fails with the exact command to run. It never skips silently: browsers are never
 * downloaded from npm (see /work/shared/TOOLCHAIN.md).
 *
 * Usage: `node scripts/ensure-browsers.mjs` (prints the paths) or `import { ensureBrowsers }`.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @typedef {{ chromium: string, firefox: string }} BrowserPaths */

const BROWSERS = /** @type {const} */ ([
  { key: 'chromium', env: 'GLOSS_CHROMIUM', path: '/usr/bin/chromium', pkg: 'chromium' },
  { key: 'firefox', env: 'GLOSS_FIREFOX', path: '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
]);

export const INSTALL_COMMAND = 'sudo apt-get install -y chromium firefox-esr';

/** @param {string} file */
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @param {string} name */
function onPath(name) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && isExecutable(join(dir, name)));
}

/** @param {string} cmd @param {string[]} args */
function run(cmd, args) {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    const why = result.error ? result.error.message : `exit code ${result.status ?? result.signal}`;
    throw new Error(`\`${cmd} ${args.join(' ')}\` failed (${why}). Run \`${INSTALL_COMMAND}\` yourself.`);
  }
}

/** @param {string[]} packages */
function aptInstall(packages) {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !onPath('apt-get')) {
    const why = isRoot ? 'apt-get is not available' : 'not running as root';
    throw new Error(
      `Missing browser package(s): ${packages.join(', ')} (${why}, so not installing them).\n` +
        `Install them with:\n  ${INSTALL_COMMAND}\n` +
        'or point GLOSS_CHROMIUM / GLOSS_FIREFOX at existing binaries.',
    );
  }
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', ...packages]);
}

/**
 * The path of one browser without installing anything: GLOSS_CHROMIUM / GLOSS_FIREFOX, else the
 * Debian package's path.
 * @param {'chromium' | 'firefox'} name
 * @returns {string}
 * @throws {Error} naming `npm run browsers` when it is not an executable file.
 */
export function browserPath(name) {
  const b = BROWSERS.find((x) => x.key === name);
  if (!b) throw new Error(`unknown browser ${name}`);
  const path = process.env[b.env] || b.path;
  if (!isExecutable(path))
    throw new Error(`${name} not found at ${path}: run \`npm run browsers\` (or set ${b.env}).`);
  return path;
}

/**
 * Resolves both browser paths, installing missing Debian packages when possible.
 * @returns {BrowserPaths}
 * @throws {Error} with an actionable message when a browser is missing and cannot be installed.
 */
export function ensureBrowsers() {
  const missing = [];
  for (const b of BROWSERS) {
    const fromEnv = process.env[b.env];
    if (fromEnv && !isExecutable(fromEnv)) {
      throw new Error(`${b.env}=${fromEnv} is not an executable file. Fix or unset ${b.env}.`);
    }
    if (!fromEnv && !isExecutable(b.path)) missing.push(b);
  }
  if (missing.length > 0) {
    console.log(`Browsers missing: ${missing.map((b) => b.path).join(', ')}`);
    aptInstall(missing.map((b) => b.pkg));
    const still = missing.filter((b) => !isExecutable(b.path));
    if (still.length > 0) {
      throw new Error(`Installed, but still missing: ${still.map((b) => b.path).join(', ')}.`);
    }
  }
  ensureDevanagariFont();
  const paths = /** @type {BrowserPaths} */ ({});
  for (const b of BROWSERS) paths[b.key] = process.env[b.env] || b.path;
  return paths;
}

const DEVANAGARI_FONT = '/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf';

/**
 * The Hindi UI needs a Devanagari font to render (screenshots, the demo); without one the
 * browsers draw boxes. Installed from Debian's fonts-noto-core when root; otherwise a
 * warning, because the tests do not depend on glyphs.
 */
function ensureDevanagariFont() {
  try {
    accessSync(DEVANAGARI_FONT, constants.R_OK);
    return;
  } catch {
    // missing: install below
  }
  if (process.getuid?.() !== 0 || !onPath('apt-get')) {
    console.warn(
      `No Devanagari font (${DEVANAGARI_FONT}); Hindi text will show as boxes. Install: sudo apt-get install -y fonts-noto-core`,
    );
    return;
  }
  try {
    run('apt-get', ['install', '-y', 'fonts-noto-core']);
  } catch (error) {
    console.warn(`Could not install fonts-noto-core: ${error instanceof Error ? error.message : error}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  try {
    const paths = ensureBrowsers();
    console.log(`chromium: ${paths.chromium}\nfirefox: ${paths.firefox}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
