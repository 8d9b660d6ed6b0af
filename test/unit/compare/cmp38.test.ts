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

describe('casualties not made public (lexicon.ts PHRASES, "casualties" and "undisclosed")', () => {
  it('reads men "killed or injured" as casualties', () => {
    expect(keys('No crew were killed or injured.')).toContain('casualty');
    expect(keys('No crew were killed or hurt.')).toContain('casualty');
    expect(keys('Two crew were killed in the fire.')).not.toContain('casualty');
  });

  it('reads what a party has not made public as one key', () => {
    const undisclosed = keys('undisclosed')[0];
    expect(keys('The mill has not announced any casualties.')).toContain(undisclosed);
    expect(keys('The owners have not said whether anyone was hurt.')).toContain(undisclosed);
    expect(keys('There was no official word from the owners.')).toContain(undisclosed);
    expect(keys('The owners declined to put a number on the injured.')).toContain(undisclosed);
    expect(keys('The mill announced two casualties.')).not.toContain(undisclosed);
  });

  it('pairs two accounts of one silence on casualties that share nothing else', () => {
    const c = score(
      'The mill has so far not announced any casualties among its night shift.',
      'Its owners have not said whether any of the workers were killed or injured.',
    );
    expect(c.score).toBeGreaterThanOrEqual(WEAK);
  });
});
