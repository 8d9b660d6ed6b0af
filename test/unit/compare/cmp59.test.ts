/**
 * Round 59 (ADR 0173): an actor that is no state named as such. A practice as the subject
 * ("patrolling and grazing … revert to …"), a step told with no doer ("the pact would lead to the
 * pullback"), and a pronoun or a title for subject ("He did not name …", "The ministry declined to
 * identify …") read as the state of the titled person or ministry named just before. Sentences of
 * our own (a ridge, two brigades, ferry licences).
 */
import { describe, expect, it } from 'vitest';
import { actorActs, sameActorAct } from '../../../src/core/compare/actor-act';
import type { Vector } from '../../../src/core/compare/features';
import { tokenize } from '../../../src/core/compare/tokens';

const vec = (text: string): Vector => {
  const w = new Map(tokenize(text).map((t) => [t.key, 1]));
  return { w, norm: Math.sqrt(w.size), text };
};
const sigs = (text: string, ...before: string[]) => [...actorActs(text, before).signatures].sort();
const pairs = (a: readonly string[], b: readonly string[]) => sameActorAct({ a: a.map(vec), b: b.map(vec) });

describe('a practice going back to how it was', () => {
  it('is one act whatever the verb', () => {
    expect(sigs('Patrolling and grazing near the two passes would revert to the 2019 practice.')).toEqual([
      'practice:revert',
    ]);
    expect(
      sigs('Grazing and patrolling along the ridge are to go back to how things stood in 2019.'),
    ).toEqual(['practice:revert']);
  });

  it('a state or a person returning is not it', () => {
    expect(sigs('India will return to the talks in the spring.')).toEqual([]);
    expect(sigs('The envoy went back to the capital after patrolling and grazing were discussed.')).toEqual(
      [],
    );
  });

  it('pairs the one sentence a side that tells it, though the two share no other word', () => {
    expect(
      pairs(
        [
          'The ridge stayed quiet all week.',
          'Patrolling and grazing near the two passes would revert to the 2019 practice.',
        ],
        [
          'Grazing and patrolling along the ridge are to go back to how things stood in 2019.',
          'Snow closed the road.',
        ],
      ),
    ).toEqual([{ a: 1, b: 0 }]);
  });
});

describe('a pullback to come, with no doer', () => {
  it('is one act whoever leads to it', () => {
    expect(sigs('The accord is paving the way for both brigades to disengage.')).toEqual([
      '-:lead-to-pullback',
    ]);
    expect(sigs('Officials said the pact would lead to troops pulling back from the ridge.')).toEqual([
      '-:lead-to-pullback',
    ]);
    expect(sigs('The talks are bringing about disengagement on the ridge.')).toEqual(['-:lead-to-pullback']);
    expect(sigs('The pact would lead the two brigades to pull back.')).toEqual(['-:lead-to-pullback']);
  });

  it('leading a pullback is not leading to one', () => {
    expect(sigs('General Rao led the pullback from the ridge.')).toEqual([]);
  });

  it('pairs the one sentence a side, and not when one side tells it twice', () => {
    const a = [
      'The accord is paving the way for both brigades to disengage, the envoy said.',
      'Snow closed the road.',
    ];
    const b = ['The ridge stayed quiet.', 'Diplomats said the pact would lead to troops pulling back.'];
    expect(pairs(a, b)).toEqual([{ a: 0, b: 1 }]);
    expect(pairs([...a, 'Both armies hope the talks result in disengagement.'], b)).toEqual([]);
  });
});

describe('a pronoun or a title for subject', () => {
  const spokesman = 'Chinese commerce ministry spokesman Li Wen confirmed the ferry licences on Friday.';

  it('takes the state of the titled person named just before', () => {
    expect(sigs('He did not name the shipping firms that received them.', spokesman)).toEqual([
      'china:withhold',
    ]);
    expect(
      sigs(
        'She declined to identify the buyers.',
        'Indian External Affairs Ministry spokesperson Meera Rao spoke first.',
      ),
    ).toEqual(['india:withhold']);
  });

  it('the ministry takes the state of the ministry named in the sentences before', () => {
    expect(
      sigs(
        'The ministry, however, declined to identify the shipping firms.',
        'The news came from the external affairs ministry.',
        'Three ferry lines were named by people briefed on the matter.',
        'Ms Rao gave no date.',
      ),
    ).toEqual(['india:withhold']);
  });

  it('no one named, a person without a title, or two states before: nobody', () => {
    expect(sigs('He did not name the shipping firms.')).toEqual([]);
    expect(sigs('He did not name the shipping firms.', 'Li Wen confirmed the ferry licences.')).toEqual([]);
    expect(
      sigs(
        'He did not name the shipping firms.',
        'Chinese commerce ministry spokesman Li Wen met External Affairs Ministry spokesperson Meera Rao.',
      ),
    ).toEqual([]);
  });

  it('pairs the pronoun with the state named outright on the other side', () => {
    expect(
      pairs(
        [spokesman, 'He did not name the shipping firms that received them.'],
        ['Beijing declined to identify the shipping firms or their routes.', 'Ferries will sail from June.'],
      ),
    ).toEqual([{ a: 1, b: 0 }]);
  });
});
