import { describe, expect, it } from 'vitest';
import { chosenList, linkDiffers, optionLetter, optionStates, positionsRight, responseOf } from './answer.ts';
import type { RecordedAnswer } from './types.ts';

const answer = (over: Partial<RecordedAnswer>): RecordedAnswer => ({
  result: 'wrong',
  credit: 0,
  correct: false,
  chosen: 1,
  correctOptions: [0],
  explanation: 'Zo zit het.',
  optionFeedback: [null, 'Bijna.', null],
  answeredAt: '2027-02-01T08:00:00.000Z',
  ...over,
});

describe('optionStates', () => {
  it('marks the right option, the pick, and only the feedback on what was picked', () => {
    expect(optionStates(3, answer({}))).toEqual([
      { right: true, picked: false, note: null },
      { right: false, picked: true, note: 'Bijna.' },
      { right: false, picked: false, note: null },
    ]);
  });

  it('handles multiple response, half right', () => {
    const states = optionStates(
      4,
      answer({ chosen: [0, 2], correctOptions: [0, 3], optionFeedback: ['Ja.', null, 'Nee.', null] }),
    );
    expect(states.map((s) => [s.right, s.picked, s.note])).toEqual([
      [true, true, 'Ja.'],
      [false, false, null],
      [false, true, 'Nee.'],
      [true, false, null],
    ]);
  });
});

describe('responseOf', () => {
  const none = { single: null, multiple: [], order: [2, 0, 1] };
  it('sends one option for single choice and true/false, nothing when none is chosen', () => {
    expect(responseOf('single', { ...none, single: 2 })).toBe(2);
    expect(responseOf('truefalse', { ...none, single: 0 })).toBe(0);
    expect(responseOf('single', none)).toBeNull();
  });

  it('sends multiple response sorted, and requires at least one', () => {
    expect(responseOf('multiple', { ...none, multiple: [3, 0] })).toEqual([0, 3]);
    expect(responseOf('multiple', none)).toBeNull();
  });

  it('sends an ordering as it stands (every item has a place from the start)', () => {
    expect(responseOf('ordering', none)).toEqual([2, 0, 1]);
  });
});

describe('linkDiffers', () => {
  it('is true only for a one-click link that stood for another option than the recorded one', () => {
    expect(linkDiffers(answer({ chosen: 1 }), 2)).toBe(true);
    expect(linkDiffers(answer({ chosen: 1 }), 1)).toBe(false);
    expect(linkDiffers(answer({ chosen: 1 }), null)).toBe(false);
  });
});

describe('small helpers', () => {
  it('counts items in the right place of an ordering', () => {
    expect(positionsRight([0, 2, 1, 3], [0, 1, 2, 3])).toBe(2);
  });
  it('lists one choice as a list', () => {
    expect(chosenList(2)).toEqual([2]);
    expect(chosenList([1, 3])).toEqual([1, 3]);
  });
  it('letters options as the mail does', () => {
    expect([0, 1, 2].map(optionLetter)).toEqual(['A', 'B', 'C']);
  });
});
