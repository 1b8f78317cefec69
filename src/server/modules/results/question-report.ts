/**
 * Per question of the event day, for the content experts improving next year's edition:
 * share correct, discrimination, option choices, Rasch difficulty (from the same
 * calibration as the learning curve) and flags for questions that misbehave.
 */
import type { AppContext } from '../../lib/context.ts';
import { cachedAnalysis, type EditionContext } from './analysis-service.ts';
import { readableText } from './flags.ts';
import { analyzeItems, type ItemAnswer } from './item-analysis.ts';
import type { QuestionReportView } from './views.ts';

const STEM_EXCERPT = 200;

export async function questionReport(ctx: AppContext, edition: EditionContext): Promise<QuestionReportView> {
  const analysis = await cachedAnalysis(ctx, edition);
  const answers: ItemAnswer[] = [];
  const latestVersion = new Map<string, string>();
  for (const a of analysis.answers) {
    const settled = a.answeredAtMs !== null || a.late !== null || a.attemptStatus !== 'in_progress';
    if (!settled || a.excluded || analysis.excludedUserIds.has(a.userId)) continue;
    const version = analysis.versions.get(a.versionId);
    if (!version) continue;
    const previous = latestVersion.get(a.questionId);
    if (!previous || (analysis.versions.get(previous)?.version ?? 0) < version.version) {
      latestVersion.set(a.questionId, a.versionId);
    }
    const answered = a.answeredAtMs !== null && a.late === 'in_time';
    answers.push({
      attemptId: a.attemptId,
      questionId: a.questionId,
      type: version.content.type,
      credit: answered ? Number(a.credit ?? 0) : 0,
      answered,
      response: answered ? (a.response ?? null) : null,
    });
  }
  const optionCounts = new Map(
    [...latestVersion].map(([questionId, versionId]) => [
      questionId,
      analysis.versions.get(versionId)!.content.options.length,
    ]),
  );
  const difficulties = new Map(analysis.data.learningCurve.items.map((i) => [i.questionId, i]));
  const stats = analyzeItems(answers, optionCounts);
  const questions = stats.map((s) => {
    const version = analysis.versions.get(latestVersion.get(s.questionId)!)!;
    const item = difficulties.get(s.questionId);
    const stem = readableText(version.content.stem, version.content.stemFormat);
    return {
      questionId: s.questionId,
      pool: version.pool,
      type: version.content.type,
      objectiveId: version.objectiveId,
      themeId: version.themeId,
      stem: stem.length > STEM_EXCERPT ? `${stem.slice(0, STEM_EXCERPT - 1)}…` : stem,
      served: s.served,
      answered: s.answered,
      shareCorrect: s.shareCorrect,
      shareFullyCorrect: s.shareFullyCorrect,
      pointBiserial: s.pointBiserial,
      options: version.content.options.map((o, index) => ({
        text: o.text,
        correct: o.correct,
        chosen: s.chosen[index] ?? 0,
      })),
      difficulty: item?.difficulty ?? null,
      difficultySe: item?.se ?? null,
      difficultyStatus: item?.status ?? ('not_calibrated' as const),
      flags: s.flags,
    };
  });
  questions.sort(
    (a, b) =>
      b.flags.length - a.flags.length ||
      (a.pool < b.pool ? -1 : a.pool > b.pool ? 1 : 0) ||
      (a.stem < b.stem ? -1 : 1),
  );
  return {
    edition: { year: edition.edition.year, name: edition.edition.name },
    computedAt: analysis.data.computedAt,
    calibration: analysis.data.learningCurve.calibration,
    questions,
  };
}
