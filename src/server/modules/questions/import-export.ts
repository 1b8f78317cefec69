import { parseQuestionCsv, writeQuestionCsv } from '../../../domain/question-formats/csv-questions.ts';
import { parseGift } from '../../../domain/question-formats/gift-parse.ts';
import { writeGift } from '../../../domain/question-formats/gift-write.ts';
import type { ImportIssue, ImportResult } from '../../../domain/question-formats/import-result.ts';
import type { QuestionContent } from '../../../domain/questions/model.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { recordAudit } from '../../lib/audit.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import {
  findEdition,
  insertObjective,
  insertTheme,
  nextObjectivePosition,
  nextThemePosition,
  objectivesOf,
  themesOf,
} from '../editions/repository.ts';
import { currentContentOf, insertQuestion } from './repository.ts';

export type QuestionFileFormat = 'gift' | 'csv';

export interface ImportReport {
  format: QuestionFileFormat;
  /** Questions found in the file, valid or not. */
  total: number;
  valid: number;
  errors: ImportIssue<string>[];
  warnings: ImportIssue<string>[];
  /** Themes and objectives that the import will create (they do not exist yet). */
  creates: { themes: string[]; objectives: Array<{ theme: string; objective: string }> };
  questions: Array<{
    line: number;
    stem: string;
    type: string;
    pool: string;
    theme: string;
    objective: string;
  }>;
  /** Set when the import was carried out. */
  created: number | null;
}

const norm = (s: string) => s.trim().toLocaleLowerCase('nl');

export function parseQuestionFile(format: QuestionFileFormat, text: string): ImportResult {
  return format === 'gift' ? parseGift(text) : parseQuestionCsv(text);
}

interface Structure {
  themes: Map<string, { id: string | null; title: string }>;
  objectives: Map<string, { id: string | null; title: string; themeKey: string }>;
}

async function loadStructure(db: DbOrTx, editionId: string): Promise<Structure> {
  const [themeRows, objectiveRows] = await Promise.all([
    themesOf(db, editionId),
    objectivesOf(db, editionId),
  ]);
  const themeKeyById = new Map(themeRows.map((t) => [t.id, norm(t.titleNl)]));
  return {
    themes: new Map(themeRows.map((t) => [norm(t.titleNl), { id: t.id, title: t.titleNl }])),
    objectives: new Map(
      objectiveRows.map((o) => [
        norm(o.titleNl),
        { id: o.id, title: o.titleNl, themeKey: themeKeyById.get(o.themeId)! },
      ]),
    ),
  };
}

/**
 * Matches each question's theme and objective titles with the edition's (case-insensitive),
 * planning the ones to create. An objective title that already lives under another theme
 * is an error: objective titles are unique within an edition.
 */
function plan(structure: Structure, result: ImportResult) {
  const errors: ImportIssue<string>[] = [...result.errors];
  const creates: ImportReport['creates'] = { themes: [], objectives: [] };
  const accepted: Array<{ line: number; content: QuestionContent }> = [];
  for (const q of result.questions) {
    const themeKey = norm(q.content.themeTitle);
    const objectiveKey = norm(q.content.objectiveTitle);
    const existing = structure.objectives.get(objectiveKey);
    if (existing && existing.themeKey !== themeKey) {
      errors.push({
        line: q.line,
        code: 'import.objective_in_other_theme',
        message: `Learning objective "${q.content.objectiveTitle}" belongs to another theme in this edition.`,
        params: { objective: q.content.objectiveTitle },
      });
      continue;
    }
    if (!structure.themes.has(themeKey)) {
      structure.themes.set(themeKey, { id: null, title: q.content.themeTitle.trim() });
      creates.themes.push(q.content.themeTitle.trim());
    }
    if (!existing) {
      structure.objectives.set(objectiveKey, { id: null, title: q.content.objectiveTitle.trim(), themeKey });
      creates.objectives.push({
        theme: q.content.themeTitle.trim(),
        objective: q.content.objectiveTitle.trim(),
      });
    }
    accepted.push(q);
  }
  errors.sort((a, b) => a.line - b.line);
  return { errors, creates, accepted };
}

/**
 * Imports a GIFT or CSV file into an edition. The whole file is validated first; with
 * errors nothing is stored unless `skipInvalid` is set, in which case only the valid
 * questions are. Everything is stored in one transaction as drafts.
 */
export async function importQuestions(
  db: Db,
  actorId: string | null,
  editionId: string,
  input: { format: QuestionFileFormat; text: string; dryRun: boolean; skipInvalid: boolean },
): Promise<ImportReport> {
  if (!(await findEdition(db, editionId))) throw notFound('Edition');
  const parsed = parseQuestionFile(input.format, input.text);
  const { errors, creates, accepted } = plan(await loadStructure(db, editionId), parsed);
  const report: ImportReport = {
    format: input.format,
    total: parsed.questions.length + parsed.invalidQuestions.length,
    valid: accepted.length,
    errors,
    warnings: parsed.warnings,
    creates,
    questions: accepted.map((q) => ({
      line: q.line,
      stem: q.content.stem.length > 120 ? `${q.content.stem.slice(0, 117)}…` : q.content.stem,
      type: q.content.type,
      pool: q.content.pool,
      theme: q.content.themeTitle,
      objective: q.content.objectiveTitle,
    })),
    created: null,
  };
  if (input.dryRun) return report;
  if (errors.length > 0 && !input.skipInvalid) {
    throw new AppError(
      400,
      'import_invalid',
      `The file has ${errors.length} problem(s); nothing was imported.`,
      {
        errors,
      },
    );
  }
  if (accepted.length === 0) {
    throw new AppError(400, 'import_empty', 'The file has no valid questions to import.', { errors });
  }
  report.created = await db.transaction(async (tx) => {
    // Re-read inside the transaction so concurrent imports cannot create the same theme twice.
    const structure = await loadStructure(tx, editionId);
    const themeIds = new Map<string, string>();
    const objectiveIds = new Map<string, string>();
    for (const q of accepted) {
      const themeKey = norm(q.content.themeTitle);
      let themeId = themeIds.get(themeKey) ?? structure.themes.get(themeKey)?.id ?? null;
      if (!themeId) {
        const title = q.content.themeTitle.trim();
        themeId = (
          await insertTheme(tx, {
            editionId,
            titleNl: title,
            titleEn: title,
            position: await nextThemePosition(tx, editionId),
          })
        ).id;
      }
      themeIds.set(themeKey, themeId);
      const objectiveKey = norm(q.content.objectiveTitle);
      let objectiveId = objectiveIds.get(objectiveKey) ?? structure.objectives.get(objectiveKey)?.id ?? null;
      if (!objectiveId) {
        const title = q.content.objectiveTitle.trim();
        objectiveId = (
          await insertObjective(tx, {
            editionId,
            themeId,
            titleNl: title,
            titleEn: title,
            position: await nextObjectivePosition(tx, themeId),
          })
        ).id;
      }
      objectiveIds.set(objectiveKey, objectiveId);
      const { themeTitle: _t, objectiveTitle: _o, ...content } = q.content;
      await insertQuestion(tx, { editionId, objectiveId, content, authorId: actorId, action: 'imported' });
    }
    await recordAudit(tx, {
      actorId,
      action: 'questions.imported',
      entityType: 'edition',
      entityId: editionId,
      details: { format: input.format, created: accepted.length, skipped: errors.length },
    });
    return accepted.length;
  });
  return report;
}

export interface ExportFile {
  filename: string;
  contentType: string;
  body: string;
  skipped: Array<{ index: number; reason: string }>;
}

/** Exports the current version of every non-retired question of an edition. */
export async function exportQuestions(
  db: Db,
  editionId: string,
  format: QuestionFileFormat,
): Promise<ExportFile> {
  const edition = await findEdition(db, editionId);
  if (!edition) throw notFound('Edition');
  const rows = await currentContentOf(db, editionId);
  const questions: QuestionContent[] = rows.map((r) => {
    // Images live in the database only; GIFT and CSV carry text.
    const { imageId: _image, imageAlt: _alt, ...content } = r.content;
    return { ...content, themeTitle: r.themeTitle, objectiveTitle: r.objectiveTitle };
  });
  const base = `wegwijs-vragen-${edition.year}`;
  if (format === 'csv') {
    return {
      filename: `${base}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: writeQuestionCsv(questions),
      skipped: [],
    };
  }
  const gift = writeGift(questions);
  return {
    filename: `${base}.gift.txt`,
    contentType: 'text/plain; charset=utf-8',
    body: gift.text,
    skipped: gift.skipped.map((s) => ({ index: s.index, reason: s.reason })),
  };
}
