/**
 * Round 23 (ADR 0022, "Round 23 (cmp23, session 19)"): rules read from batch h17's misses, with
 * sentences of their own (Kenya, Uganda, a ferry), each in its own describe; each fails with its
 * rule removed.
 */
import { describe, expect, it } from 'vitest';
import { segment, textsOf } from '../../../src/core/compare/segment';

describe('a dash-led credit and a caption label begin a sentence', () => {
  it('splits a credit after a stop and a caption after a byline', () => {
    const text =
      'The ferry resumed its Kisumu run on Monday. This story will be updated. -- With reporting from the Kampala bureau.\n' +
      'Staff Reporter Photo caption: The ferry at Port Bell. (File)\n' +
      'Officials said the route had been closed for two years.';
    expect(textsOf(segment(text))).toEqual([
      'The ferry resumed its Kisumu run on Monday.',
      'This story will be updated.',
      '-- With reporting from the Kampala bureau.',
      'Staff Reporter',
      'Photo caption: The ferry at Port Bell. (File)',
      'Officials said the route had been closed for two years.',
    ]);
  });

  it('leaves a dash inside a sentence and a lower-case "photo" alone', () => {
    const text =
      'The route -- closed since 2022 -- reopened on Monday. Officials showed a photo: the ferry at Port Bell.';
    expect(textsOf(segment(text))).toEqual([
      'The route -- closed since 2022 -- reopened on Monday.',
      'Officials showed a photo: the ferry at Port Bell.',
    ]);
  });
});
