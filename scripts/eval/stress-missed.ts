/**
 * `npx tsx scripts/eval/stress-missed.ts`: the ids of the stress sentences with a false `differs`
 * and of those whose error went undetected, one JSON line — to diff before and after a change.
 */
import { join } from 'node:path';
import { bundledAnnotator, EVAL_DIR } from './annotator';
import { loadStress, scoreStress } from './stress';

const { annotate } = bundledAnnotator();
const s = scoreStress(loadStress(join(EVAL_DIR, 'stress')), annotate);
console.log(JSON.stringify({ falseDiffers: s.falseDiffers, missed: s.missed }));
