import { oneOfParam, pageParam, textParam } from '../../lib/search.ts';
import {
  type QuestionPool,
  type QuestionStatus,
  type QuestionType,
  questionPools,
  questionStatuses,
  questionTypes,
} from './types.ts';

// Search parameters of the question pages, validated by hand like lib/search.ts: the router
// lives in the main bundle and needs no schema library. Anything malformed is dropped.

const uuidParam = (value: unknown): string | undefined => {
  const text = textParam(value, 36);
  return text && /^[0-9a-f-]{36}$/i.test(text) ? text : undefined;
};

export interface QuestionSearch {
  q?: string | undefined;
  themeId?: string | undefined;
  objectiveId?: string | undefined;
  pool?: QuestionPool | undefined;
  type?: QuestionType | undefined;
  status?: QuestionStatus | undefined;
  authorId?: string | undefined;
  page?: number | undefined;
}

export function validateQuestionSearch(search: Record<string, unknown>): QuestionSearch {
  return {
    q: textParam(search.q),
    themeId: uuidParam(search.themeId),
    objectiveId: uuidParam(search.objectiveId),
    pool: oneOfParam(questionPools, search.pool),
    type: oneOfParam(questionTypes, search.type),
    status: oneOfParam(questionStatuses, search.status),
    authorId: textParam(search.authorId, 100),
    page: pageParam(search.page),
  };
}

/** The new-question page can start under an objective (from the coverage page, say). */
export interface NewQuestionSearch {
  objectiveId?: string | undefined;
  pool?: QuestionPool | undefined;
}

export function validateNewQuestionSearch(search: Record<string, unknown>): NewQuestionSearch {
  return { objectiveId: uuidParam(search.objectiveId), pool: oneOfParam(questionPools, search.pool) };
}

/** True when any filter (not the page) is set. */
export const hasQuestionFilters = (search: QuestionSearch): boolean =>
  Object.entries(search).some(([key, value]) => key !== 'page' && value !== undefined);
