/**
 * The question model shared by the question bank, the import/export formats,
 * the demo content and event-day play. Pure data: no I/O.
 */

export const questionTypes = ['single', 'multiple', 'truefalse', 'ordering'] as const;
export type QuestionType = (typeof questionTypes)[number];

/** core = everyone on the event day, manager = manager module, practice = e-mail practice only. */
export const questionPools = ['core', 'manager', 'practice'] as const;
export type QuestionPool = (typeof questionPools)[number];

export const difficulties = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof difficulties)[number];

export const stemFormats = ['markdown', 'html', 'plain'] as const;
export type StemFormat = (typeof stemFormats)[number];

export interface QuestionOption {
  /** Display text (same format as the stem). */
  text: string;
  /**
   * single / truefalse: exactly one option is correct.
   * multiple: every option that must be selected is correct.
   * ordering: all options are "correct"; their array order is the right order.
   */
  correct: boolean;
  /** Optional per-option feedback shown after answering. */
  feedback?: string;
}

/**
 * A question as written by an expert, independent of storage. Theme and objective are
 * referenced by title so imports can match or create them.
 */
export interface QuestionContent {
  /** Short stable name (GIFT `::name::`); optional. */
  name?: string;
  type: QuestionType;
  stem: string;
  stemFormat: StemFormat;
  /** For truefalse: exactly two options, "Waar"/"Niet waar" (or True/False), one correct. */
  options: QuestionOption[];
  /** Shown after answering (GIFT general feedback `####`). */
  explanation: string;
  themeTitle: string;
  objectiveTitle: string;
  pool: QuestionPool;
  difficulty: Difficulty;
  /** Seconds; undefined = the edition's default. */
  timeLimitSeconds?: number;
  tags: string[];
}
