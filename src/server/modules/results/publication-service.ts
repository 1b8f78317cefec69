/**
 * Official results: staff review the computed results with their flags, exclude answers
 * or participants (with a reason), store a snapshot, freeze it and publish it. Once
 * published, computing again needs a reason; every step is audited.
 */

import { recordAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { AppError, conflict, isUniqueViolation, notFound } from '../../lib/errors.ts';
import type { Principal } from '../../lib/principal.ts';
import { findAttempt } from '../play/repository.ts';
import { cachedPublic, invalidatePublicPage } from '../registration/public-cache.ts';
import { donationCounter } from '../registration/public-service.ts';
import { analyzeEdition, editionContext, forgetAnalysis, snapshotData } from './analysis-service.ts';
import {
  buildLookups,
  type Lookups,
  presentExclusion,
  presentName,
  presentPublication,
  presentResults,
  presentSnapshotSummary,
} from './presenter.ts';
import * as records from './records-repository.ts';
import * as repo from './repository.ts';
import type { ComputeInput, ExclusionInput } from './schemas.ts';
import type { PublicResultsView } from './views.ts';

const windowNotClosed = () =>
  new AppError(409, 'window_not_closed', 'Official results can be stored after the play window has closed.');

/** Names of whoever froze and published (and computed the given snapshots). */
function staffNames(
  ctx: AppContext,
  publication: repo.PublicationRow | undefined,
  computedBy: Array<string | null> = [],
) {
  return repo.namesOf(ctx.db, [publication?.frozenBy, publication?.publishedBy, ...computedBy]);
}

async function lookupsOf(ctx: AppContext, editionId: string): Promise<Lookups> {
  return buildLookups(await records.peopleOfEdition(ctx.db, editionId));
}

/** The results as they would be computed now (not stored), with flags and exclusions, for review. */
export async function reviewResults(ctx: AppContext, editionId: string, top: number) {
  const edition = await editionContext(ctx, { id: editionId });
  const analysis = await analyzeEdition(ctx, edition);
  const [lookups, publication, exclusions] = await Promise.all([
    lookupsOf(ctx, editionId),
    repo.findPublication(ctx.db, editionId),
    repo.activeExclusions(ctx.db, editionId),
  ]);
  return {
    edition: { id: editionId, year: edition.edition.year, name: edition.edition.name, phase: edition.phase },
    publication: presentPublication(publication, await staffNames(ctx, publication)),
    results: presentResults(analysis.data, lookups, top),
    exclusions: exclusions.map((x) => presentExclusion(x, lookups)),
  };
}

/**
 * Computes the results and stores them as a new snapshot. After publication a reason is
 * required (400 reason_required); the snapshot then records that it came after
 * publication, and the audit row says why.
 */
export async function computeSnapshot(
  ctx: AppContext,
  actor: Principal,
  editionId: string,
  input: ComputeInput,
) {
  const edition = await editionContext(ctx, { id: editionId });
  if (edition.phase !== 'after') throw windowNotClosed();
  const analysis = await analyzeEdition(ctx, edition);
  const snapshot = await ctx.db.transaction(async (tx) => {
    const publication = await repo.lockPublication(tx, editionId);
    const afterPublication = publication.publishedSnapshotId !== null;
    if (afterPublication && !input.reason) {
      throw new AppError(
        400,
        'reason_required',
        'The results have been published; say why they are computed again.',
        { fields: [{ field: 'reason', code: 'reason_required', message: 'is required after publication' }] },
      );
    }
    const row = await repo.insertSnapshot(tx, {
      editionId,
      sequence: await repo.nextSnapshotSequence(tx, editionId),
      computedAt: ctx.clock.now(),
      computedBy: actor.id,
      reason: input.reason ?? null,
      afterPublication,
      data: analysis.data,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: afterPublication ? 'results.recomputed_after_publication' : 'results.computed',
      entityType: 'edition',
      entityId: editionId,
      details: { snapshotId: row.id, sequence: row.sequence, reason: row.reason },
    });
    return { row, publication };
  });
  forgetAnalysis(ctx, editionId);
  return presentSnapshotSummary(snapshot.row, snapshot.publication, new Map([[actor.id, actor.name]]));
}

export async function listSnapshots(ctx: AppContext, editionId: string) {
  await editionContext(ctx, { id: editionId });
  const [rows, publication] = await Promise.all([
    repo.listSnapshots(ctx.db, editionId),
    repo.findPublication(ctx.db, editionId),
  ]);
  const names = await staffNames(
    ctx,
    publication,
    rows.map((r) => r.computedBy),
  );
  return {
    publication: presentPublication(publication, names),
    snapshots: rows.map((r) => presentSnapshotSummary(r, publication, names)),
  };
}

async function snapshotOfEdition(ctx: AppContext, editionId: string, snapshotId: string) {
  const snapshot = await repo.findSnapshot(ctx.db, snapshotId);
  if (!snapshot || snapshot.editionId !== editionId) throw notFound('Snapshot');
  return snapshot;
}

export async function getSnapshot(ctx: AppContext, editionId: string, snapshotId: string, top: number) {
  const snapshot = await snapshotOfEdition(ctx, editionId, snapshotId);
  const [lookups, publication] = await Promise.all([
    lookupsOf(ctx, editionId),
    repo.findPublication(ctx.db, editionId),
  ]);
  return {
    snapshot: presentSnapshotSummary(
      snapshot,
      publication,
      await staffNames(ctx, publication, [snapshot.computedBy]),
    ),
    results: presentResults(snapshot.data, lookups, top),
  };
}

/** Marks a stored snapshot as the final result (not public yet). */
export async function freezeSnapshot(
  ctx: AppContext,
  actor: Principal,
  editionId: string,
  snapshotId: string,
) {
  const edition = await editionContext(ctx, { id: editionId });
  if (edition.phase !== 'after') throw windowNotClosed();
  const snapshot = await snapshotOfEdition(ctx, editionId, snapshotId);
  const publication = await ctx.db.transaction(async (tx) => {
    const current = await repo.lockPublication(tx, editionId);
    if (current.frozenSnapshotId === snapshotId)
      throw conflict('already_frozen', 'This snapshot is already frozen.');
    const values = { frozenSnapshotId: snapshotId, frozenAt: ctx.clock.now(), frozenBy: actor.id };
    await repo.updatePublication(tx, editionId, values);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'results.frozen',
      entityType: 'edition',
      entityId: editionId,
      details: { snapshotId, sequence: snapshot.sequence, previous: current.frozenSnapshotId },
    });
    return { ...current, ...values };
  });
  return presentPublication(publication, await staffNames(ctx, publication));
}

/** Publishes the frozen snapshot: the public results page shows it from now on. */
export async function publishResults(ctx: AppContext, actor: Principal, editionId: string) {
  await editionContext(ctx, { id: editionId });
  const publication = await ctx.db.transaction(async (tx) => {
    const current = await repo.lockPublication(tx, editionId);
    if (!current.frozenSnapshotId) throw conflict('nothing_frozen', 'Freeze a snapshot before publishing.');
    if (current.publishedSnapshotId === current.frozenSnapshotId) {
      throw conflict('already_published', 'The frozen snapshot is already published.');
    }
    const values = {
      publishedSnapshotId: current.frozenSnapshotId,
      publishedAt: ctx.clock.now(),
      publishedBy: actor.id,
    };
    await repo.updatePublication(tx, editionId, values);
    await recordAudit(tx, {
      actorId: actor.id,
      action: current.publishedSnapshotId ? 'results.republished' : 'results.published',
      entityType: 'edition',
      entityId: editionId,
      details: { snapshotId: current.frozenSnapshotId, previous: current.publishedSnapshotId },
    });
    return { ...current, ...values };
  });
  invalidatePublicPage(ctx);
  return presentPublication(publication, await staffNames(ctx, publication));
}

/** Leaves a participant, or one of their answers, out of the awards (audited, with the reason). */
export async function excludeFromResults(
  ctx: AppContext,
  actor: Principal,
  editionId: string,
  input: ExclusionInput,
) {
  await editionContext(ctx, { id: editionId });
  const people = await records.peopleOfEdition(ctx.db, editionId);
  if (!people.some((p) => p.userId === input.userId)) throw notFound('Participant');
  if (input.attemptId !== undefined) {
    const attempt = await findAttempt(ctx.db, input.attemptId);
    if (
      !attempt ||
      attempt.editionId !== editionId ||
      attempt.userId !== input.userId ||
      input.position === undefined ||
      input.position >= attempt.questionCount
    ) {
      throw notFound('Answer');
    }
  }
  try {
    const row = await ctx.db.transaction(async (tx) => {
      const inserted = await repo.insertExclusion(tx, {
        editionId,
        userId: input.userId,
        attemptId: input.attemptId ?? null,
        position: input.position ?? null,
        reason: input.reason,
        createdBy: actor.id,
        createdAt: ctx.clock.now(),
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'results.excluded',
        entityType: 'person',
        entityId: input.userId,
        details: {
          editionId,
          exclusionId: inserted.id,
          attemptId: inserted.attemptId,
          position: inserted.position,
          reason: inserted.reason,
        },
      });
      return inserted;
    });
    forgetAnalysis(ctx, editionId);
    return presentExclusion(row, buildLookups(people));
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('already_excluded', 'This is already excluded.');
    throw err;
  }
}

/** Takes an exclusion back (the row stays, with who revoked it and why). */
export async function revokeExclusion(
  ctx: AppContext,
  actor: Principal,
  editionId: string,
  exclusionId: string,
  reason: string,
) {
  await ctx.db.transaction(async (tx) => {
    const row = await repo.findExclusion(tx, exclusionId, true);
    if (!row || row.editionId !== editionId) throw notFound('Exclusion');
    if (row.revokedAt) throw conflict('already_revoked', 'This exclusion was already taken back.');
    await repo.revokeExclusion(tx, exclusionId, {
      revokedAt: ctx.clock.now(),
      revokedBy: actor.id,
      revokeReason: reason,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'results.exclusion_revoked',
      entityType: 'person',
      entityId: row.userId,
      details: { editionId, exclusionId, reason },
    });
  });
  forgetAnalysis(ctx, editionId);
}

const PODIUM_PLACES = 3;

/**
 * The public results page: the podiums of the published snapshot (names by each
 * person's own display choice; hidden people show no name and no organisation) and the
 * donation total. 404 not_published until staff publish.
 */
export function getPublicResults(ctx: AppContext, year: number): Promise<PublicResultsView> {
  // The page everyone refreshes at the ceremony: computed at most every few seconds per instance.
  return cachedPublic(ctx, `results:${year}`, () => loadPublicResults(ctx, year));
}

async function loadPublicResults(ctx: AppContext, year: number): Promise<PublicResultsView> {
  const edition = await editionContext(ctx, { year });
  if (edition.edition.status === 'draft') throw notFound(`Edition ${year}`);
  const publication = await repo.findPublication(ctx.db, edition.edition.id);
  if (!publication?.publishedSnapshotId || !publication.publishedAt) {
    throw new AppError(404, 'not_published', 'The results of this edition have not been published yet.');
  }
  const [data, lookups, donations] = await Promise.all([
    snapshotData(ctx, publication.publishedSnapshotId),
    lookupsOf(ctx, edition.edition.id),
    donationCounter(ctx.db, edition.edition),
  ]);
  const person = (participantId: string) => {
    const record = lookups.people.get(participantId);
    const name = record ? presentName(record) : null;
    return { name, organizationName: name === null ? null : (record?.organizationName ?? null) };
  };
  const podium = <T extends { rank: number }>(rows: readonly T[]) =>
    rows.filter((r) => r.rank <= PODIUM_PLACES);
  return {
    edition: { year: edition.edition.year, name: edition.edition.name },
    publishedAt: publication.publishedAt.toISOString(),
    podiums: {
      employeeByScore: podium(data.employeeByScore).map((r) => ({
        rank: r.rank,
        ...person(r.participantId),
        score: r.score,
      })),
      employeeByLearningCurve: podium(data.learningCurve.ranking).map((r) => ({
        rank: r.rank,
        ...person(r.participantId),
        gain: r.gain,
        lowerBound: r.lowerBound,
      })),
      manager: podium(data.manager).map((r) => ({
        rank: r.rank,
        ...person(r.participantId),
        score: r.score,
      })),
      organization: podium(data.organization).map((t) => ({
        rank: t.rank,
        teamName: lookups.teams.get(t.teamId)?.teamName ?? '—',
        organizationName: lookups.teams.get(t.teamId)?.organizationName ?? '—',
        meanScore: t.meanScore,
        playerCount: t.playerCount,
        confirmedCount: t.confirmedCount,
      })),
    },
    counts: {
      participants: data.counts.confirmedParticipants,
      completedCore: data.counts.completedCore,
      teams: data.counts.teams,
    },
    donations,
  };
}
