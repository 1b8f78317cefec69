import type { Difficulty, QuestionPool, QuestionType, StemFormat } from '../../../domain/questions/model.ts';

// The shapes the quiz-content API returns (src/server/modules/editions|questions/schemas.ts).

export {
  type Difficulty,
  difficulties,
  type QuestionPool,
  type QuestionType,
  questionPools,
  questionTypes,
  type StemFormat,
  stemFormats,
} from '../../../domain/questions/model.ts';

/** An edition moves through these one step at a time (forward, or back to correct a mistake). */
export const editionStatuses = ['draft', 'registration', 'practice', 'event', 'results', 'archived'] as const;
export type EditionStatus = (typeof editionStatuses)[number];

export const questionStatuses = ['draft', 'in_review', 'approved', 'retired'] as const;
export type QuestionStatus = (typeof questionStatuses)[number];

export interface EditionSummary {
  id: string;
  year: number;
  name: string;
  status: EditionStatus;
  eventDate: string | null;
  questionCount: number;
  approvedCount: number;
}

export interface Objective {
  id: string;
  themeId: string;
  titleNl: string;
  titleEn: string;
  descriptionNl: string;
  descriptionEn: string;
  position: number;
  targetCore: number;
  targetManager: number;
  targetPractice: number;
  retired: boolean;
}

export interface Theme {
  id: string;
  titleNl: string;
  titleEn: string;
  descriptionNl: string;
  descriptionEn: string;
  position: number;
  retired: boolean;
  objectives: Objective[];
}

export interface Edition {
  id: string;
  year: number;
  name: string;
  status: EditionStatus;
  /** Calendar dates `YYYY-MM-DD` (Europe/Amsterdam). */
  registrationOpensOn: string | null;
  registrationClosesOn: string | null;
  practiceStartsOn: string | null;
  practiceEndsOn: string | null;
  eventDate: string | null;
  /** Local times `HH:MM`. */
  windowStart: string;
  windowEnd: string;
  defaultTimeLimitSeconds: number;
  sponsorCentsPerParticipant: number;
  donationGoalCents: number | null;
  themes: Theme[];
}

export type PoolCounts = Record<QuestionPool, number>;

export interface CoverageObjective {
  id: string;
  titleNl: string;
  titleEn: string;
  approved: PoolCounts;
  inProgress: PoolCounts;
  target: PoolCounts;
  gaps: QuestionPool[];
}

export interface CoverageTheme {
  id: string;
  titleNl: string;
  titleEn: string;
  approved: PoolCounts;
  target: PoolCounts;
  objectives: CoverageObjective[];
}

export interface Coverage {
  themes: CoverageTheme[];
  totals: { approved: PoolCounts; target: PoolCounts };
}

export interface PersonRef {
  id: string;
  name: string;
}

export interface QuestionSummary {
  id: string;
  stem: string;
  type: QuestionType;
  pool: QuestionPool;
  status: QuestionStatus;
  version: number;
  /** An approved version is live while a newer one is being revised. */
  pendingRevision: boolean;
  objective: { id: string; titleNl: string; titleEn: string };
  theme: { id: string; titleNl: string; titleEn: string };
  author: PersonRef | null;
  updatedAt: string;
}

export interface QuestionOptionContent {
  text: string;
  correct: boolean;
  feedback?: string | undefined;
}

/** What an expert edits (the body's `content` of POST/PUT). */
export interface QuestionContentInput {
  name?: string | undefined;
  type: QuestionType;
  stem: string;
  stemFormat: StemFormat;
  options: QuestionOptionContent[];
  explanation: string;
  pool: QuestionPool;
  difficulty: Difficulty;
  timeLimitSeconds?: number | undefined;
  tags: string[];
  /** An uploaded image shown with the stem (`/media/:id`). */
  imageId?: string | undefined;
  /** The image's text alternative. */
  imageAlt?: string | undefined;
}

export interface QuestionVersion {
  id: string;
  version: number;
  objectiveId: string;
  content: QuestionContentInput;
  editedBy: PersonRef | null;
  createdAt: string;
}

export type QuestionEventAction =
  | 'created'
  | 'edited'
  | 'submitted'
  | 'approved'
  | 'returned'
  | 'retired'
  | 'restored'
  | 'imported'
  | 'copied';

export interface QuestionComment {
  id: string;
  versionId: string;
  author: PersonRef | null;
  /** `stem`, `explanation`, `settings`, `option:N` (1-based), or null for the question as a whole. */
  anchor: string | null;
  body: string;
  createdAt: string;
  resolved: boolean;
}

export interface QuestionDetail {
  id: string;
  editionId: string;
  status: QuestionStatus;
  objectiveId: string;
  current: QuestionVersion;
  approved: QuestionVersion | null;
  versions: Omit<QuestionVersion, 'content'>[];
  comments: QuestionComment[];
  history: Array<{
    action: QuestionEventAction;
    actor: PersonRef | null;
    version: number | null;
    note: string | null;
    createdAt: string;
  }>;
  /** What the person asking may do now; the API checks again. */
  can: { edit: boolean; submit: boolean; approve: boolean; retire: boolean };
}

export type QuestionFileFormat = 'gift' | 'csv';

export interface ImportIssue {
  line: number;
  code: string;
  message: string;
  params?: Record<string, string | number> | undefined;
}

export interface ImportReport {
  format: QuestionFileFormat;
  total: number;
  valid: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  creates: { themes: string[]; objectives: Array<{ theme: string; objective: string }> };
  questions: Array<{
    line: number;
    stem: string;
    type: string;
    pool: string;
    theme: string;
    objective: string;
  }>;
  /** Set when the import was carried out. */
  created: number | null;
}
