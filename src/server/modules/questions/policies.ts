import { isStaffOf, type Principal } from '../../lib/principal.ts';

const isQuizExpert = (p: Principal) => p.roles.some((r) => r.role === 'expert' && r.programme === 'quiz');

/** Experts and quiz staff write, comment on and review questions. */
export const canWriteQuestions = (p: Principal): boolean => isQuizExpert(p) || isStaffOf(p, 'quiz');

/**
 * Four eyes: a question is approved by someone other than the person who last edited it.
 * `lastEditorId` is the editor of the version under review.
 */
export const canApproveQuestion = (p: Principal, lastEditorId: string | null): boolean =>
  canWriteQuestions(p) && lastEditorId !== p.id;
