import type { JobRole } from '../../lib/roles.ts';

// What the results report API answers (see src/server/modules/results/views.ts, "Reports").

export type ReportStatus = 'official' | 'provisional';
export type QuestionType = 'single' | 'multiple' | 'truefalse' | 'ordering';
export type TextFormat = 'markdown' | 'html' | 'plain';
export type QuestionPool = 'core' | 'manager' | 'practice';

interface Shares {
  /** Mean credit (0–1); null = nothing to show (no answers, or a group too small to show). */
  share: number | null;
  /** How many answers the share rests on. */
  counted: number;
  sector: number | null;
  /** share − sector. */
  difference: number | null;
}

export interface ObjectiveShare extends Shares {
  objectiveId: string;
  titleNl: string;
  titleEn: string;
}

export interface ThemeShare extends Shares {
  themeId: string;
  titleNl: string;
  titleEn: string;
  objectives: ObjectiveShare[];
}

export interface AttemptFigures {
  status: 'in_progress' | 'finished' | 'closed';
  score: number;
  served: number;
  answered: number;
  questionCount: number;
  totalTimeMs: number;
}

export interface Position {
  rank: number;
  of: number;
}

export interface AbilityPoint {
  phase: 'baseline' | 'event';
  theta: number;
  se: number;
  responses: number;
  score: number;
}

export interface LearningCurve {
  qualified: boolean;
  reason: 'too_few_baseline' | 'too_few_event' | 'no_data' | null;
  baselineResponses: number;
  eventResponses: number;
  points: AbilityPoint[];
  gain: number | null;
  seGain: number | null;
  lowerBound: number | null;
}

export interface WrongAnswer {
  module: 'core' | 'manager';
  position: number;
  objectiveId: string;
  themeId: string;
  type: QuestionType;
  stem: string;
  stemFormat: TextFormat;
  options: Array<{ text: string; correct: boolean; chosen: boolean; feedback: string | null }>;
  /** Ordering questions: option indices in the order given. */
  givenOrder: number[] | null;
  credit: number;
  outcome: 'wrong' | 'half_right' | 'unanswered' | 'late';
  explanation: string;
}

export interface ParticipantReport {
  edition: { year: number; name: string };
  status: ReportStatus;
  publishedAt: string | null;
  participant: {
    name: string;
    teamName: string;
    organizationName: string;
    role: JobRole;
    display: 'full' | 'initials' | 'hidden';
  };
  core: AttemptFigures | null;
  managerModule: AttemptFigures | null;
  positions: {
    employeeByScore: Position | null;
    manager: Position | null;
    learningCurve: Position | null;
    team: { rank: number | null; of: number; eligible: boolean; meanScore: number } | null;
  };
  themes: ThemeShare[];
  learningCurve: LearningCurve;
  wrongAnswers: WrongAnswer[];
  certificateAvailable: boolean;
}

export interface GroupFigures {
  players: number;
  suppressed: boolean;
  themes: ThemeShare[];
  /** Objective ids furthest above / below the sector (at most 3 each). */
  strengths: string[];
  weaknesses: string[];
}

export interface TeamFigures extends GroupFigures {
  teamId: string;
  teamName: string;
  invited: number;
  confirmed: number;
  completedCore: number;
  meanScore: number;
  eligible: boolean;
  rank: number | null;
  of: number;
}

export interface OrganizationReport {
  edition: { year: number; name: string };
  status: ReportStatus;
  publishedAt: string | null;
  organization: { id: string; name: string };
  minimumGroupSize: number;
  participation: {
    teams: number;
    invited: number;
    confirmed: number;
    startedCore: number;
    completedCore: number;
    completedManager: number;
  };
  overall: GroupFigures;
  teams: TeamFigures[];
  members: Array<{
    name: string;
    teamName: string;
    role: JobRole;
    startedCore: boolean;
    completedCore: boolean;
    completedManager: boolean;
  }>;
}

export const questionFlags = ['negative_discrimination', 'nobody_right', 'everybody_right'] as const;
export type QuestionFlag = (typeof questionFlags)[number];

export interface QuestionStat {
  questionId: string;
  pool: QuestionPool;
  type: QuestionType;
  objectiveId: string;
  themeId: string;
  stem: string;
  served: number;
  answered: number;
  shareCorrect: number | null;
  shareFullyCorrect: number | null;
  pointBiserial: number | null;
  /** Per option how often it was chosen (ordering: put in its right place). */
  options: Array<{ text: string; correct: boolean; chosen: number }>;
  difficulty: number | null;
  difficultySe: number | null;
  difficultyStatus: 'estimated' | 'no_responses' | 'all_correct' | 'all_wrong' | 'not_calibrated';
  flags: QuestionFlag[];
}

export interface QuestionReport {
  edition: { year: number; name: string };
  computedAt: string;
  calibration: {
    items: number;
    estimatedItems: number;
    rows: number;
    iterations: number;
    converged: boolean;
    populationMean: number;
    populationSd: number;
  } | null;
  questions: QuestionStat[];
}
