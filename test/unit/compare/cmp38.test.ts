/**
 * Round 38 (ADR 0097): the positions held before a date as one feature, however a writer puts
 * them, with sentences of our own (a harbour's moorings); each test fails with its rule removed.
 */
import { describe, expect, it } from 'vitest';
import { WEAK } from '../../../src/core/compare/thresholds';
import { keys, score } from './pair-score';

describe('the positions held before a date (lexicon.ts PHRASES, "statusquo")', () => {
  it('reads the status quo and the positions held before as one key', () => {
    expect(keys('The council wants a return to the status quo ante.')).toContain('statusquo');
    expect(keys('The boats must go back to the positions they held before March.')).toContain('statusquo');
    expect(keys('The boats must go back to where they stood before March.')).toContain('statusquo');
    expect(keys('The boats held their positions in the storm.')).not.toContain('statusquo');
  });

  it('pairs two accounts of one demand that share only the positions and the month', () => {
    const c = score(
      'The harbour board has been demanding a return to the status quo as it stood before March.',
      'Since then the council has insisted that the fishing fleet go back to the positions it held before March.',
    );
    expect(c.score).toBeGreaterThanOrEqual(WEAK);
  });
});
