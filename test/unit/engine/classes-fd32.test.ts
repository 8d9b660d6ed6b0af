/**
 * Session 28's fd32 rules (ADR 0123), with sentences written for the rules from the dossier (not
 * from the eval corpus or the stress sets), each checked to give a false `differs` without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt, claims } from './claims-of';

const noDiffers = (text: string, published: string) =>
  expect(
    claims(text, published).filter((c) => c.verdict === 'differs'),
    text,
  ).toEqual([]);

describe('an act named only inside "the agreement/decision to …" is not what the date outside dates (agreed-act.ts)', () => {
  it('the gap dates the decision, not the pilgrimage it decided on', () => {
    noDiffers(
      'The decision in Beijing to restart the Kailash Mansarovar Yatra came about seven weeks after Doval and Wang Yi held talks there on December 18.',
      '2025-02-05',
    );
  });
  it('a date inside the complement is still the act’s, and a wrong one differs', () => {
    const text = 'The agreement to resume the Kailash pilgrimage in May 2025 was reached in Beijing.';
    expect(claimAt(text, '2025-06-28', 'May 2025')?.verdict).toBe('differs');
  });
});

describe('a gap counted from a numbered instance is not counted from another number (anchor-head.ts)', () => {
  it('"after the 22nd round in New Delhi" is not the 24th round, cued by the city', () => {
    noDiffers(
      'The 23rd round of SR talks, in Beijing last December, came almost exactly five years after the 22nd round in New Delhi.',
      '2025-10-30',
    );
    noDiffers(
      'Doval and Wang Yi met in Beijing last December, five years after the 22nd round of Special Representatives talks in New Delhi.',
      '2025-10-30',
    );
  });
  it('a wrong gap from the round the number names still differs', () => {
    const text =
      'The 24th round of Special Representatives talks in New Delhi came two years after the 23rd round in Beijing.';
    expect(claimAt(text, '2025-10-30', 'two years after')?.verdict).toBe('differs');
  });
});

describe('"N weeks into the pause of X" counts from the pause, and X is part of what is counted from (anchor-head.ts)', () => {
  it('the controls named in the complement of "suspension" are no date of the gap', () => {
    const text =
      'Six weeks into Beijing’s suspension of its October 2025 export controls, Indian importers still need licences.';
    expect(claimAt(text, '2025-12-19', 'Six weeks into')?.verdict ?? null).not.toBe('differs');
    noDiffers(text, '2025-12-19');
  });
});

describe('a date set before a measure noun is not another fact’s, found in an earlier clause (measure-attribute.ts)', () => {
  it('"the April 2025 licensing regime" after a clause on the suspension', () => {
    noDiffers(
      "After Beijing's freeze of its October controls, the April 2025 licensing regime still applies.",
      '2025-11-20',
    );
  });
  it('a measure the phrase itself describes is still compared', () => {
    const text = 'The March 2025 licensing regime for rare earths remains in force.';
    expect(claimAt(text, '2025-12-12', 'March 2025')?.verdict).toBe('differs');
    const order =
      "Beijing's April 24 order made export licences mandatory for seven medium and heavy rare earths and magnets containing them.";
    expect(claimAt(order, '2025-10-31', 'April 24')?.verdict).toBe('differs');
  });
});

describe('a cue met only in a noun phrase another date names as another fact’s (cue-dated-elsewhere.ts)', () => {
  it('"on Friday" is not the October controls’, cued inside "its 4 April licensing of …"', () => {
    noDiffers(
      'China on Friday kept in place its 4 April licensing of seven rare earths and the magnets made from them.',
      '2025-11-10',
    );
    noDiffers(
      'China on Friday kept in place its April 4 curbs on seven medium and heavy rare earths, the rules under which Indian firms got licences.',
      '2025-11-10',
    );
  });
  it('a wrong attributive date still differs, and a coordinated phrase is another’s', () => {
    const text =
      'China on Friday kept in place its April 14 licensing of seven rare earths and the magnets made from them.';
    expect(claimAt(text, '2025-11-10', 'April 14')?.verdict).toBe('differs');
    const urea =
      "The halt from Wednesday, October 15, follows China's June 2024 urea export ban and a partial easing in August this year that excluded India.";
    expect(claimAt(urea, '2025-10-16', 'August this year')?.verdict).toBe('differs');
  });
});

describe('the October controls’ scheduled start, cued in a paragraph that names only their notices (base.json)', () => {
  it('a wrong start of "the new curbs" beside "No. 61" differs, the right one agrees', () => {
    const wrong =
      "Beijing's new curbs, unveiled on Thursday, are slated to kick in on November 18, and the extraterritorial clauses of No. 61 follow on December 1.";
    expect(claimAt(wrong, '2025-10-10', 'November 18')?.verdict).toBe('differs');
    const right = wrong.replace('November 18', 'November 8');
    expect(claimAt(right, '2025-10-10', 'November 8')?.verdict).toBe('consistent');
  });
});
