import type { Db, Tx } from '../../db/client.ts';
import type { EditionStatus } from '../../db/schema/index.ts';
import { editionStatuses } from '../../db/schema/index.ts';
import { recordAudit } from '../../lib/audit.ts';
import { conflict, type FieldProblem, invalidFields, isUniqueViolation, notFound } from '../../lib/errors.ts';
import type { Principal } from '../../lib/principal.ts';
import { copyApprovedQuestions } from '../questions/copy.ts';
import * as repo from './repository.ts';
import type { CoverageView, EditionDetail, EditionInput, EditionPatch, ThemeView } from './schemas.ts';

const hhmm = (t: string) => t.slice(0, 5);

export async function listEditions(db: Db) {
  return repo.listEditions(db);
}

export async function getEdition(db: Db, id: string): Promise<EditionDetail> {
  const edition = await repo.findEdition(db, id);
  if (!edition) throw notFound('Edition');
  return present(edition, await structureOf(db, id));
}

export async function getEditionByYear(db: Db, year: number): Promise<EditionDetail> {
  const edition = await repo.findEditionByYear(db, year);
  if (!edition) throw notFound(`Edition ${year}`);
  return present(edition, await structureOf(db, edition.id));
}

async function structureOf(db: Db | Tx, editionId: string): Promise<ThemeView[]> {
  const [themeRows, objectiveRows] = await Promise.all([
    repo.themesOf(db, editionId),
    repo.objectivesOf(db, editionId),
  ]);
  return themeRows.map((t) => ({
    id: t.id,
    titleNl: t.titleNl,
    titleEn: t.titleEn,
    descriptionNl: t.descriptionNl,
    descriptionEn: t.descriptionEn,
    position: t.position,
    retired: t.retiredAt !== null,
    objectives: objectiveRows
      .filter((o) => o.themeId === t.id)
      .map((o) => ({
        id: o.id,
        themeId: o.themeId,
        titleNl: o.titleNl,
        titleEn: o.titleEn,
        descriptionNl: o.descriptionNl,
        descriptionEn: o.descriptionEn,
        position: o.position,
        targetCore: o.targetCore,
        targetManager: o.targetManager,
        targetPractice: o.targetPractice,
        retired: o.retiredAt !== null,
      })),
  }));
}

function present(e: repo.EditionRow, themes: ThemeView[]): EditionDetail {
  return {
    id: e.id,
    year: e.year,
    name: e.name,
    status: e.status,
    registrationOpensOn: e.registrationOpensOn,
    registrationClosesOn: e.registrationClosesOn,
    practiceStartsOn: e.practiceStartsOn,
    practiceEndsOn: e.practiceEndsOn,
    eventDate: e.eventDate,
    windowStart: hhmm(e.windowStart),
    windowEnd: hhmm(e.windowEnd),
    defaultTimeLimitSeconds: e.defaultTimeLimitSeconds,
    sponsorCentsPerParticipant: e.sponsorCentsPerParticipant,
    donationGoalCents: e.donationGoalCents,
    themes,
  };
}

type DateFields = Pick<
  repo.EditionRow,
  | 'registrationOpensOn'
  | 'registrationClosesOn'
  | 'practiceStartsOn'
  | 'practiceEndsOn'
  | 'eventDate'
  | 'windowStart'
  | 'windowEnd'
>;

/** The calendar must make sense: registration and practice end before the event, windows run forward. */
export function checkCalendar(e: DateFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const before = (a: string | null, b: string | null, field: string, message: string) => {
    if (a && b && a > b) problems.push({ field, code: 'date_order', message });
  };
  before(
    e.registrationOpensOn,
    e.registrationClosesOn,
    'registrationClosesOn',
    'must be on or after the opening date',
  );
  before(e.practiceStartsOn, e.practiceEndsOn, 'practiceEndsOn', 'must be on or after the start of practice');
  before(e.registrationClosesOn, e.eventDate, 'registrationClosesOn', 'must be on or before the event date');
  before(e.practiceEndsOn, e.eventDate, 'practiceEndsOn', 'must be on or before the event date');
  if (hhmm(e.windowStart) >= hhmm(e.windowEnd)) {
    problems.push({
      field: 'windowEnd',
      code: 'time_order',
      message: 'must be later than the start of the window',
    });
  }
  return problems;
}

/** Status moves one step forward, or one step back (to correct a mistake). */
export function canMoveStatus(from: EditionStatus, to: EditionStatus): boolean {
  return Math.abs(editionStatuses.indexOf(to) - editionStatuses.indexOf(from)) === 1;
}

export async function createEdition(db: Db, actor: Principal, input: EditionInput): Promise<EditionDetail> {
  const values = {
    ...input,
    registrationOpensOn: input.registrationOpensOn ?? null,
    registrationClosesOn: input.registrationClosesOn ?? null,
    practiceStartsOn: input.practiceStartsOn ?? null,
    practiceEndsOn: input.practiceEndsOn ?? null,
    eventDate: input.eventDate ?? null,
    donationGoalCents: input.donationGoalCents ?? null,
  };
  const problems = checkCalendar(values);
  if (problems.length > 0) throw invalidFields(problems);
  return withYearCheck(() =>
    db.transaction(async (tx) => {
      const row = await repo.insertEdition(tx, values);
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'edition.created',
        entityType: 'edition',
        entityId: row.id,
        details: { year: row.year },
      });
      return present(row, []);
    }),
  );
}

export async function updateEdition(
  db: Db,
  actor: Principal,
  id: string,
  patch: EditionPatch,
): Promise<EditionDetail> {
  return withYearCheck(() =>
    db.transaction(async (tx) => {
      const current = await repo.lockEdition(tx, id);
      if (!current) throw notFound('Edition');
      const next = { ...current, ...patch };
      const problems = checkCalendar(next);
      if (patch.status && patch.status !== current.status && !canMoveStatus(current.status, patch.status)) {
        problems.push({
          field: 'status',
          code: 'status_step',
          message: `cannot go from ${current.status} to ${patch.status}; move one step at a time`,
        });
      }
      if (problems.length > 0) throw invalidFields(problems);
      const row = await repo.updateEdition(tx, id, patch);
      await recordAudit(tx, {
        actorId: actor.id,
        action:
          patch.status && patch.status !== current.status ? 'edition.status_changed' : 'edition.updated',
        entityType: 'edition',
        entityId: id,
        details: {
          fields: Object.keys(patch),
          ...(patch.status ? { from: current.status, to: patch.status } : {}),
        },
      });
      return present(row!, await structureOf(tx, id));
    }),
  );
}

/**
 * Starts next year's edition from this one: themes, objectives (with targets) and every
 * approved question (its approved text) come along as drafts, so experts revise rather
 * than start over. Retired themes, objectives and questions stay behind.
 */
export async function copyEdition(
  db: Db,
  actor: Principal,
  sourceId: string,
  input: { year: number; name: string },
): Promise<EditionDetail> {
  return withYearCheck(() =>
    db.transaction(async (tx) => {
      const source = await repo.lockEdition(tx, sourceId);
      if (!source) throw notFound('Edition');
      const edition = await repo.insertEdition(tx, {
        year: input.year,
        name: input.name,
        windowStart: source.windowStart,
        windowEnd: source.windowEnd,
        defaultTimeLimitSeconds: source.defaultTimeLimitSeconds,
        sponsorCentsPerParticipant: source.sponsorCentsPerParticipant,
        donationGoalCents: source.donationGoalCents,
        copiedFromId: source.id,
      });
      const objectiveMap = new Map<string, string>();
      const themeMap = new Map<string, string>();
      for (const theme of await repo.themesOf(tx, source.id)) {
        if (theme.retiredAt) continue;
        const copy = await repo.insertTheme(tx, {
          editionId: edition.id,
          titleNl: theme.titleNl,
          titleEn: theme.titleEn,
          descriptionNl: theme.descriptionNl,
          descriptionEn: theme.descriptionEn,
          position: theme.position,
        });
        themeMap.set(theme.id, copy.id);
      }
      for (const o of await repo.objectivesOf(tx, source.id)) {
        const themeId = themeMap.get(o.themeId);
        if (o.retiredAt || !themeId) continue;
        const copy = await repo.insertObjective(tx, {
          editionId: edition.id,
          themeId,
          titleNl: o.titleNl,
          titleEn: o.titleEn,
          descriptionNl: o.descriptionNl,
          descriptionEn: o.descriptionEn,
          position: o.position,
          targetCore: o.targetCore,
          targetManager: o.targetManager,
          targetPractice: o.targetPractice,
        });
        objectiveMap.set(o.id, copy.id);
      }
      const copied = await copyApprovedQuestions(tx, actor, source.id, edition.id, objectiveMap);
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'edition.copied',
        entityType: 'edition',
        entityId: edition.id,
        details: {
          from: source.year,
          themes: themeMap.size,
          objectives: objectiveMap.size,
          questions: copied,
        },
      });
      return present(edition, await structureOf(tx, edition.id));
    }),
  );
}

async function requireEdition(db: Db | Tx, id: string) {
  const edition = await repo.findEdition(db, id);
  if (!edition) throw notFound('Edition');
  return edition;
}

export async function addTheme(
  db: Db,
  actor: Principal,
  editionId: string,
  input: { titleNl: string; titleEn: string; descriptionNl: string; descriptionEn: string },
) {
  await requireEdition(db, editionId);
  return withTitleCheck(() =>
    db.transaction(async (tx) => {
      const row = await repo.insertTheme(tx, {
        editionId,
        ...input,
        position: await repo.nextThemePosition(tx, editionId),
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'theme.created',
        entityType: 'theme',
        entityId: row.id,
      });
      return row;
    }),
  );
}

export async function updateTheme(
  db: Db,
  actor: Principal,
  id: string,
  patch: Partial<{
    titleNl: string;
    titleEn: string;
    descriptionNl: string;
    descriptionEn: string;
    retired: boolean;
  }>,
) {
  const { retired, ...fields } = patch;
  return withTitleCheck(() =>
    db.transaction(async (tx) => {
      const row = await repo.updateTheme(tx, id, {
        ...fields,
        ...(retired === undefined ? {} : { retiredAt: retired ? new Date() : null }),
      });
      if (!row) throw notFound('Theme');
      await recordAudit(tx, {
        actorId: actor.id,
        action: retired === undefined ? 'theme.updated' : retired ? 'theme.retired' : 'theme.restored',
        entityType: 'theme',
        entityId: id,
        details: { fields: Object.keys(patch) },
      });
      return row;
    }),
  );
}

/** Deleting is only for mistakes: a theme with objectives (and so possibly answers) is retired instead. */
export async function deleteTheme(db: Db, actor: Principal, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    if (!(await repo.findTheme(tx, id))) throw notFound('Theme');
    if ((await repo.countObjectivesOfTheme(tx, id)) > 0) {
      throw conflict('theme_in_use', 'This theme has learning objectives. Retire it instead of deleting it.');
    }
    await repo.deleteTheme(tx, id);
    await recordAudit(tx, { actorId: actor.id, action: 'theme.deleted', entityType: 'theme', entityId: id });
  });
}

export async function addObjective(
  db: Db,
  actor: Principal,
  editionId: string,
  input: {
    themeId: string;
    titleNl: string;
    titleEn: string;
    descriptionNl: string;
    descriptionEn: string;
    targetCore: number;
    targetManager: number;
    targetPractice: number;
  },
) {
  const theme = await repo.findTheme(db, input.themeId);
  if (!theme || theme.editionId !== editionId) {
    throw invalidFields([
      { field: 'themeId', code: 'unknown_theme', message: 'is not a theme of this edition' },
    ]);
  }
  return withTitleCheck(() =>
    db.transaction(async (tx) => {
      const row = await repo.insertObjective(tx, {
        editionId,
        ...input,
        position: await repo.nextObjectivePosition(tx, input.themeId),
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'objective.created',
        entityType: 'objective',
        entityId: row.id,
      });
      return row;
    }),
  );
}

export async function updateObjective(
  db: Db,
  actor: Principal,
  id: string,
  patch: Partial<{
    themeId: string;
    titleNl: string;
    titleEn: string;
    descriptionNl: string;
    descriptionEn: string;
    targetCore: number;
    targetManager: number;
    targetPractice: number;
    retired: boolean;
  }>,
) {
  const { retired, ...fields } = patch;
  return withTitleCheck(() =>
    db.transaction(async (tx) => {
      const current = await repo.findObjective(tx, id);
      if (!current) throw notFound('Learning objective');
      if (fields.themeId) {
        const theme = await repo.findTheme(tx, fields.themeId);
        if (!theme || theme.editionId !== current.editionId) {
          throw invalidFields([
            { field: 'themeId', code: 'unknown_theme', message: 'is not a theme of this edition' },
          ]);
        }
      }
      const row = await repo.updateObjective(tx, id, {
        ...fields,
        ...(retired === undefined ? {} : { retiredAt: retired ? new Date() : null }),
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action:
          retired === undefined ? 'objective.updated' : retired ? 'objective.retired' : 'objective.restored',
        entityType: 'objective',
        entityId: id,
        details: { fields: Object.keys(patch) },
      });
      return row!;
    }),
  );
}

export async function deleteObjective(db: Db, actor: Principal, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    if (!(await repo.findObjective(tx, id))) throw notFound('Learning objective');
    if ((await repo.countQuestionsOfObjective(tx, id)) > 0) {
      throw conflict(
        'objective_in_use',
        'This learning objective has questions. Retire it instead of deleting it.',
      );
    }
    await repo.deleteObjective(tx, id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'objective.deleted',
      entityType: 'objective',
      entityId: id,
    });
  });
}

/** Puts themes (or one theme's objectives) in the given order. */
export async function reorder(
  db: Db,
  actor: Principal,
  editionId: string,
  kind: 'themes' | 'objectives',
  ids: string[],
) {
  await db.transaction(async (tx) => {
    const rows =
      kind === 'themes' ? await repo.themesOf(tx, editionId) : await repo.objectivesOf(tx, editionId);
    const known = new Set(rows.map((r) => r.id));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0 || new Set(ids).size !== ids.length) {
      throw invalidFields([
        { field: 'ids', code: 'unknown_ids', message: `are not ${kind} of this edition (or repeat)` },
      ]);
    }
    for (const [index, id] of ids.entries()) {
      if (kind === 'themes') await repo.updateTheme(tx, id, { position: index + 1 });
      else await repo.updateObjective(tx, id, { position: index + 1 });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: `${kind}.reordered`,
      entityType: 'edition',
      entityId: editionId,
    });
  });
}

export async function coverage(db: Db, editionId: string): Promise<CoverageView> {
  await requireEdition(db, editionId);
  const [structure, counts] = await Promise.all([
    structureOf(db, editionId),
    repo.coverageCounts(db, editionId),
  ]);
  const zero = () => ({ core: 0, manager: 0, practice: 0 });
  const totals = { approved: zero(), target: zero() };
  const pools = ['core', 'manager', 'practice'] as const;
  const themes = structure
    .filter((t) => !t.retired)
    .map((t) => {
      const themeApproved = zero();
      const themeTarget = zero();
      const objectives = t.objectives
        .filter((o) => !o.retired)
        .map((o) => {
          const approved = zero();
          const inProgress = zero();
          for (const c of counts.filter((c) => c.objectiveId === o.id)) {
            approved[c.pool] += c.approved;
            inProgress[c.pool] += c.inProgress;
          }
          const target = { core: o.targetCore, manager: o.targetManager, practice: o.targetPractice };
          for (const p of pools) {
            themeApproved[p] += approved[p];
            themeTarget[p] += target[p];
            totals.approved[p] += approved[p];
            totals.target[p] += target[p];
          }
          const gaps = pools.filter((p) => approved[p] < target[p]);
          return { id: o.id, titleNl: o.titleNl, titleEn: o.titleEn, approved, inProgress, target, gaps };
        });
      return {
        id: t.id,
        titleNl: t.titleNl,
        titleEn: t.titleEn,
        approved: themeApproved,
        target: themeTarget,
        objectives,
      };
    });
  return { themes, totals };
}

async function withYearCheck<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err, 'editions_year_unique')) {
      throw conflict('edition_year_taken', 'There is already an edition for this year.', {
        fields: [{ field: 'year', code: 'edition_year_taken', message: 'already has an edition' }],
      });
    }
    throw err;
  }
}

async function withTitleCheck<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw conflict('title_taken', 'This edition already has one with this Dutch title.', {
        fields: [{ field: 'titleNl', code: 'title_taken', message: 'is already used in this edition' }],
      });
    }
    throw err;
  }
}
