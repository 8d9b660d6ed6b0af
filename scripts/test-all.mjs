#!/usr/bin/env node
/**
 * `npm test`: everything CI checks, in CI's order, as named steps. Keeps going after a failure where the
 * later steps still mean something; writes test-results/summary.json; prints a table and, last, exactly
 * `N passed, N failed`. Exits 1 if anything failed.
 *
 * Vitest steps count their tests (from the JSON reporter); every other step counts as one check.
 * `--only=unit,dom` runs just those steps (names: see STEPS below).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowsers } from './ensure-browsers.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'test-results');
const BIN = join(ROOT, 'node_modules', '.bin');
const MINUTE = 60_000;

/** @typedef {{ passed: number, failed: number, note?: string }} Outcome */
/** @typedef {{ name: string, status: 'passed'|'failed', passed: number, failed: number, durationMs: number, note: string }} StepResult */

/**
 * Runs a command from the repo root, streaming its output (stdout captured too if `capture`).
 * Resolves with the exit code (null if killed) and captured stdout; never rejects.
 * @param {string} cmd @param {string[]} args
 * @param {{ timeoutMs?: number, capture?: boolean, env?: Record<string, string> }} [options]
 * @returns {Promise<{ code: number | null, stdout: string, timedOut: boolean }>}
 */
function run(cmd, args, { timeoutMs = 10 * MINUTE, capture = false, env = {} } = {}) {
  console.log(`$ ${[cmd, ...args].join(' ')}`);
  return new Promise((done) => {
    const child = spawn(cmd, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'],
      detached: true, // its own process group, so a timeout can kill the whole tree
    });
    let stdout = '';
    let timedOut = false;
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      console.error(`Timed out after ${timeoutMs / MINUTE} min; killing it.`);
      try {
        process.kill(-(child.pid ?? 0), 'SIGKILL');
      } catch {}
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      console.error(error.message);
      done({ code: null, stdout, timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, timedOut });
    });
  });
}

/** @param {{ code: number | null, timedOut: boolean }} r @returns {Outcome} */
const oneCheck = (r) =>
  r.code === 0
    ? { passed: 1, failed: 0 }
    : { passed: 0, failed: 1, note: r.timedOut ? 'timed out' : `exit ${r.code}` };

/** A Vitest project, counted from its JSON report. @param {string} project @param {number} timeoutMs */
function vitestStep(project, timeoutMs, env = {}) {
  return async () => {
    const report = join(RESULTS, `${project}.json`);
    rmSync(report, { force: true });
    const r = await run(
      join(BIN, 'vitest'),
      ['run', '--configLoader', 'runner', '--config', 'test/vitest.config.ts', '--project', project].concat(
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${report}`,
      ),
      { timeoutMs, env },
    );
    let json;
    try {
      json = JSON.parse(readFileSync(report, 'utf8'));
    } catch {
      return {
        passed: 0,
        failed: 1,
        note: `no JSON report (${r.timedOut ? 'timed out' : `exit ${r.code}`})`,
      };
    }
    const passed = json.numPassedTests ?? 0;
    const failed = json.numFailedTests ?? 0;
    const suites = json.numFailedTestSuites ?? 0;
    // A run can fail without a failing test: a file that does not load, an unhandled error, no tests.
    if (r.code !== 0 && failed === 0)
      return { passed, failed: 1, note: `exit ${r.code}, ${suites} failed files` };
    if (passed + failed === 0) return { passed: 0, failed: 1, note: 'no tests ran' };
    return { passed, failed, note: suites ? `${suites} failed files` : '' };
  };
}

/** `web-ext lint` on the Firefox build: passes only with 0 errors. @returns {Promise<Outcome>} */
async function webExtLint() {
  const r = await run(join(BIN, 'web-ext'), ['lint', '--source-dir', 'dist/firefox', '--output', 'json'], {
    capture: true,
    timeoutMs: 5 * MINUTE,
  });
  let report;
  try {
    report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{'), r.stdout.lastIndexOf('}') + 1));
  } catch {
    console.log(r.stdout);
    return { passed: 0, failed: 1, note: `unreadable output (exit ${r.code})` };
  }
  if (!report.summary) return { passed: 0, failed: 1, note: `no summary in output (exit ${r.code})` };
  const { errors = 0, warnings = 0, notices = 0 } = report.summary;
  console.log(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
  for (const [kind, list] of [
    ['error', report.errors],
    ['warning', report.warnings],
  ]) {
    for (const m of list ?? [])
      console.log(`  ${kind} ${m.code}: ${m.message} (${m.file ?? '-'}${m.line ? `:${m.line}` : ''})`);
  }
  return errors === 0
    ? { passed: 1, failed: 0, note: `${warnings} warnings` }
    : { passed: 0, failed: 1, note: `${errors} errors` };
}

const built = () =>
  existsSync(join(ROOT, 'dist/chrome/manifest.json')) && existsSync(join(ROOT, 'dist/firefox/manifest.json'));

/** Browser paths found by the `browsers` step, handed to e2e. @type {Record<string, string>} */
const browserEnv = {};

/**
 * The steps, in order. `needs` names earlier steps that must have passed (when they ran) for this one
 * to mean anything; otherwise it is not run and counts as one failure.
 * @type {{ name: string, needs?: string[], run: () => Promise<Outcome> }[]}
 */
const STEPS = [
  { name: 'typecheck', run: async () => oneCheck(await run('npm', ['run', '--silent', 'typecheck'])) },
  { name: 'lint', run: async () => oneCheck(await run('npm', ['run', '--silent', 'lint'])) },
  { name: 'unit', run: vitestStep('unit', 30 * MINUTE) },
  { name: 'dom', run: vitestStep('dom', 10 * MINUTE) },
  {
    name: 'build',
    run: async () => {
      rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
      let outcome = oneCheck(await run('npm', ['run', '--silent', 'build']));
      // The bench build (User Timing, dist/bench-chrome) is what e2e counts Gloss's idle tasks with.
      if (outcome.failed === 0) outcome = oneCheck(await run('npm', ['run', '--silent', 'build:bench']));
      if (outcome.failed === 0 && !built())
        return { passed: 0, failed: 1, note: 'no dist/chrome or dist/firefox' };
      return outcome;
    },
  },
  { name: 'web-ext-lint', needs: ['build'], run: webExtLint },
  {
    name: 'browsers',
    run: async () => {
      const paths = ensureBrowsers();
      Object.assign(browserEnv, { GLOSS_CHROMIUM: paths.chromium, GLOSS_FIREFOX: paths.firefox });
      console.log(`chromium: ${paths.chromium}\nfirefox: ${paths.firefox}`);
      return { passed: 1, failed: 0 };
    },
  },
  {
    name: 'e2e',
    needs: ['build', 'browsers'],
    run: async () => {
      if (!built()) return { passed: 0, failed: 1, note: 'no build in dist/: run the build step' };
      rmSync(join(RESULTS, 'e2e'), { recursive: true, force: true });
      return vitestStep('e2e', 30 * MINUTE, browserEnv)();
    },
  },
];

function parseOnly() {
  const arg = process.argv.slice(2).find((a) => a.startsWith('--only='));
  if (!arg) return null;
  const names = arg.slice('--only='.length).split(',').filter(Boolean);
  const unknown = names.filter((n) => !STEPS.some((s) => s.name === n));
  if (unknown.length > 0 || names.length === 0) {
    console.error(`Unknown step(s) in ${arg}. Steps: ${STEPS.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
  return new Set(names);
}

/** @param {StepResult[]} results */
function report(results, startedAt) {
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  mkdirSync(RESULTS, { recursive: true });
  const summary = {
    startedAt,
    durationMs: Date.now() - Date.parse(startedAt),
    passed,
    failed,
    steps: results,
  };
  writeFileSync(join(RESULTS, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  console.log('\nstep           status   passed  failed  seconds  note');
  for (const r of results) {
    const cells = [
      r.name.padEnd(14),
      r.status.padEnd(7),
      String(r.passed).padStart(6),
      String(r.failed).padStart(7),
    ];
    console.log(`${cells.join('  ')}  ${(r.durationMs / 1000).toFixed(1).padStart(7)}  ${r.note}`);
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed;
}

async function main() {
  const only = parseOnly();
  const startedAt = new Date().toISOString();
  mkdirSync(RESULTS, { recursive: true });
  rmSync(join(RESULTS, 'summary.json'), { force: true });
  /** @type {StepResult[]} */
  const results = [];
  for (const step of STEPS) {
    if (only && !only.has(step.name)) continue;
    console.log(`\n=== ${step.name} ===`);
    const start = Date.now();
    const blocker = (step.needs ?? []).find((n) =>
      results.some((r) => r.name === n && r.status === 'failed'),
    );
    /** @type {Outcome} */
    let outcome;
    if (blocker) {
      console.log(`Not run: ${blocker} failed.`);
      outcome = { passed: 0, failed: 1, note: `not run: ${blocker} failed` };
    } else {
      try {
        outcome = await step.run();
      } catch (error) {
        console.error(error instanceof Error ? error.message : error);
        outcome = { passed: 0, failed: 1, note: 'threw (see log)' };
      }
    }
    const status = outcome.failed === 0 ? 'passed' : 'failed';
    results.push({
      name: step.name,
      status,
      ...outcome,
      note: outcome.note ?? '',
      durationMs: Date.now() - start,
    });
  }
  process.exitCode = report(results, startedAt) > 0 ? 1 : 0;
}

await main();
