/**
 * Round 23 (ADR 0022, "Round 23 (cmp23, session 19)"): rules read from batch h17's misses, with
 * sentences of their own (Kenya, Uganda, a ferry), each in its own describe; each fails with its
 * rule removed.
 */
import { describe, expect, it } from 'vitest';
import { captionBody, otherPicture } from '../../../src/core/compare/captions';
import { featuresOf } from '../../../src/core/compare/features';
import { asksAlone } from '../../../src/core/compare/predicates';
import { tellsRole } from '../../../src/core/compare/roles';
import { segment, textsOf } from '../../../src/core/compare/segment';
import { tokenize } from '../../../src/core/compare/tokens';

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

describe("a caption's cut-off tag goes back to it", () => {
  it('keeps "(File)" with its caption and what follows as its own sentence', () => {
    const text =
      'Officials said the route had reopened. Photo caption: The ferry at Port Bell. (File) (Agencies)';
    expect(textsOf(segment(text))).toEqual([
      'Officials said the route had reopened.',
      'Photo caption: The ferry at Port Bell. (File)',
      '(Agencies)',
    ]);
  });
});

describe("a file picture and the day's photograph are two pictures", () => {
  const fresh = 'Photo: Passengers board the ferry at Port Bell.';
  const file = 'Photo caption: Passengers at Port Bell. (File)';
  it('never pairs them, while two untagged captions of one scene may pair', () => {
    expect(otherPicture(fresh, file)).toBe(true);
    expect(otherPicture(file, 'File photo: The ferry at Kisumu.')).toBe(false);
    expect(otherPicture(fresh, 'Photo caption: Passengers boarding at Port Bell.')).toBe(false);
    const v = (text: string) => ({ text }) as Parameters<typeof asksAlone>[0];
    expect(asksAlone(v(fresh), v(file))).toBe(true);
    expect(asksAlone(v(fresh), v('Photo caption: Passengers boarding at Port Bell.'))).toBe(false);
  });
});

describe("a caption's label is no evidence", () => {
  it('leaves the label and the tag out of the features', () => {
    expect(captionBody('Photo caption: The ferry at Port Bell. (File)')).toBe('The ferry at Port Bell.');
    expect(captionBody('Officials showed a photo of the ferry.')).toBe(
      'Officials showed a photo of the ferry.',
    );
    const a = featuresOf('Photo: Travellers at a ticket office in Kampala. (File)', []);
    const b = featuresOf('Photo caption: The Kenyan High Commission in Kampala. (File)', []);
    const shared = [...a.keys.keys()].filter((k) => b.keys.has(k));
    expect(shared).toHaveLength(1);
  });
});

describe('"unclear" and "not clear", "revered by" and "sacred to" are one key each', () => {
  const keys = (text: string) => new Set(tokenize(text).map((t) => t.key));
  const shared = (x: string, y: string) => [...keys(x)].filter((k) => keys(y).has(k));
  it('folds what is not known', () => {
    expect(
      shared('How the ferry sank remains unclear.', 'It was not immediately clear what sank the ferry.'),
    ).toContain('unclear');
  });
  it('folds a place held holy', () => {
    expect(shared('Mount Elgon is revered by the Sabaot.', 'Elgon is sacred to the Sabaot.')).toContain(
      'sacr',
    );
  });
  it('folds a meeting begun and half a decade', () => {
    expect(
      shared(
        'Ruto said at the start of the talks that it was their first in half a decade.',
        '"Our first in five years," Ruto said as the talks got under way.',
      ),
    ).toEqual(expect.arrayContaining(['start', '#5']));
  });
  it('folds a capital named by its country, and who was picked', () => {
    expect(
      shared(
        'The envoys last met in the Indian capital in 2019.',
        'The previous round was held in New Delhi in 2019.',
      ),
    ).toEqual(expect.arrayContaining(['new', 'delhi']));
    expect(shared('The crew was picked by lottery.', 'Crew members were chosen by lottery.')).toContain(
      'select',
    );
  });
  it('folds a gathering with a summit', () => {
    expect(
      shared('The gathering opened in Arusha on Tuesday.', 'The summit began in Arusha on Tuesday.'),
    ).toContain('meet');
  });
});

describe('who chaired the talks is a role, not what was done', () => {
  it('reads "co-chaired" and "presided over" as a role', () => {
    expect(
      tellsRole(
        'Kenyan President William Ruto and Ugandan President Yoweri Museveni, the two heads of state, co-chaired the meeting.',
      ),
    ).toBe(true);
    expect(tellsRole('Museveni presided over the opening session in Arusha.')).toBe(true);
    expect(tellsRole('Ruto and Museveni held the 12th joint commission meeting in Arusha on Tuesday.')).toBe(
      false,
    );
  });
});
