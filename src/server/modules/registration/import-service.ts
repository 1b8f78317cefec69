/**
 * Participant uploads in two steps: preview (every problem by row, nothing stored) and
 * import (all or nothing, in one transaction, refused while the file has problems).
 */
import type { DbOrTx } from '../../db/client.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { AppError, invalidField } from '../../lib/errors.ts';
import type { Principal } from '../../lib/principal.ts';
import { addMemberInTx, sendInvitations, type TeamRef, withOneTeamRule } from './invitations.ts';
import { MAX_FILE_BYTES, readParticipantFile } from './participant-file.ts';
import { type ParticipantRow, type RowProblem, readParticipantRows } from './participant-rows.ts';
import { canChangeAfterClose } from './policies.ts';
import { presentMember } from './presenter.ts';
import { invalidatePublicPage } from './public-cache.ts';
import { registrationClosed } from './registration-state.ts';
import * as repo from './repository.ts';
import type { ImportPreviewView } from './views.ts';
import { guardChange, stateOf } from './window-service.ts';

export interface Upload {
  filename: string;
  contentBase64: string;
}

interface ParsedUpload {
  kind: ImportPreviewView['kind'];
  rows: ParticipantRow[];
  fileProblems: RowProblem[];
}

async function parseUpload(upload: Upload): Promise<ParsedUpload> {
  const bytes = Buffer.from(upload.contentBase64, 'base64');
  if (bytes.length > MAX_FILE_BYTES) {
    throw invalidField('contentBase64', 'file_too_large', 'The file is larger than 2 MB.');
  }
  const file = await readParticipantFile(upload.filename, bytes);
  const { rows, problems } = readParticipantRows(file.table);
  return { kind: file.kind, rows, fileProblems: [...file.problems, ...problems] };
}

/** Adds the problems only the database knows: people already in a team this edition. */
async function checkAgainstTeams(
  db: DbOrTx,
  team: TeamRef,
  parsed: ParsedUpload,
): Promise<ImportPreviewView> {
  const emails = parsed.rows.filter((r) => !r.problems.some((p) => p.field === 'email')).map((r) => r.email);
  const existing = new Map(
    (await repo.membershipsByEmail(db, team.editionId, emails)).map((m) => [m.email, m]),
  );
  const rows = parsed.rows.map((r) => {
    const m = existing.get(r.email);
    if (!m || r.problems.some((p) => p.field === 'email')) return r;
    const problem: RowProblem =
      m.organizationId === team.organizationId
        ? {
            row: r.row,
            field: 'email',
            code: 'already_in_company',
            message: `${r.email} is already in team ${m.teamName} of your organisation for this edition.`,
            params: { team: m.teamName },
          }
        : {
            row: r.row,
            field: 'email',
            code: 'already_in_other_company',
            message: `${r.email} already plays in a team of another organisation this edition.`,
          };
    return { ...r, problems: [...r.problems, problem] };
  });
  const problems = [...parsed.fileProblems, ...rows.flatMap((r) => r.problems)].sort((a, b) => a.row - b.row);
  const valid = rows.filter((r) => r.problems.length === 0).length;
  return {
    kind: parsed.kind,
    rows,
    problems,
    total: rows.length,
    valid,
    canImport: problems.length === 0 && rows.length > 0,
  };
}

export async function previewImport(
  ctx: AppContext,
  actor: Principal,
  team: TeamRef,
  upload: Upload,
): Promise<ImportPreviewView> {
  const { state } = await stateOf(ctx.db, team.editionId);
  if (!state.open && !canChangeAfterClose(actor)) throw registrationClosed(state);
  return checkAgainstTeams(ctx.db, team, await parseUpload(upload));
}

/** Imports every row or none; answers 400 import_invalid with the preview's problems otherwise. */
export async function commitImport(ctx: AppContext, actor: Principal, team: TeamRef, upload: Upload) {
  const parsed = await parseUpload(upload);
  const memberIds = await withOneTeamRule(() =>
    ctx.db.transaction(async (tx) => {
      const { overridden } = await guardChange(tx, actor, team.editionId);
      const preview = await checkAgainstTeams(tx, team, parsed);
      if (!preview.canImport) {
        throw new AppError(
          400,
          'import_invalid',
          `The file has ${preview.problems.length} problem(s); nothing was imported.`,
          { problems: preview.problems },
        );
      }
      const ids: string[] = [];
      for (const row of preview.rows) {
        const member = await addMemberInTx(ctx, tx, actor, team, row, 'import');
        ids.push(member.id);
      }
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'team.participants_imported',
        entityType: 'team',
        entityId: team.id,
        details: { filename: upload.filename, kind: preview.kind, count: ids.length, afterClose: overridden },
      });
      return ids;
    }),
  );
  invalidatePublicPage(ctx);
  await sendInvitations(ctx, memberIds);
  const members = await repo.membersByIds(ctx.db, memberIds);
  return { created: members.length, members: members.map(presentMember) };
}
