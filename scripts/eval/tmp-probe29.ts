import { annotate } from './dev-probe';
const [pub, ...t] = process.argv.slice(2);
for (const r of annotate(t.join(' '), pub!) as any[]) if (r.kind === 'claim') console.log(JSON.stringify(r).slice(0, 400));
