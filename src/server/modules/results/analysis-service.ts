/**
 * Loads an edition's records and computes its results (compute.ts). Reports and the
 * review screen share one computation per edition per app instance for a short while,
 * so a crowd opening their reports at once computes it once.
 */
import { type PlayWindow, playWindow, type WindowPhase, windowPhase } from '../../../domain/event-window.ts';
import type { AppContext } from '../../lib/context.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { type EditionRow, findEdition, findEditionByYear } from '../editions/repository.ts';
import { closeOpenAttempts } from '../play/service.ts';
import { baselineResponses } from './baseline.ts';
import { computeResults } from './compute.ts';
import { readableText } from './flags.ts';
import * as records from './records-repository.ts';
import * as repo from './repository.ts';
import type { ResultsData } from './results-data.ts';

export interface EditionContext {
  edition: EditionRow;
  window: PlayWindow;
  phase: WindowPhase;
}

/** The edition with its play window and where "now" falls (409 no_event_date without an event day). */
export async function editionContext(
  ctx: AppContext,
  which: { id: string } | { year: number },
): Promise<EditionContext> {
  const edition =
    'id' in which ? await findEdition(ctx.db, which.id) : await findEditionByYear(ctx.db, which.year);
  if (!edition) throw notFound('id' in which ? 'Edition' : `Edition ${which.year}`);
  if (!edition.eventDate) throw new AppError(409, 'no_event_date', 'This edition has no event date yet.');
  const window = playWindow(
    edition.eventDate,
    edition.windowStart.slice(0, 5),
    edition.windowEnd.slice(0, 5),
  );
  return { edition, window, phase: windowPhase(window, ctx.clock.now().getTime()) };
}

export interface EditionAnalysis extends EditionContext {
  data: ResultsData;
  members: records.MemberRecord[];
  answers: records.ServedAnswerRecord[];
  /** Question versions that were served, by version id. */
  versions: Map<string, records.VersionRecord>;
  /** Participants staff left out of the awards. */
  excludedUserIds: Set<string>;
}

/** Loads everything and computes the results now (no cache). Closes attempts left open after the window. */
export async function analyzeEdition(ctx: AppContext, edition: EditionContext): Promise<EditionAnalysis> {
  if (edition.phase === 'after') await closeOpenAttempts(ctx, edition.edition.id, edition.window);
  const editionId = edition.edition.id;
  const opensAt = new Date(edition.window.opensAt);
  const [members, totals, answers, exclusions, baseline] = await Promise.all([
    records.confirmedMembers(ctx.db, editionId),
    records.attemptTotals(ctx.db, editionId),
    records.servedAnswers(ctx.db, editionId),
    repo.activeExclusions(ctx.db, editionId),
    baselineResponses(ctx, editionId, opensAt),
  ]);
  const versionIds = [...new Set(answers.map((a) => a.versionId))];
  const versions = new Map(
    (await records.versionsWithObjective(ctx.db, versionIds)).map((v) => [v.versionId, v]),
  );
  const stemCharacters = new Map(
    [...versions.values()].map((v) => [
      v.versionId,
      readableText(v.content.stem, v.content.stemFormat).length,
    ]),
  );
  const excludedUserIds = new Set(exclusions.filter((x) => x.attemptId === null).map((x) => x.userId));
  const data = computeResults({
    computedAt: ctx.clock.now(),
    final: edition.phase === 'after',
    members,
    totals,
    answers,
    stemCharacters,
    baseline,
    excludedUserIds,
  });
  return { ...edition, data, members, answers, versions, excludedUserIds };
}

const CACHE_MS = 30_000;
const caches = new WeakMap<AppContext, Map<string, { expires: number; value: Promise<EditionAnalysis> }>>();

/** The edition's analysis, computed at most once per CACHE_MS per app instance. */
export function cachedAnalysis(ctx: AppContext, edition: EditionContext): Promise<EditionAnalysis> {
  let cache = caches.get(ctx);
  if (!cache) {
    cache = new Map();
    caches.set(ctx, cache);
  }
  const now = performance.now();
  const key = edition.edition.id;
  const hit = cache.get(key);
  if (hit && hit.expires > now) return hit.value;
  const value = analyzeEdition(ctx, edition);
  cache.set(key, { expires: now + CACHE_MS, value });
  value.catch(() => cache.delete(key));
  return value;
}

/** Drops this instance's cached analysis (after exclusions change, or in tests). */
export function forgetAnalysis(ctx: AppContext, editionId?: string): void {
  if (editionId) caches.get(ctx)?.delete(editionId);
  else caches.get(ctx)?.clear();
}

export interface ResultsSource {
  data: ResultsData;
  status: 'official' | 'provisional';
  publishedAt: Date | null;
}

/** Snapshots never change, so an instance keeps the few it read last. */
const snapshotCache = new WeakMap<AppContext, Map<string, Promise<ResultsData>>>();
const SNAPSHOTS_KEPT = 4;

/** A stored snapshot's data, read once per instance. */
export function snapshotData(ctx: AppContext, snapshotId: string): Promise<ResultsData> {
  let cache = snapshotCache.get(ctx);
  if (!cache) {
    cache = new Map();
    snapshotCache.set(ctx, cache);
  }
  const hit = cache.get(snapshotId);
  if (hit) return hit;
  const value = repo.findSnapshot(ctx.db, snapshotId).then((row) => {
    if (!row) throw notFound('Snapshot');
    return row.data;
  });
  cache.set(snapshotId, value);
  value.catch(() => cache.delete(snapshotId));
  if (cache.size > SNAPSHOTS_KEPT) cache.delete(cache.keys().next().value!);
  return value;
}

/** The published results when there are any, otherwise the provisional ones computed now (cached). */
export async function currentResults(ctx: AppContext, edition: EditionContext): Promise<ResultsSource> {
  const publication = await repo.findPublication(ctx.db, edition.edition.id);
  if (publication?.publishedSnapshotId && publication.publishedAt) {
    return {
      data: await snapshotData(ctx, publication.publishedSnapshotId),
      status: 'official',
      publishedAt: publication.publishedAt,
    };
  }
  const analysis = await cachedAnalysis(ctx, edition);
  return { data: analysis.data, status: 'provisional', publishedAt: null };
}
