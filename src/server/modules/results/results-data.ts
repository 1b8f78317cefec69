/**
 * The shape of a computed result as stored in `result_snapshots.data` (JSON). People and
 * teams appear by id only; names are looked up with their current display preference
 * when a result is shown. Times are ISO strings, abilities in logits.
 */
import type { TieBreakCode } from '../../../domain/ranking/competition-rank.ts';

export const RESULTS_DATA_VERSION = 1;

/** A place in the smartest-employee (score route) or smartest-manager ranking. */
export interface IndividualResult {
  rank: number;
  participantId: string;
  teamId: string;
  /** Sum of credits (1, ½, 0). */
  score: number;
  /** Answering time used for tie-breaks: divided by the person's extra-time factor. */
  totalTimeMs: number;
  finishedAt: string;
  tieBreak: TieBreakCode;
}

export interface TeamResult {
  rank: number;
  teamId: string;
  organizationId: string;
  meanScore: number;
  confirmedCount: number;
  playerCount: number;
  meanTimeMs: number | null;
  lastFinishAt: string | null;
  tieBreak: TieBreakCode;
}

/** A team below the minimum number of players (shown to staff and in the team's own report). */
export interface TeamNotEligible {
  teamId: string;
  organizationId: string;
  meanScore: number;
  confirmedCount: number;
  playerCount: number;
}

export interface AbilityResult {
  theta: number;
  se: number;
  responses: number;
  score: number;
}

export interface LearningCurveResult {
  rank: number;
  participantId: string;
  teamId: string;
  baseline: AbilityResult;
  event: AbilityResult;
  gain: number;
  seGain: number;
  /** gain − 2·seGain: the ranking key. */
  lowerBound: number;
  finishedAt: string | null;
}

export interface LearningCurveExclusion {
  participantId: string;
  reason: 'too_few_baseline' | 'too_few_event';
  baselineResponses: number;
  eventResponses: number;
}

export interface CalibrationSummary {
  items: number;
  estimatedItems: number;
  /** Calibration rows (one per person per phase). */
  rows: number;
  iterations: number;
  converged: boolean;
  populationMean: number;
  populationSd: number;
}

/** Rasch difficulty of one question from the calibration (null when not estimable). */
export interface ItemDifficulty {
  questionId: string;
  difficulty: number | null;
  se: number | null;
  status: 'estimated' | 'no_responses' | 'all_correct' | 'all_wrong';
  responses: number;
  correct: number;
}

export type FlagKind = 'too_fast' | 'tab_switches' | 'late_answer';

/**
 * A signal for staff review, never a verdict. Answer flags (too_fast, late_answer) name
 * the question position; tab_switches is about a whole attempt.
 */
export interface ReviewFlag {
  kind: FlagKind;
  participantId: string;
  attemptId: string;
  module: 'core' | 'manager';
  position: number | null;
  questionId: string | null;
  /** too_fast: time between serving and answering, and the floor it was under. */
  elapsedMs: number | null;
  floorMs: number | null;
  /** tab_switches: times the quiz tab was left during this attempt. */
  tabHidden: number | null;
  /** Already excluded (the answer or the whole participant) when computed. */
  excluded: boolean;
}

export interface ResultCounts {
  confirmedParticipants: number;
  startedCore: number;
  completedCore: number;
  completedManager: number;
  teams: number;
  eligibleTeams: number;
  excludedParticipants: number;
  excludedAnswers: number;
}

export interface ResultsData {
  version: typeof RESULTS_DATA_VERSION;
  computedAt: string;
  /** Whether the play window had closed when this was computed. */
  final: boolean;
  counts: ResultCounts;
  employeeByScore: IndividualResult[];
  manager: IndividualResult[];
  organization: TeamResult[];
  teamsNotEligible: TeamNotEligible[];
  learningCurve: {
    ranking: LearningCurveResult[];
    notQualified: LearningCurveExclusion[];
    calibration: CalibrationSummary | null;
    items: ItemDifficulty[];
  };
  flags: ReviewFlag[];
}
