// The results API's answers as the web app reads them (server: src/server/modules/results/views.ts).

export type TieBreak = 'decided_by_score' | 'tie_broken_by_time' | 'tie_broken_by_finish' | 'tied';
export type Phase = 'before' | 'open' | 'after';
export type Display = 'full' | 'initials' | 'hidden';

interface EditionRef {
  year: number;
  name: string;
}

export interface BoardPlayer {
  rank: number;
  /** null: the person chose to be hidden; team and organisation are hidden too. */
  name: string | null;
  teamName: string | null;
  organizationName: string | null;
  score: number;
  tieBreak: TieBreak;
}

export interface BoardTeam {
  rank: number;
  teamName: string;
  organizationName: string;
  meanScore: number;
  playerCount: number;
  confirmedCount: number;
  tieBreak: TieBreak;
}

export interface BoardMe {
  rank: number | null;
  of: number;
  score: number | null;
  display: Display;
  name: string | null;
  team: {
    teamName: string;
    rank: number | null;
    of: number;
    meanScore: number;
    playerCount: number;
    confirmedCount: number;
    eligible: boolean;
  };
}

/** `GET /api/results/:year/leaderboard`, and every `board` event of the live stream. */
export interface LiveBoard {
  edition: EditionRef;
  phase: Phase;
  provisional: boolean;
  updatedAt: string;
  counts: { playing: number; finished: number };
  teamMinimum: number;
  topPlayers: BoardPlayer[];
  topTeams: BoardTeam[];
  me: BoardMe | null;
}

export interface PodiumPerson {
  rank: number;
  name: string | null;
  organizationName: string | null;
}

export interface DonationCounter {
  sponsorCentsPerParticipant: number;
  confirmedParticipants: number;
  sponsorTotalCents: number;
  pledgedCents: number;
  totalCents: number;
  goalCents: number | null;
}

/** `GET /api/public/results/:year` (404 not_published before publication). */
export interface PublicResults {
  edition: EditionRef;
  publishedAt: string;
  podiums: {
    employeeByScore: Array<PodiumPerson & { score: number }>;
    employeeByLearningCurve: Array<PodiumPerson & { gain: number; lowerBound: number }>;
    manager: Array<PodiumPerson & { score: number }>;
    organization: Array<{
      rank: number;
      teamName: string;
      organizationName: string;
      meanScore: number;
      playerCount: number;
      confirmedCount: number;
    }>;
  };
  counts: { participants: number; completedCore: number; teams: number };
  donations: DonationCounter;
}

// ---------------------------------------------------------------------------------------
// Staff review

export interface PersonRef {
  participantId: string;
  name: string;
  publicName: string | null;
  teamName: string | null;
  organizationName: string | null;
}

export interface IndividualRow extends PersonRef {
  rank: number;
  score: number;
  totalTimeMs: number;
  finishedAt: string;
  tieBreak: TieBreak;
  flagCount: number;
}

export type FlagKind = 'too_fast' | 'tab_switches' | 'late_answer';

export interface Flag extends PersonRef {
  kind: FlagKind;
  attemptId: string;
  module: 'core' | 'manager';
  position: number | null;
  questionId: string | null;
  elapsedMs: number | null;
  floorMs: number | null;
  tabHidden: number | null;
  excluded: boolean;
}

export interface Exclusion {
  id: string;
  participantId: string;
  name: string;
  attemptId: string | null;
  position: number | null;
  reason: string;
  createdAt: string;
  createdBy: string | null;
}

export interface Publication {
  frozenSnapshotId: string | null;
  frozenAt: string | null;
  frozenByName: string | null;
  publishedSnapshotId: string | null;
  publishedAt: string | null;
  publishedByName: string | null;
}

interface Ability {
  theta: number;
  se: number;
  responses: number;
  score: number;
}

export interface TeamRow {
  rank: number;
  teamId: string;
  teamName: string;
  organizationName: string;
  meanScore: number;
  confirmedCount: number;
  playerCount: number;
  meanTimeMs: number | null;
  lastFinishAt: string | null;
  tieBreak: TieBreak;
}

export interface LearningRow extends PersonRef {
  rank: number;
  baseline: Ability;
  event: Ability;
  gain: number;
  seGain: number;
  lowerBound: number;
  flagCount: number;
}

export interface Results {
  computedAt: string;
  final: boolean;
  counts: {
    confirmedParticipants: number;
    startedCore: number;
    completedCore: number;
    completedManager: number;
    teams: number;
    eligibleTeams: number;
    excludedParticipants: number;
    excludedAnswers: number;
  };
  employeeByScore: IndividualRow[];
  manager: IndividualRow[];
  organization: TeamRow[];
  teamsNotEligible: Array<{
    teamId: string;
    teamName: string;
    organizationName: string;
    meanScore: number;
    confirmedCount: number;
    playerCount: number;
  }>;
  learningCurve: {
    ranking: LearningRow[];
    notQualified: Array<
      PersonRef & {
        reason: 'too_few_baseline' | 'too_few_event';
        baselineResponses: number;
        eventResponses: number;
      }
    >;
    calibration: {
      items: number;
      estimatedItems: number;
      rows: number;
      iterations: number;
      converged: boolean;
      populationMean: number;
      populationSd: number;
    } | null;
  };
  flags: Flag[];
}

/** `GET /api/results/editions/:id/review`: computed now, not stored. */
export interface Review {
  edition: { id: string; year: number; name: string; phase: Phase };
  publication: Publication;
  results: Results;
  exclusions: Exclusion[];
}

export interface SnapshotSummary {
  id: string;
  sequence: number;
  computedAt: string;
  /** The id of the staff member who computed it. */
  computedBy: string | null;
  computedByName: string | null;
  reason: string | null;
  afterPublication: boolean;
  frozen: boolean;
  published: boolean;
}

export interface SnapshotList {
  publication: Publication;
  snapshots: SnapshotSummary[];
}
