#!/usr/bin/env node
// Completes package-lock.json for `npm ci` when the registry mirror does not serve some
// platform-specific optional packages (seen for @biomejs/cli-{darwin,win32,android,*-musl}-*):
// npm then leaves them out of the lock, and `npm ci` refuses the lock as out of sync.
// For each optional dependency missing from the lock, this adds a stub entry with the
// os/cpu/libc read from its name; npm skips such packages on other platforms anyway.
// Run after any `npm install` that changes the lock: node scripts/lock-platforms.mjs
// (test/unit/repo/lockfile.test.ts fails when it is needed.)
import { readFileSync, writeFileSync } from 'node:fs';

const OS = /(android|darwin|linux|win32|freebsd|openbsd|netbsd|sunos|aix|openharmony)/;
const CPU = /(x64|arm64|arm|ia32|ppc64|s390x|riscv64|loong64|mips64el)/;

/** Entries npm ci would miss: [key, stub] pairs. */
export function missingOptional(lock) {
  const out = [];
  for (const [key, pkg] of Object.entries(lock.packages)) {
    for (const name of Object.keys(pkg.optionalDependencies ?? {})) {
      const child = `node_modules/${name}`;
      if (lock.packages[child] || out.some(([k]) => k === child)) continue;
      const os = OS.exec(name)?.[1];
      const cpu = CPU.exec(name.replace(os ?? '', ''))?.[1];
      if (!os || !cpu) throw new Error(`${key}: cannot tell the platform of missing optional ${name}`);
      const stub = {
        version: pkg.optionalDependencies[name].replace(/^[^\d]*/, ''),
        cpu: [cpu],
        os: [os],
        optional: true,
      };
      if (pkg.dev) stub.dev = true;
      if (/musl/.test(name)) stub.libc = ['musl'];
      out.push([child, stub]);
    }
  }
  return out;
}

/**
 * The order npm writes lock entries in: locale-aware English collation (npm's arborist sorts with
 * `localeCompare(…, 'en')`), so `string_decoder` comes before `string-width`. Sorting by code unit
 * instead made a fresh `npm install` reorder those entries (issue #11).
 */
export function npmOrder(a, b) {
  return a.localeCompare(b, 'en');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? 'package-lock.json';
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  const missing = missingOptional(lock);
  for (const [key, stub] of missing) lock.packages[key] = stub;
  lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => npmOrder(a, b)));
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(missing.length ? `added ${missing.map(([k]) => k).join(', ')}` : 'lock complete');
}
