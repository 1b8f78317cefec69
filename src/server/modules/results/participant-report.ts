/**
 * A participant's own report: score and positions, shares per theme and objective next
 * to the sector, the learning curve from baseline to event day, and the questions they
 * did not get completely right with the right answer and the explanation. Available once
 * the play window has closed (it shows right answers).
 */
import type { AppContext } from '../../lib/context.ts';
import { AppError } from '../../lib/errors.ts';
import { objectivesOf, themesOf } from '../editions/repository.ts';
import { currentResults, type EditionContext } from './analysis-service.ts';
import { sumByObjective, themeBreakdown } from './breakdown.ts';
import * as records from './records-repository.ts';
import type { ResultsData } from './results-data.ts';
import type { ParticipantReportView } from './views.ts';

export const reportNotYet = () =>
  new AppError(409, 'report_not_available', 'Reports are available once the play window has closed.');

/** The confirmed member behind a report (404 not_registered when the person did not take part). */
export async function reportMember(ctx: AppContext, editionId: string, userId: string) {
  const [member] = await records.confirmedMembers(ctx.db, editionId, { userId });
  if (!member) throw new AppError(404, 'not_registered', 'This person did not take part in this edition.');
  return member;
}

function positionIn<T extends { participantId: string; rank: number }>(rows: readonly T[], id: string) {
  const row = rows.find((r) => r.participantId === id);
  return row ? { rank: row.rank, of: rows.length } : null;
}

function teamPosition(data: ResultsData, teamId: string) {
  const ranked = data.organization.find((t) => t.teamId === teamId);
  if (ranked)
    return { rank: ranked.rank, of: data.organization.length, eligible: true, meanScore: ranked.meanScore };
  const other = data.teamsNotEligible.find((t) => t.teamId === teamId);
  return other
    ? { rank: null, of: data.organization.length, eligible: false, meanScore: other.meanScore }
    : null;
}

function learningCurveOf(data: ResultsData, userId: string): ParticipantReportView['learningCurve'] {
  const ranked = data.learningCurve.ranking.find((r) => r.participantId === userId);
  if (ranked) {
    return {
      qualified: true,
      reason: null,
      baselineResponses: ranked.baseline.responses,
      eventResponses: ranked.event.responses,
      points: [
        { phase: 'baseline', ...ranked.baseline },
        { phase: 'event', ...ranked.event },
      ],
      gain: ranked.gain,
      seGain: ranked.seGain,
      lowerBound: ranked.lowerBound,
    };
  }
  const excluded = data.learningCurve.notQualified.find((r) => r.participantId === userId);
  return {
    qualified: false,
    reason: excluded?.reason ?? 'no_data',
    baselineResponses: excluded?.baselineResponses ?? 0,
    eventResponses: excluded?.eventResponses ?? 0,
    points: [],
    gain: null,
    seGain: null,
    lowerBound: null,
  };
}

type Outcome = ParticipantReportView['wrongAnswers'][number]['outcome'];

async function wrongAnswers(ctx: AppContext, editionId: string, userId: string) {
  const answers = (await records.servedAnswers(ctx.db, editionId, userId)).filter(
    (a) => a.answeredAtMs !== null || a.late !== null || a.attemptStatus !== 'in_progress',
  );
  const missed = answers.filter((a) => !(a.late === 'in_time' && a.credit === 1));
  const versions = new Map(
    (await records.versionsWithObjective(ctx.db, [...new Set(missed.map((a) => a.versionId))])).map((v) => [
      v.versionId,
      v,
    ]),
  );
  return missed.map((a) => {
    const version = versions.get(a.versionId)!;
    const content = version.content;
    const response = a.response ?? null;
    const chosen = new Set(
      typeof response === 'number' ? [response] : content.type === 'ordering' ? [] : (response ?? []),
    );
    const outcome: Outcome =
      a.late === 'late'
        ? 'late'
        : a.answeredAtMs === null
          ? 'unanswered'
          : Number(a.credit) === 0.5
            ? 'half_right'
            : 'wrong';
    return {
      module: a.module,
      position: a.position,
      objectiveId: version.objectiveId,
      themeId: version.themeId,
      type: content.type,
      stem: content.stem,
      stemFormat: content.stemFormat,
      options: content.options.map((o, index) => ({
        text: o.text,
        correct: o.correct,
        chosen: chosen.has(index),
        feedback: o.feedback ?? null,
      })),
      givenOrder: content.type === 'ordering' && Array.isArray(response) ? response : null,
      credit: Number(a.credit ?? 0),
      outcome,
      explanation: content.explanation,
    };
  });
}

function attemptFigures(t: records.AttemptTotalsRecord | undefined) {
  if (!t) return null;
  return {
    status: t.status,
    score: t.score,
    served: t.served,
    answered: t.answered,
    questionCount: t.questionCount,
    totalTimeMs: Math.round(t.timeMs),
  };
}

export async function participantReport(
  ctx: AppContext,
  edition: EditionContext,
  userId: string,
): Promise<ParticipantReportView> {
  if (edition.phase !== 'after') throw reportNotYet();
  const editionId = edition.edition.id;
  const member = await reportMember(ctx, editionId, userId);
  const results = await currentResults(ctx, edition);
  const [totals, objectiveTotals, themes, objectives, wrong] = await Promise.all([
    records.attemptTotals(ctx.db, editionId, userId),
    records.coreObjectiveTotals(ctx.db, editionId),
    themesOf(ctx.db, editionId),
    objectivesOf(ctx.db, editionId),
    wrongAnswers(ctx, editionId, userId),
  ]);
  const core = totals.find((t) => t.module === 'core');
  const manager = totals.find((t) => t.module === 'manager');
  const breakdown = themeBreakdown(
    { themes, objectives },
    sumByObjective(objectiveTotals, new Set([userId])),
    sumByObjective(objectiveTotals),
  );
  return {
    edition: { year: edition.edition.year, name: edition.edition.name },
    status: results.status,
    publishedAt: results.publishedAt?.toISOString() ?? null,
    participant: {
      name: member.name,
      teamName: member.teamName,
      organizationName: member.organizationName,
      role: member.role,
      display: member.display,
    },
    core: attemptFigures(core),
    managerModule: attemptFigures(manager),
    positions: {
      employeeByScore: positionIn(results.data.employeeByScore, userId),
      manager: positionIn(results.data.manager, userId),
      learningCurve: positionIn(results.data.learningCurve.ranking, userId),
      team: teamPosition(results.data, member.teamId),
    },
    themes: breakdown,
    learningCurve: learningCurveOf(results.data, userId),
    wrongAnswers: wrong,
    certificateAvailable: core !== undefined && core.status !== 'in_progress',
  };
}
