/** Pure helpers for showing a practice question and its recorded answer. */
import type { AnswerResponse, QuestionType, RecordedAnswer } from './types.ts';

/** The chosen display positions as a list (one option is a list of one). */
export const chosenList = (chosen: AnswerResponse): number[] => (Array.isArray(chosen) ? chosen : [chosen]);

export interface OptionState {
  right: boolean;
  picked: boolean;
  /** The expert's feedback on an option the person picked. */
  note: string | null;
}

/** Per option (display order): is it right, did the person pick it, and what the expert says about that choice. */
export function optionStates(optionCount: number, answer: RecordedAnswer): OptionState[] {
  const picked = chosenList(answer.chosen);
  return Array.from({ length: optionCount }, (_, index) => {
    const isPicked = picked.includes(index);
    return {
      right: answer.correctOptions.includes(index),
      picked: isPicked,
      note: isPicked ? (answer.optionFeedback[index] ?? null) : null,
    };
  });
}

/** How many items of an ordering stand in the right place. */
export function positionsRight(given: readonly number[], right: readonly number[]): number {
  return given.reduce((n, item, index) => (right[index] === item ? n + 1 : n), 0);
}

/**
 * What the form sends for the person's choices, or null when nothing is chosen yet.
 * Multiple response is sent sorted; an ordering is sent as it stands.
 */
export function responseOf(
  type: QuestionType,
  choice: { single: number | null; multiple: readonly number[]; order: readonly number[] },
): AnswerResponse | null {
  if (type === 'ordering') return [...choice.order];
  if (type === 'multiple')
    return choice.multiple.length > 0 ? [...choice.multiple].sort((a, b) => a - b) : null;
  return choice.single;
}

/** A link that stood for another option than the one recorded before (the first answer counts). */
export const linkDiffers = (answer: RecordedAnswer, linkOption: number | null): boolean =>
  linkOption !== null && !chosenList(answer.chosen).includes(linkOption);

/** Option letters as in the mail: A, B, C, … */
export const optionLetter = (index: number): string => String.fromCharCode(65 + index);
