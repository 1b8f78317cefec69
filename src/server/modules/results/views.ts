/** Response schemas of the results API: what leaves the server, per endpoint. */
import { z } from 'zod';
import { jobRoles } from '../../db/schema/index.ts';
import { counterView } from '../registration/views.ts';

const iso = z.iso.datetime();
const tieBreak = z.enum(['decided_by_score', 'tie_broken_by_time', 'tie_broken_by_finish', 'tied']);
const phase = z.enum(['before', 'open', 'after']);
const display = z.enum(['full', 'initials', 'hidden']);
const moduleEnum = z.enum(['core', 'manager']);
const editionRef = z.object({ year: z.number(), name: z.string() });

export const errorView = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

// ---------------------------------------------------------------------------------------
// Live leaderboard

export const liveBoardView = z.object({
  edition: editionRef,
  phase,
  /** Always true: live boards are provisional; official results are published after review. */
  provisional: z.boolean(),
  updatedAt: iso,
  counts: z.object({ playing: z.number(), finished: z.number() }),
  teamMinimum: z.number(),
  /** Score route of the smartest-employee award, quizzes in progress at their score so far. */
  topPlayers: z.array(
    z.object({
      rank: z.number(),
      /** null = the person chose to be hidden ("anonymous participant"); team and organisation are hidden too. */
      name: z.string().nullable(),
      teamName: z.string().nullable(),
      organizationName: z.string().nullable(),
      score: z.number(),
      tieBreak,
    }),
  ),
  /** Teams with at least `teamMinimum` players. */
  topTeams: z.array(
    z.object({
      rank: z.number(),
      teamName: z.string(),
      organizationName: z.string(),
      meanScore: z.number(),
      playerCount: z.number(),
      confirmedCount: z.number(),
      tieBreak,
    }),
  ),
  /** The logged-in participant's own position (also when hidden to others); null otherwise. */
  me: z
    .object({
      rank: z.number().nullable(),
      of: z.number(),
      score: z.number().nullable(),
      display,
      name: z.string().nullable(),
      team: z.object({
        teamName: z.string(),
        rank: z.number().nullable(),
        of: z.number(),
        meanScore: z.number(),
        playerCount: z.number(),
        confirmedCount: z.number(),
        eligible: z.boolean(),
      }),
    })
    .nullable(),
});
export type LiveBoardView = z.infer<typeof liveBoardView>;

// ---------------------------------------------------------------------------------------
// Public results

const podiumPerson = z.object({
  rank: z.number(),
  name: z.string().nullable(),
  organizationName: z.string().nullable(),
});

export const publicResultsView = z.object({
  edition: editionRef,
  publishedAt: iso,
  podiums: z.object({
    employeeByScore: z.array(podiumPerson.extend({ score: z.number() })),
    employeeByLearningCurve: z.array(podiumPerson.extend({ gain: z.number(), lowerBound: z.number() })),
    manager: z.array(podiumPerson.extend({ score: z.number() })),
    organization: z.array(
      z.object({
        rank: z.number(),
        teamName: z.string(),
        organizationName: z.string(),
        meanScore: z.number(),
        playerCount: z.number(),
        confirmedCount: z.number(),
      }),
    ),
  }),
  counts: z.object({ participants: z.number(), completedCore: z.number(), teams: z.number() }),
  donations: counterView,
});
export type PublicResultsView = z.infer<typeof publicResultsView>;

// ---------------------------------------------------------------------------------------
// Staff review, snapshots and publication

const personRef = z.object({
  participantId: z.string(),
  /** Real name (staff hand out the awards), and what the public sees. */
  name: z.string(),
  publicName: z.string().nullable(),
  teamName: z.string().nullable(),
  organizationName: z.string().nullable(),
});

const individualRow = personRef.extend({
  rank: z.number(),
  score: z.number(),
  totalTimeMs: z.number(),
  finishedAt: iso,
  tieBreak,
  flagCount: z.number(),
});

const ability = z.object({ theta: z.number(), se: z.number(), responses: z.number(), score: z.number() });

export const flagView = personRef.extend({
  kind: z.enum(['too_fast', 'tab_switches', 'late_answer']),
  attemptId: z.string(),
  module: moduleEnum,
  position: z.number().nullable(),
  questionId: z.string().nullable(),
  elapsedMs: z.number().nullable(),
  floorMs: z.number().nullable(),
  tabHidden: z.number().nullable(),
  excluded: z.boolean(),
});

export const exclusionView = z.object({
  id: z.string(),
  participantId: z.string(),
  name: z.string(),
  attemptId: z.string().nullable(),
  position: z.number().nullable(),
  reason: z.string(),
  createdAt: iso,
  createdBy: z.string().nullable(),
});
export type ExclusionView = z.infer<typeof exclusionView>;

export const publicationView = z.object({
  frozenSnapshotId: z.string().nullable(),
  frozenAt: iso.nullable(),
  frozenByName: z.string().nullable(),
  publishedSnapshotId: z.string().nullable(),
  publishedAt: iso.nullable(),
  publishedByName: z.string().nullable(),
});
export type PublicationView = z.infer<typeof publicationView>;

export const resultsView = z.object({
  computedAt: iso,
  /** Computed after the play window closed. */
  final: z.boolean(),
  counts: z.object({
    confirmedParticipants: z.number(),
    startedCore: z.number(),
    completedCore: z.number(),
    completedManager: z.number(),
    teams: z.number(),
    eligibleTeams: z.number(),
    excludedParticipants: z.number(),
    excludedAnswers: z.number(),
  }),
  employeeByScore: z.array(individualRow),
  manager: z.array(individualRow),
  organization: z.array(
    z.object({
      rank: z.number(),
      teamId: z.string(),
      teamName: z.string(),
      organizationName: z.string(),
      meanScore: z.number(),
      confirmedCount: z.number(),
      playerCount: z.number(),
      meanTimeMs: z.number().nullable(),
      lastFinishAt: iso.nullable(),
      tieBreak,
    }),
  ),
  teamsNotEligible: z.array(
    z.object({
      teamId: z.string(),
      teamName: z.string(),
      organizationName: z.string(),
      meanScore: z.number(),
      confirmedCount: z.number(),
      playerCount: z.number(),
    }),
  ),
  learningCurve: z.object({
    ranking: z.array(
      personRef.extend({
        rank: z.number(),
        baseline: ability,
        event: ability,
        gain: z.number(),
        seGain: z.number(),
        lowerBound: z.number(),
        flagCount: z.number(),
      }),
    ),
    notQualified: z.array(
      personRef.extend({
        reason: z.enum(['too_few_baseline', 'too_few_event']),
        baselineResponses: z.number(),
        eventResponses: z.number(),
      }),
    ),
    calibration: z
      .object({
        items: z.number(),
        estimatedItems: z.number(),
        rows: z.number(),
        iterations: z.number(),
        converged: z.boolean(),
        populationMean: z.number(),
        populationSd: z.number(),
      })
      .nullable(),
  }),
  flags: z.array(flagView),
});
export type ResultsView = z.infer<typeof resultsView>;

export const reviewView = z.object({
  edition: z.object({ id: z.string(), year: z.number(), name: z.string(), phase }),
  publication: publicationView,
  results: resultsView,
  exclusions: z.array(exclusionView),
});

export const snapshotSummaryView = z.object({
  id: z.string(),
  sequence: z.number(),
  computedAt: iso,
  computedBy: z.string().nullable(),
  computedByName: z.string().nullable(),
  reason: z.string().nullable(),
  afterPublication: z.boolean(),
  frozen: z.boolean(),
  published: z.boolean(),
});
export type SnapshotSummaryView = z.infer<typeof snapshotSummaryView>;

export const snapshotListView = z.object({
  publication: publicationView,
  snapshots: z.array(snapshotSummaryView),
});

export const snapshotDetailView = z.object({
  snapshot: snapshotSummaryView,
  results: resultsView,
});

// ---------------------------------------------------------------------------------------
// Reports

const share = z.number().nullable();

export const objectiveShareView = z.object({
  objectiveId: z.string(),
  titleNl: z.string(),
  titleEn: z.string(),
  /** Mean credit (0–1) on the core quiz questions of this objective; null = nothing to show. */
  share,
  counted: z.number(),
  sector: share,
  /** share − sector. */
  difference: share,
});

export const themeShareView = z.object({
  themeId: z.string(),
  titleNl: z.string(),
  titleEn: z.string(),
  share,
  counted: z.number(),
  sector: share,
  difference: share,
  objectives: z.array(objectiveShareView),
});
export type ThemeShareView = z.infer<typeof themeShareView>;

const attemptFigures = z.object({
  status: z.enum(['in_progress', 'finished', 'closed']),
  score: z.number(),
  served: z.number(),
  answered: z.number(),
  questionCount: z.number(),
  totalTimeMs: z.number(),
});

const position = z.object({ rank: z.number(), of: z.number() }).nullable();

export const participantReportView = z.object({
  edition: editionRef,
  /** official = from the published results; provisional = computed now, may still change after review. */
  status: z.enum(['official', 'provisional']),
  publishedAt: iso.nullable(),
  participant: z.object({
    name: z.string(),
    teamName: z.string(),
    organizationName: z.string(),
    role: z.enum(jobRoles),
    display,
  }),
  core: attemptFigures.nullable(),
  managerModule: attemptFigures.nullable(),
  positions: z.object({
    employeeByScore: position,
    manager: position,
    learningCurve: position,
    team: z
      .object({ rank: z.number().nullable(), of: z.number(), eligible: z.boolean(), meanScore: z.number() })
      .nullable(),
  }),
  themes: z.array(themeShareView),
  /** Baseline (practice) to event day, for a chart: abilities in logits with their standard error. */
  learningCurve: z.object({
    qualified: z.boolean(),
    reason: z.enum(['too_few_baseline', 'too_few_event', 'no_data']).nullable(),
    baselineResponses: z.number(),
    eventResponses: z.number(),
    points: z.array(
      z.object({
        phase: z.enum(['baseline', 'event']),
        theta: z.number(),
        se: z.number(),
        responses: z.number(),
        score: z.number(),
      }),
    ),
    gain: z.number().nullable(),
    seGain: z.number().nullable(),
    lowerBound: z.number().nullable(),
  }),
  /** Questions not answered completely right, with the right answer and the explanation. */
  wrongAnswers: z.array(
    z.object({
      module: moduleEnum,
      position: z.number(),
      objectiveId: z.string(),
      themeId: z.string(),
      type: z.enum(['single', 'multiple', 'truefalse', 'ordering']),
      stem: z.string(),
      stemFormat: z.enum(['markdown', 'html', 'plain']),
      /** In the question's own order; for ordering questions that order is the right one. */
      options: z.array(
        z.object({
          text: z.string(),
          correct: z.boolean(),
          chosen: z.boolean(),
          feedback: z.string().nullable(),
        }),
      ),
      /** Ordering questions: the option indices in the order given; otherwise null. */
      givenOrder: z.array(z.number()).nullable(),
      credit: z.number(),
      outcome: z.enum(['wrong', 'half_right', 'unanswered', 'late']),
      explanation: z.string(),
    }),
  ),
  certificateAvailable: z.boolean(),
});
export type ParticipantReportView = z.infer<typeof participantReportView>;

const groupFigures = z.object({
  players: z.number(),
  /** Fewer than the minimum group size played: shares are withheld so no one can be singled out. */
  suppressed: z.boolean(),
  themes: z.array(themeShareView),
  /** Objective ids where the group is furthest above / below the sector (at most 3 each). */
  strengths: z.array(z.string()),
  weaknesses: z.array(z.string()),
});

export const organizationReportView = z.object({
  edition: editionRef,
  status: z.enum(['official', 'provisional']),
  publishedAt: iso.nullable(),
  organization: z.object({ id: z.string(), name: z.string() }),
  minimumGroupSize: z.number(),
  participation: z.object({
    teams: z.number(),
    invited: z.number(),
    confirmed: z.number(),
    startedCore: z.number(),
    completedCore: z.number(),
    completedManager: z.number(),
  }),
  overall: groupFigures,
  teams: z.array(
    groupFigures.extend({
      teamId: z.string(),
      teamName: z.string(),
      invited: z.number(),
      confirmed: z.number(),
      completedCore: z.number(),
      meanScore: z.number(),
      eligible: z.boolean(),
      rank: z.number().nullable(),
      of: z.number(),
    }),
  ),
  /** Who took part (no individual scores: the report is about the organisation). */
  members: z.array(
    z.object({
      name: z.string(),
      teamName: z.string(),
      role: z.enum(jobRoles),
      startedCore: z.boolean(),
      completedCore: z.boolean(),
      completedManager: z.boolean(),
    }),
  ),
});
export type OrganizationReportView = z.infer<typeof organizationReportView>;

export const questionReportView = z.object({
  edition: editionRef,
  computedAt: iso,
  calibration: resultsView.shape.learningCurve.shape.calibration,
  questions: z.array(
    z.object({
      questionId: z.string(),
      pool: z.enum(['core', 'manager', 'practice']),
      type: z.enum(['single', 'multiple', 'truefalse', 'ordering']),
      objectiveId: z.string(),
      themeId: z.string(),
      stem: z.string(),
      served: z.number(),
      answered: z.number(),
      /** Mean credit (half right counts ½); null without answers. */
      shareCorrect: z.number().nullable(),
      /** Share answered completely right. */
      shareFullyCorrect: z.number().nullable(),
      /** Correlation of the question's credit with the rest of the quiz score; null with too few answers. */
      pointBiserial: z.number().nullable(),
      /** Per option: how often it was chosen (ordering: how often it was put in its right place). */
      options: z.array(z.object({ text: z.string(), correct: z.boolean(), chosen: z.number() })),
      difficulty: z.number().nullable(),
      difficultySe: z.number().nullable(),
      difficultyStatus: z.enum(['estimated', 'no_responses', 'all_correct', 'all_wrong', 'not_calibrated']),
      flags: z.array(z.enum(['negative_discrimination', 'nobody_right', 'everybody_right'])),
    }),
  ),
});
export type QuestionReportView = z.infer<typeof questionReportView>;
