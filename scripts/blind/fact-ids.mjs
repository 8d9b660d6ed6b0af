// Prints the fact ids a blind writer may use (id, kind, title, date or value; no cues or aliases): node scripts/blind/fact-ids.mjs > fact-ids.md
import { readFileSync } from 'node:fs';

const base = JSON.parse(readFileSync(new URL('../../src/data/base.json', import.meta.url), 'utf8'));
const out = ['# Fact ids of the fact base (id — kind — title — date/value)', ''];
for (const f of base.facts) {
  let extra = '';
  if (f.date)
    extra += ` — date ${f.date.start}${f.date.end ? ` to ${f.date.end}` : ''} (${f.date.precision ?? ''})`;
  if (f.value !== undefined) extra += ` — value ${JSON.stringify(f.value)}${f.unit ? ` ${f.unit}` : ''}`;
  out.push(`- \`${f.id}\` — ${f.kind} — ${f.title}${extra}`);
}
console.log(out.join('\n'));
