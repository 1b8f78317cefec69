import { and, asc, count, desc, eq, ilike, inArray, ne, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  objectives,
  questionComments,
  questionEvents,
  questions,
  questionVersions,
  type StoredQuestionContent,
  themes,
  users,
} from '../../db/schema/index.ts';
import type { QuestionListQuery } from './schemas.ts';

export type QuestionRow = typeof questions.$inferSelect;
export type VersionRow = typeof questionVersions.$inferSelect;
export type EventAction = (typeof questionEvents.$inferInsert)['action'];

export function searchTextOf(content: StoredQuestionContent): string {
  return [
    content.name ?? '',
    content.stem,
    ...content.options.map((o) => o.text),
    content.explanation,
    ...content.tags,
  ]
    .join(' ')
    .toLowerCase();
}

export async function findQuestion(db: DbOrTx, id: string, lock = false): Promise<QuestionRow | undefined> {
  const query = db.select().from(questions).where(eq(questions.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function findVersion(db: DbOrTx, id: string): Promise<VersionRow | undefined> {
  const [row] = await db.select().from(questionVersions).where(eq(questionVersions.id, id));
  return row;
}

/**
 * Creates a question with its first version. The caller validates the content first.
 */
export async function insertQuestion(
  db: DbOrTx,
  values: {
    editionId: string;
    objectiveId: string;
    content: StoredQuestionContent;
    authorId: string | null;
    copiedFromId?: string | null;
    action: EventAction;
  },
): Promise<{ question: QuestionRow; version: VersionRow }> {
  const [question] = await db
    .insert(questions)
    .values({
      editionId: values.editionId,
      objectiveId: values.objectiveId,
      type: values.content.type,
      pool: values.content.pool,
      searchText: searchTextOf(values.content),
      authorId: values.authorId,
      copiedFromId: values.copiedFromId ?? null,
    })
    .returning();
  const [version] = await db
    .insert(questionVersions)
    .values({
      questionId: question!.id,
      version: 1,
      objectiveId: values.objectiveId,
      content: values.content,
      editedBy: values.authorId,
    })
    .returning();
  const [updated] = await db
    .update(questions)
    .set({ currentVersionId: version!.id })
    .where(eq(questions.id, question!.id))
    .returning();
  await addEvent(db, question!.id, version!.id, values.authorId, values.action);
  return { question: updated!, version: version! };
}

export async function insertVersion(
  db: DbOrTx,
  question: QuestionRow,
  previous: number,
  objectiveId: string,
  content: StoredQuestionContent,
  editorId: string,
): Promise<VersionRow> {
  const [version] = await db
    .insert(questionVersions)
    .values({ questionId: question.id, version: previous + 1, objectiveId, content, editedBy: editorId })
    .returning();
  return version!;
}

export async function updateQuestion(db: DbOrTx, id: string, values: Partial<typeof questions.$inferInsert>) {
  const [row] = await db
    .update(questions)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(questions.id, id))
    .returning();
  return row!;
}

export async function addEvent(
  db: DbOrTx,
  questionId: string,
  versionId: string | null,
  actorId: string | null,
  action: EventAction,
  note?: string,
): Promise<void> {
  await db.insert(questionEvents).values({ questionId, versionId, actorId, action, note: note ?? null });
}

export async function listQuestions(db: DbOrTx, editionId: string, q: QuestionListQuery) {
  const filters: Array<SQL | undefined> = [
    eq(questions.editionId, editionId),
    q.themeId ? eq(objectives.themeId, q.themeId) : undefined,
    q.objectiveId ? eq(questions.objectiveId, q.objectiveId) : undefined,
    q.pool ? eq(questions.pool, q.pool) : undefined,
    q.type ? eq(questions.type, q.type) : undefined,
    q.status ? eq(questions.status, q.status) : ne(questions.status, 'retired'),
    q.authorId ? eq(questions.authorId, q.authorId) : undefined,
    q.q
      ? ilike(questions.searchText, `%${q.q.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`)
      : undefined,
  ];
  const where = and(...filters);
  const limit = q.pageSize;
  const offset = (q.page - 1) * q.pageSize;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: questions.id,
        type: questions.type,
        pool: questions.pool,
        status: questions.status,
        updatedAt: questions.updatedAt,
        approvedVersionId: questions.approvedVersionId,
        currentVersionId: questions.currentVersionId,
        content: questionVersions.content,
        version: questionVersions.version,
        objectiveId: objectives.id,
        objectiveNl: objectives.titleNl,
        objectiveEn: objectives.titleEn,
        themeId: themes.id,
        themeNl: themes.titleNl,
        themeEn: themes.titleEn,
        authorId: users.id,
        authorName: users.name,
      })
      .from(questions)
      .innerJoin(questionVersions, eq(questionVersions.id, questions.currentVersionId))
      .innerJoin(objectives, eq(objectives.id, questions.objectiveId))
      .innerJoin(themes, eq(themes.id, objectives.themeId))
      .leftJoin(users, eq(users.id, questions.authorId))
      .where(where)
      .orderBy(asc(themes.position), asc(objectives.position), desc(questions.updatedAt))
      .limit(limit)
      .offset(offset),
    db
      .select({ n: count() })
      .from(questions)
      .innerJoin(objectives, eq(objectives.id, questions.objectiveId))
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function versionsOf(db: DbOrTx, questionId: string) {
  return db
    .select({ version: questionVersions, editorName: users.name })
    .from(questionVersions)
    .leftJoin(users, eq(users.id, questionVersions.editedBy))
    .where(eq(questionVersions.questionId, questionId))
    .orderBy(desc(questionVersions.version));
}

export async function commentsOf(db: DbOrTx, questionId: string) {
  return db
    .select({ comment: questionComments, authorName: users.name })
    .from(questionComments)
    .leftJoin(users, eq(users.id, questionComments.authorId))
    .where(eq(questionComments.questionId, questionId))
    .orderBy(asc(questionComments.createdAt));
}

export async function eventsOf(db: DbOrTx, questionId: string) {
  return db
    .select({ event: questionEvents, actorName: users.name, version: questionVersions.version })
    .from(questionEvents)
    .leftJoin(users, eq(users.id, questionEvents.actorId))
    .leftJoin(questionVersions, eq(questionVersions.id, questionEvents.versionId))
    .where(eq(questionEvents.questionId, questionId))
    .orderBy(asc(questionEvents.createdAt));
}

export async function insertComment(db: DbOrTx, values: typeof questionComments.$inferInsert) {
  const [row] = await db.insert(questionComments).values(values).returning();
  return row!;
}

export async function resolveComment(db: DbOrTx, id: string, resolved: boolean) {
  const [row] = await db
    .update(questionComments)
    .set({ resolvedAt: resolved ? new Date() : null })
    .where(eq(questionComments.id, id))
    .returning();
  return row;
}

/** Current versions of an edition's non-retired questions, with theme and objective titles (for export). */
export async function currentContentOf(db: DbOrTx, editionId: string) {
  return db
    .select({
      id: questions.id,
      content: questionVersions.content,
      themeTitle: themes.titleNl,
      objectiveTitle: objectives.titleNl,
    })
    .from(questions)
    .innerJoin(questionVersions, eq(questionVersions.id, questions.currentVersionId))
    .innerJoin(objectives, eq(objectives.id, questions.objectiveId))
    .innerJoin(themes, eq(themes.id, objectives.themeId))
    .where(and(eq(questions.editionId, editionId), ne(questions.status, 'retired')))
    .orderBy(asc(themes.position), asc(objectives.position), asc(questions.createdAt));
}

/** Approved versions of an edition's live questions (what copies and play use). */
export async function approvedOf(db: DbOrTx, editionId: string, pools?: Array<QuestionRow['pool']>) {
  return db
    .select({ question: questions, version: questionVersions })
    .from(questions)
    .innerJoin(questionVersions, eq(questionVersions.id, questions.approvedVersionId))
    .where(
      and(
        eq(questions.editionId, editionId),
        ne(questions.status, 'retired'),
        pools ? inArray(questions.pool, pools) : undefined,
      ),
    )
    .orderBy(asc(questions.createdAt));
}
