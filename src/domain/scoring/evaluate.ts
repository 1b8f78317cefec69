/**
 * Evaluates one answer against a question. Works on *stored* option indices: the
 * caller maps what the participant clicked (display positions) back with
 * `toStoredResponse` from option-order.ts first.
 */
import type { QuestionOption, QuestionType } from '../questions/model.ts';

/** Credit for one answer: wrong, half right (multiple only) or right. */
export type Credit = 0 | 0.5 | 1;

/** What the question needs to be scored; a full `QuestionContent` fits. */
export interface ScorableQuestion {
  type: QuestionType;
  options: ReadonlyArray<Pick<QuestionOption, 'correct'>>;
}

/**
 * single / truefalse: the chosen option index.
 * multiple: the selected option indices (a set; order does not matter; may be empty).
 * ordering: the option indices in the order the participant placed them.
 */
export type AnswerResponse = number | readonly number[];

export type AnswerEvaluation =
  | { type: 'single' | 'truefalse'; credit: Credit; correct: boolean }
  | {
      type: 'multiple';
      credit: Credit;
      correct: boolean;
      /** Correct options that were not selected. */
      missed: number;
      /** Incorrect options that were selected. */
      wronglySelected: number;
    }
  | {
      type: 'ordering';
      credit: Credit;
      correct: boolean;
      /** Options in their right place, for feedback ("4 of 5 in the right place"). */
      positionsRight: number;
      positions: number;
    };

export type ResponseErrorCode =
  | 'response_wrong_shape'
  | 'option_out_of_range'
  | 'duplicate_option'
  | 'incomplete_order'
  | 'invalid_question';

export interface ResponseError {
  code: ResponseErrorCode;
  message: string;
  params: Record<string, string | number>;
}

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/**
 * Scores a response. `correct` is the dichotomous outcome the psychometrics use
 * (credit === 1). Invalid responses — and questions that cannot be scored — give an
 * error result; this never throws.
 */
export function evaluateAnswer(
  question: ScorableQuestion,
  response: AnswerResponse,
): Result<AnswerEvaluation, ResponseError> {
  const problem = checkQuestion(question);
  if (problem) return fail(problem);
  const optionCount = question.options.length;

  switch (question.type) {
    case 'single':
    case 'truefalse': {
      if (typeof response !== 'number') {
        return fail(wrongShape(question.type, 'a single option index'));
      }
      const rangeError = checkIndex(response, optionCount);
      if (rangeError) return fail(rangeError);
      const correct = question.options[response]!.correct;
      return ok({ type: question.type, credit: correct ? 1 : 0, correct });
    }
    case 'multiple': {
      if (!Array.isArray(response)) {
        return fail(wrongShape('multiple', 'a list of option indices'));
      }
      const indexError = checkIndices(response, optionCount);
      if (indexError) return fail(indexError);
      return ok(evaluateMultiple(question, new Set(response)));
    }
    case 'ordering': {
      if (!Array.isArray(response)) {
        return fail(wrongShape('ordering', 'a list of option indices in the chosen order'));
      }
      const indexError = checkIndices(response, optionCount);
      if (indexError) return fail(indexError);
      if (response.length !== optionCount) {
        return fail({
          code: 'incomplete_order',
          message: `An ordering answer must place all ${optionCount} options; got ${response.length}.`,
          params: { expected: optionCount, actual: response.length },
        });
      }
      // Stored order is the right order, so position i must hold option i.
      const positionsRight = response.filter((option, position) => option === position).length;
      const correct = positionsRight === optionCount;
      return ok({
        type: 'ordering',
        credit: correct ? 1 : 0,
        correct,
        positionsRight,
        positions: optionCount,
      });
    }
  }
}

function evaluateMultiple(question: ScorableQuestion, selected: ReadonlySet<number>): AnswerEvaluation {
  let hits = 0;
  let missed = 0;
  let wronglySelected = 0;
  question.options.forEach((option, index) => {
    const isSelected = selected.has(index);
    if (option.correct && isSelected) hits++;
    else if (option.correct) missed++;
    else if (isSelected) wronglySelected++;
  });
  const mistakes = missed + wronglySelected;
  // Half credit: on the right track (at least one hit) with exactly one slip, either
  // one right option forgotten or one wrong option added — never both.
  const credit: Credit = mistakes === 0 ? 1 : mistakes === 1 && hits >= 1 ? 0.5 : 0;
  return { type: 'multiple', credit, correct: credit === 1, missed, wronglySelected };
}

function checkQuestion(question: ScorableQuestion): ResponseError | undefined {
  const count = question.options.length;
  const correctCount = question.options.filter((o) => o.correct).length;
  const invalid = (reason: string): ResponseError => ({
    code: 'invalid_question',
    message: `This ${question.type} question cannot be scored: ${reason}.`,
    params: { type: question.type, reason },
  });
  switch (question.type) {
    case 'single':
      if (count < 2) return invalid('it needs at least two options');
      if (correctCount !== 1) return invalid('it needs exactly one correct option');
      return undefined;
    case 'truefalse':
      if (count !== 2) return invalid('it needs exactly two options');
      if (correctCount !== 1) return invalid('it needs exactly one correct option');
      return undefined;
    case 'multiple':
      if (count < 2) return invalid('it needs at least two options');
      if (correctCount < 1) return invalid('it needs at least one correct option');
      return undefined;
    case 'ordering':
      if (count < 2) return invalid('it needs at least two options');
      return undefined;
    default:
      return invalid('unknown question type');
  }
}

function checkIndex(index: number, optionCount: number): ResponseError | undefined {
  if (Number.isInteger(index) && index >= 0 && index < optionCount) return undefined;
  return {
    code: 'option_out_of_range',
    message: `Option ${index} does not exist; valid options are 0 to ${optionCount - 1}.`,
    params: { option: index, optionCount },
  };
}

function checkIndices(indices: readonly unknown[], optionCount: number): ResponseError | undefined {
  const seen = new Set<number>();
  for (const index of indices) {
    if (typeof index !== 'number') return wrongShape('list', 'a list of option indices (numbers)');
    const rangeError = checkIndex(index, optionCount);
    if (rangeError) return rangeError;
    if (seen.has(index)) {
      return {
        code: 'duplicate_option',
        message: `Option ${index} appears more than once.`,
        params: { option: index },
      };
    }
    seen.add(index);
  }
  return undefined;
}

function wrongShape(type: string, expected: string): ResponseError {
  return {
    code: 'response_wrong_shape',
    message: `A ${type} answer must be ${expected}.`,
    params: { type, expected },
  };
}

function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

function fail(error: ResponseError): { ok: false; error: ResponseError } {
  return { ok: false, error };
}
