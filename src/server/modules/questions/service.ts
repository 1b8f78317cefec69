import { validateQuestionContent } from '../../../domain/questions/validate.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { StoredQuestionContent } from '../../db/schema/index.ts';
import {
  AppError,
  conflict,
  type FieldProblem,
  forbidden,
  invalidFields,
  notFound,
} from '../../lib/errors.ts';
import type { Principal } from '../../lib/principal.ts';
import { findEdition, findObjective, findTheme } from '../editions/repository.ts';
import { imageExists } from '../media/service.ts';
import { canApproveQuestion, canWriteQuestions } from './policies.ts';
import * as repo from './repository.ts';
import type { QuestionContentInput, QuestionDetail, QuestionListQuery } from './schemas.ts';

const iso = (d: Date) => d.toISOString();
const person = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

export function toStored(input: QuestionContentInput): StoredQuestionContent {
  const stored: StoredQuestionContent = {
    type: input.type,
    stem: input.stem,
    stemFormat: input.stemFormat,
    options: input.options.map((o) => (o.feedback ? { ...o } : { text: o.text, correct: o.correct })),
    explanation: input.explanation,
    pool: input.pool,
    difficulty: input.difficulty,
    tags: input.tags,
  };
  if (input.name) stored.name = input.name;
  if (input.timeLimitSeconds !== undefined) stored.timeLimitSeconds = input.timeLimitSeconds;
  if (input.imageId) {
    stored.imageId = input.imageId;
    if (input.imageAlt) stored.imageAlt = input.imageAlt;
  }
  return stored;
}

/** Checks the objective belongs to the edition and the content follows its type's rules; names fields in errors. */
async function validated(db: DbOrTx, editionId: string, objectiveId: string, content: StoredQuestionContent) {
  const objective = await findObjective(db, objectiveId);
  if (!objective || objective.editionId !== editionId) {
    throw invalidFields([
      { field: 'objectiveId', code: 'unknown_objective', message: 'is not an objective of this edition' },
    ]);
  }
  const theme = await findTheme(db, objective.themeId);
  const problems = validateQuestionContent({
    ...content,
    themeTitle: theme?.titleNl ?? '',
    objectiveTitle: objective.titleNl,
  });
  const fields: FieldProblem[] = problems.map((p) => ({ ...p, field: `content.${p.field}` }));
  fields.push(...(await imageProblems(db, content)));
  if (fields.length > 0) throw invalidFields(fields);
  return objective;
}

/** An image must be an uploaded one (content is JSON, so no foreign key checks it) and have alt text. */
async function imageProblems(db: DbOrTx, content: StoredQuestionContent): Promise<FieldProblem[]> {
  if (!content.imageId) return [];
  const problems: FieldProblem[] = [];
  if (!(await imageExists(db, content.imageId))) {
    problems.push({
      field: 'content.imageId',
      code: 'not_found',
      message: 'There is no uploaded image with this id.',
    });
  }
  if (!content.imageAlt) {
    problems.push({
      field: 'content.imageAlt',
      code: 'required',
      message: 'Describe the image for people who cannot see it.',
    });
  }
  return problems;
}

export async function createQuestion(
  db: Db,
  actor: Principal,
  editionId: string,
  input: { objectiveId: string; content: QuestionContentInput },
): Promise<QuestionDetail> {
  if (!(await findEdition(db, editionId))) throw notFound('Edition');
  const content = toStored(input.content);
  await validated(db, editionId, input.objectiveId, content);
  const { question } = await db.transaction((tx) =>
    repo.insertQuestion(tx, {
      editionId,
      objectiveId: input.objectiveId,
      content,
      authorId: actor.id,
      action: 'created',
    }),
  );
  return getQuestion(db, actor, question.id);
}

/**
 * Saves an edit as a new version. Editing an approved question starts a revision (status
 * draft) while the approved version stays live until the revision is approved.
 */
export async function updateQuestion(
  db: Db,
  actor: Principal,
  id: string,
  input: { objectiveId: string; content: QuestionContentInput; baseVersion: number },
): Promise<QuestionDetail> {
  const content = toStored(input.content);
  await db.transaction(async (tx) => {
    const question = await repo.findQuestion(tx, id, true);
    if (!question) throw notFound('Question');
    if (question.status === 'retired')
      throw conflict('question_retired', 'Restore this question before editing it.');
    const current = await repo.findVersion(tx, question.currentVersionId!);
    if (current!.version !== input.baseVersion) {
      throw conflict(
        'stale_version',
        'Someone saved a newer version of this question meanwhile. Reload to see it.',
        {
          currentVersion: current!.version,
        },
      );
    }
    await validated(tx, question.editionId, input.objectiveId, content);
    const version = await repo.insertVersion(
      tx,
      question,
      current!.version,
      input.objectiveId,
      content,
      actor.id,
    );
    await repo.updateQuestion(tx, id, {
      currentVersionId: version.id,
      objectiveId: input.objectiveId,
      type: content.type,
      pool: content.pool,
      searchText: repo.searchTextOf(content),
      status: question.status === 'approved' ? 'draft' : question.status,
    });
    await repo.addEvent(tx, id, version.id, actor.id, 'edited');
  });
  return getQuestion(db, actor, id);
}

type Transition = 'submit' | 'approve' | 'return' | 'retire' | 'restore';

/** Moves a question through the review workflow: draft → in review → approved (→ retired). */
export async function transition(
  db: Db,
  actor: Principal,
  id: string,
  action: Transition,
  note?: string,
): Promise<QuestionDetail> {
  await db.transaction(async (tx) => {
    const question = await repo.findQuestion(tx, id, true);
    if (!question) throw notFound('Question');
    const current = (await repo.findVersion(tx, question.currentVersionId!))!;
    const wrongState = (expected: string) =>
      new AppError(409, 'invalid_transition', `Only a question that is ${expected} can be ${action}d.`, {
        status: question.status,
      });
    switch (action) {
      case 'submit':
        if (question.status !== 'draft') throw wrongState('a draft');
        await repo.updateQuestion(tx, id, { status: 'in_review' });
        await repo.addEvent(tx, id, current.id, actor.id, 'submitted', note);
        break;
      case 'approve':
        if (question.status !== 'in_review') throw wrongState('in review');
        if (!canApproveQuestion(actor, current.editedBy)) {
          throw new AppError(
            403,
            'four_eyes',
            'Someone other than the last editor has to approve this question.',
          );
        }
        await repo.updateQuestion(tx, id, { status: 'approved', approvedVersionId: current.id });
        await repo.addEvent(tx, id, current.id, actor.id, 'approved', note);
        break;
      case 'return':
        if (question.status !== 'in_review') throw wrongState('in review');
        await repo.updateQuestion(tx, id, { status: 'draft' });
        await repo.addEvent(tx, id, current.id, actor.id, 'returned', note);
        break;
      case 'retire':
        if (question.status === 'retired') throw wrongState('not retired');
        await repo.updateQuestion(tx, id, { status: 'retired' });
        await repo.addEvent(tx, id, current.id, actor.id, 'retired', note);
        break;
      case 'restore': {
        if (question.status !== 'retired') throw wrongState('retired');
        const live = question.approvedVersionId === question.currentVersionId;
        await repo.updateQuestion(tx, id, { status: live ? 'approved' : 'draft' });
        await repo.addEvent(tx, id, current.id, actor.id, 'restored', note);
        break;
      }
    }
  });
  return getQuestion(db, actor, id);
}

export async function addComment(
  db: Db,
  actor: Principal,
  id: string,
  input: { anchor?: string | undefined; body: string },
): Promise<QuestionDetail> {
  const question = await repo.findQuestion(db, id);
  if (!question) throw notFound('Question');
  await repo.insertComment(db, {
    questionId: id,
    versionId: question.currentVersionId!,
    authorId: actor.id,
    anchor: input.anchor ?? null,
    body: input.body,
  });
  return getQuestion(db, actor, id);
}

export async function resolveComment(
  db: Db,
  actor: Principal,
  questionId: string,
  commentId: string,
  resolved: boolean,
) {
  const row = await repo.resolveComment(db, commentId, resolved);
  if (!row || row.questionId !== questionId) throw notFound('Comment');
  return getQuestion(db, actor, questionId);
}

export async function listQuestions(db: Db, editionId: string, query: QuestionListQuery) {
  const { rows, total } = await repo.listQuestions(db, editionId, query);
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      stem: r.content.stem.length > 160 ? `${r.content.stem.slice(0, 157)}…` : r.content.stem,
      type: r.type,
      pool: r.pool,
      status: r.status,
      version: r.version,
      pendingRevision: r.approvedVersionId !== null && r.approvedVersionId !== r.currentVersionId,
      objective: { id: r.objectiveId, titleNl: r.objectiveNl, titleEn: r.objectiveEn },
      theme: { id: r.themeId, titleNl: r.themeNl, titleEn: r.themeEn },
      author: person(r.authorId, r.authorName),
      updatedAt: iso(r.updatedAt),
    })),
  };
}

export async function getQuestion(db: Db, actor: Principal, id: string): Promise<QuestionDetail> {
  const question = await repo.findQuestion(db, id);
  if (!question) throw notFound('Question');
  const [versions, comments, events] = await Promise.all([
    repo.versionsOf(db, id),
    repo.commentsOf(db, id),
    repo.eventsOf(db, id),
  ]);
  const view = (v: (typeof versions)[number]) => ({
    id: v.version.id,
    version: v.version.version,
    objectiveId: v.version.objectiveId,
    content: v.version.content,
    editedBy: person(v.version.editedBy, v.editorName),
    createdAt: iso(v.version.createdAt),
  });
  const current = versions.find((v) => v.version.id === question.currentVersionId)!;
  const approved = versions.find((v) => v.version.id === question.approvedVersionId);
  const writer = canWriteQuestions(actor);
  return {
    id: question.id,
    editionId: question.editionId,
    status: question.status,
    objectiveId: question.objectiveId,
    current: view(current),
    approved: approved ? view(approved) : null,
    versions: versions.map((v) => {
      const { content: _content, ...rest } = view(v);
      return rest;
    }),
    comments: comments.map((c) => ({
      id: c.comment.id,
      versionId: c.comment.versionId,
      author: person(c.comment.authorId, c.authorName),
      anchor: c.comment.anchor,
      body: c.comment.body,
      createdAt: iso(c.comment.createdAt),
      resolved: c.comment.resolvedAt !== null,
    })),
    history: events.map((e) => ({
      action: e.event.action,
      actor: person(e.event.actorId, e.actorName),
      version: e.version ?? null,
      note: e.event.note,
      createdAt: iso(e.event.createdAt),
    })),
    can: {
      edit: writer && question.status !== 'retired',
      submit: writer && question.status === 'draft',
      approve: question.status === 'in_review' && canApproveQuestion(actor, current.version.editedBy),
      retire: writer && question.status !== 'retired',
    },
  };
}

export function requireWriter(actor: Principal): void {
  if (!canWriteQuestions(actor)) throw forbidden();
}
