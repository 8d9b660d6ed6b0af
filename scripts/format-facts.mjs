#!/usr/bin/env node
// Rewrites every fact file in src/data/ (the bundled base) and docs/examples/ (example user
// packs) in canonical form: facts sorted by id, JSON.stringify with two-space indent, one
// trailing newline. Tests fail on any other form.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

for (const folder of ['../src/data/', '../docs/examples/']) {
  const dir = new URL(folder, import.meta.url).pathname;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const path = join(dir, name);
    const pack = JSON.parse(readFileSync(path, 'utf8'));
    pack.facts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    writeFileSync(path, `${JSON.stringify(pack, null, 2)}\n`);
    console.log(`formatted ${folder.slice(3)}${name}`);
  }
}
