/**
 * Round 37 (ADR 0091): a noun and its verb as one feature, and "carry out" as "implement", with
 * sentences of our own (a river's dam, a town's plan); each test fails with its rule removed.
 */
import { describe, expect, it } from 'vitest';
import { WEAK } from '../../../src/core/compare/thresholds';
import { keys, score } from './pair-score';

describe('a noun and the verb it names the act of (lexicon.ts NOMINALS)', () => {
  it('folds the noun onto the verb’s key', () => {
    expect(keys('De-escalation is far off.')).toContain('escalat');
    expect(keys('They have yet to de-escalate.')).toContain('escalat');
    expect(keys('The deployment of the crews.')).toContain('deploy');
    expect(keys('The crews were deployed.')).toContain('deploy');
    expect(keys('The suspension of the ferry.')).toContain('stop');
    expect(keys('The ferry was halted.')).toContain('stop');
    expect(keys('The implementation of the plan.')).toContain('implement');
    expect(keys('The plan was implemented.')).toContain('implement');
  });

  it('keeps a noun that is not a verb’s act apart ("statement" is not "state")', () => {
    expect(keys('The statement said so.')).toContain('statement');
  });

  it('pairs two accounts of one step not taken that share only the act', () => {
    const c = score(
      'Both river towns still keep their flood crews on the banks, and de-escalation is a distant goal.',
      'The two councils have yet to de-escalate, however.',
    );
    expect(c.score).toBeGreaterThanOrEqual(WEAK);
  });
});

describe('to carry out a plan is to implement it (lexicon.ts PHRASES)', () => {
  it('reads "carry out" as "implement"', () => {
    expect(keys('The council will carry out the plan.')).toContain('implement');
    expect(keys('The council carried out the plan.')).toContain('implement');
    expect(keys('The council carried the plan out of committee.')).not.toContain('implement');
  });
});
