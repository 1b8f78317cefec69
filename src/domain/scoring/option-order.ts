/**
 * Options are shown in a shuffled order. A display order is a permutation:
 * `displayOrder[displayPosition] = storedIndex`. Responses arrive in display
 * positions and are mapped back to stored indices before `evaluateAnswer`.
 */
import type { QuestionType } from '../questions/model.ts';
import { mulberry32, shuffle } from '../random.ts';
import type { AnswerResponse, ResponseError, Result } from './evaluate.ts';

/**
 * The display permutation for one question in one attempt, deterministic for `seed`
 * (derive it from attempt and question, e.g. `seedFromString(attemptId + questionId)`).
 * True/false keeps its stored order ("Waar" before "Niet waar"). An ordering question is
 * never shown in its stored order, because that is the answer.
 */
export function shuffleOptions(questionType: QuestionType, optionCount: number, seed: number): number[] {
  const identity = Array.from({ length: Math.max(0, optionCount) }, (_, i) => i);
  if (questionType === 'truefalse' || identity.length < 2) return identity;
  const order = shuffle(identity, mulberry32(seed));
  if (questionType === 'ordering' && order.every((stored, position) => stored === position)) {
    // Rotating by one is still deterministic and moves every option.
    order.push(order.shift()!);
  }
  return order;
}

/** The stored index shown at a display position, or undefined if there is no such position. */
export function toStoredIndex(displayOrder: readonly number[], displayPosition: number): number | undefined {
  return Number.isInteger(displayPosition) ? displayOrder[displayPosition] : undefined;
}

/** Where a stored option is shown, e.g. to highlight the right answers in feedback. */
export function toDisplayIndex(displayOrder: readonly number[], storedIndex: number): number | undefined {
  const position = displayOrder.indexOf(storedIndex);
  return position === -1 ? undefined : position;
}

/**
 * Maps a response given in display positions to stored indices, keeping its shape
 * (a number stays a number, a list stays a list in the same order). Positions that do
 * not exist give `option_out_of_range`; other checks are left to `evaluateAnswer`.
 */
export function toStoredResponse(
  displayOrder: readonly number[],
  response: AnswerResponse,
): Result<AnswerResponse, ResponseError> {
  if (!Array.isArray(response)) {
    if (typeof response !== 'number') return wrongShape();
    const stored = toStoredIndex(displayOrder, response);
    return stored === undefined ? outOfRange(response, displayOrder.length) : { ok: true, value: stored };
  }
  const mapped: number[] = [];
  for (const position of response as readonly unknown[]) {
    if (typeof position !== 'number') return wrongShape();
    const stored = toStoredIndex(displayOrder, position);
    if (stored === undefined) return outOfRange(position, displayOrder.length);
    mapped.push(stored);
  }
  return { ok: true, value: mapped };
}

function outOfRange(position: number, optionCount: number): { ok: false; error: ResponseError } {
  return {
    ok: false,
    error: {
      code: 'option_out_of_range',
      message: `Display position ${position} does not exist; valid positions are 0 to ${optionCount - 1}.`,
      params: { option: position, optionCount },
    },
  };
}

function wrongShape(): { ok: false; error: ResponseError } {
  return {
    ok: false,
    error: {
      code: 'response_wrong_shape',
      message: 'An answer must be an option position or a list of option positions.',
      params: { expected: 'an option position or a list of option positions' },
    },
  };
}
