// Validates blind-written data before it is scored: node check.mjs eval <dir> | stress <file> | compare <dir>.
// Reads fact-ids.md beside it (made by fact-ids.mjs) for the ids a writer may use, else the bundled fact base.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

// In the writer's folder: fact-ids.md; in the repo: the bundled fact base itself.
const listed = new URL('./fact-ids.md', import.meta.url);
const ids = existsSync(listed)
  ? new Set([...readFileSync(listed, 'utf8').matchAll(/`([a-z]+\.[^`]+)`/g)].map((m) => m[1]))
  : new Set(
      JSON.parse(readFileSync(new URL('../../src/data/base.json', import.meta.url), 'utf8')).facts.map(
        (f) => f.id,
      ),
    );
const [mode, target] = process.argv.slice(2);
let errors = 0;
const err = (where, msg) => {
  errors++;
  console.log(`ERROR ${where}: ${msg}`);
};
const count = (hay, needle) => hay.split(needle).length - 1;
const checkFact = (where, f) => {
  if (!ids.has(f)) err(where, `unknown fact id ${f}`);
};
/** The files of a batch: in `dir`, or in its `articles/` (the fixtures' layout); none is an error. */
const filesIn = (dir, ext) => {
  const sub = join(dir, 'articles');
  const from = existsSync(sub) && !readdirSync(dir).some((f) => f.endsWith(ext)) ? sub : dir;
  const files = readdirSync(from).filter((f) => f.endsWith(ext));
  if (!files.length) err(dir, `no ${ext} files here (nor in ${sub})`);
  return files.map((f) => join(from, f));
};
if (mode === 'eval') {
  for (const path of filesIn(target, '.json')) {
    const file = basename(path);
    let a;
    try {
      a = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      err(file, `not JSON: ${e.message}`);
      continue;
    }
    if (`${a.id}.json` !== file) err(file, 'id must equal file name');
    if (!['indian-daily', 'wire', 'us-business', 'chinese-state', 'trap'].includes(a.style))
      err(file, `bad style ${a.style}`);
    if (a.published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(a.published))
      err(file, 'published must be YYYY-MM-DD or null');
    if (!Array.isArray(a.paragraphs) || !a.paragraphs.length) {
      err(file, 'paragraphs missing');
      continue;
    }
    const text = a.paragraphs.join('\n\n');
    const items = [
      ...(a.gold ?? []).map((g) => ['gold', g]),
      ...(a.acceptable ?? []).map((g) => ['acceptable', g]),
      ...(a.altered ?? []).map((g) => ['altered', g]),
    ];
    for (const [kind, g] of items) {
      const where = `${file} ${kind} "${g.quote}"`;
      const n = count(text, g.quote);
      if (!g.quote || n === 0) err(where, 'quote is not in the text');
      else if ((g.nth ?? 1) > n) err(where, `nth ${g.nth} but only ${n} occurrences`);
      for (const f of [g.fact, ...(g.facts ?? []), ...(g.alsoFacts ?? [])].filter(Boolean))
        checkFact(where, f);
      if (!g.fact && !g.facts) err(where, 'needs fact or facts');
      if (g.verdict && !['consistent', 'differs', 'outdated', 'context'].includes(g.verdict))
        err(where, `bad verdict ${g.verdict}`);
      if (kind === 'altered' && (!g.replace || g.replace === g.quote))
        err(where, 'altered needs a different replace');
      if (kind === 'altered' && !['date', 'relative-date', 'duration', 'figure'].includes(g.class))
        err(where, `bad altered class ${g.class}`);
    }
    if (a.style === 'trap' && (a.gold ?? []).length) err(file, 'trap must have gold: []');
    console.log(
      `${file}: ${a.paragraphs.length} paragraphs, ${(a.gold ?? []).length} gold, ${(a.altered ?? []).length} altered`,
    );
  }
} else if (mode === 'stress') {
  const items = JSON.parse(readFileSync(target, 'utf8'));
  const seen = new Set();
  for (const it of items) {
    const where = it.id;
    if (seen.has(it.id)) err(where, 'duplicate id');
    seen.add(it.id);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(it.published ?? '')) err(where, 'published');
    for (const f of it.facts ?? []) checkFact(where, f);
    if (it.wrong) {
      if (!it.text.includes(it.wrong.quote)) err(where, `wrong.quote "${it.wrong.quote}" not in text`);
      checkFact(where, it.wrong.fact);
    }
  }
  console.log(
    `${items.length} items, ${items.filter((i) => !i.wrong).length} correct, ${items.filter((i) => i.wrong).length} with one error`,
  );
} else if (mode === 'compare') {
  for (const path of filesIn(target, '.txt')) {
    const file = basename(path);
    const src = readFileSync(path, 'utf8');
    const head = Object.fromEntries(
      [...src.split('== A')[0].matchAll(/^([a-z-]+): (.*)$/gm)].map((m) => [m[1], m[2].trim()]),
    );
    for (const k of ['name', 'published-a', 'published-b', 'conflicts'])
      if (!head[k]) err(file, `header ${k} missing`);
    if (head.conflicts && head.conflicts !== 'none')
      for (const f of head.conflicts.split(/\s+/)) checkFact(file, f);
    const m = src.match(/== A\n([\s\S]*?)\n== B\n([\s\S]*?)\n== gold\n([\s\S]*)$/);
    if (!m) {
      err(file, 'sections == A / == B / == gold missing or out of order');
      continue;
    }
    const sent = (s, p) =>
      s
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => {
          const mm = l.match(/^([ab]\d+) (.+)$/);
          if (!mm || mm[1][0] !== p) err(file, `bad sentence line: ${l.slice(0, 60)}`);
          return mm?.[1];
        })
        .filter(Boolean);
    const A = sent(m[1], 'a'),
      B = sent(m[2], 'b');
    const used = new Map();
    for (const l of m[3].split('\n').filter((l) => l.trim())) {
      const [x, y] = l.trim().split(/\s+/);
      for (const id of [x, y])
        if (id !== '-') {
          if (!A.includes(id) && !B.includes(id)) err(file, `gold names unknown ${id}`);
          used.set(id, (used.get(id) ?? 0) + 1);
        }
      if (x === '-' && y === '-') err(file, 'gold line - -');
      if (x !== '-' && !x.startsWith('a')) err(file, `gold line ${l}: left must be a-id or -`);
      if (y !== '-' && !y.startsWith('b')) err(file, `gold line ${l}: right must be b-id or -`);
    }
    for (const id of [...A, ...B])
      if (used.get(id) !== 1)
        err(file, `${id} appears ${used.get(id) ?? 0} times in gold (must be exactly once)`);
    console.log(`${file}: A ${A.length}, B ${B.length} sentences`);
  }
} else {
  console.log('usage: node check.mjs eval <dir> | stress <file> | compare <dir>');
  process.exit(2);
}
console.log(errors ? `${errors} errors` : 'OK');
process.exit(errors ? 1 : 0);
