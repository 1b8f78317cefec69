import type {
  Difficulty,
  QuestionContent,
  QuestionOption,
  QuestionPool,
} from '../../../../domain/questions/model.ts';

export interface DemoObjective {
  key: string;
  titleNl: string;
  titleEn: string;
  descriptionNl: string;
  descriptionEn: string;
}

export interface DemoTheme {
  key: string;
  titleNl: string;
  titleEn: string;
  descriptionNl: string;
  descriptionEn: string;
  objectives: DemoObjective[];
  questions: QuestionContent[];
}

/** A theme without its questions: what a content module declares before its drafts. */
export type DemoThemeHeader = Omit<DemoTheme, 'questions'>;

interface DraftBase {
  /** Key of an objective of the same theme. */
  objective: string;
  pool: QuestionPool;
  difficulty: Difficulty;
  stem: string;
  explanation: string;
  tags: string[];
  timeLimitSeconds?: number;
}

interface SingleDraft extends DraftBase {
  type: 'single';
  options: string[];
  /** Index of the one correct option. */
  answer: number;
}

interface MultipleDraft extends DraftBase {
  type: 'multiple';
  options: string[];
  /** Indexes of every option that must be selected. */
  answers: number[];
}

interface TrueFalseDraft extends DraftBase {
  type: 'truefalse';
  /** true = "Waar" is correct. */
  answer: boolean;
}

interface OrderingDraft extends DraftBase {
  type: 'ordering';
  /** Steps in the correct order. */
  steps: string[];
}

/**
 * The compact way the demo content is written: options as plain strings plus the index of
 * the right answer, so the content files read like a question paper rather than like JSON.
 */
export type QuestionDraft = SingleDraft | MultipleDraft | TrueFalseDraft | OrderingDraft;

function toOptions(draft: QuestionDraft): QuestionOption[] {
  switch (draft.type) {
    case 'single':
      return draft.options.map((text, index) => ({ text, correct: index === draft.answer }));
    case 'multiple':
      return draft.options.map((text, index) => ({ text, correct: draft.answers.includes(index) }));
    case 'truefalse':
      return [
        { text: 'Waar', correct: draft.answer },
        { text: 'Niet waar', correct: !draft.answer },
      ];
    case 'ordering':
      return draft.steps.map((text) => ({ text, correct: true }));
  }
}

/**
 * Turns a theme header and its question drafts into a DemoTheme. Questions reference their
 * objective by key; the Dutch titles are filled in here so they can never drift apart.
 * Each question gets a stable name `<objective key>-<nn>` (GIFT `::name::`).
 *
 * @throws Error when a draft names an objective key the theme does not declare.
 */
export function defineTheme(header: DemoThemeHeader, drafts: QuestionDraft[]): DemoTheme {
  const objectiveTitles = new Map(header.objectives.map((objective) => [objective.key, objective.titleNl]));
  const perObjective = new Map<string, number>();
  const questions = drafts.map((draft): QuestionContent => {
    const objectiveTitle = objectiveTitles.get(draft.objective);
    if (objectiveTitle === undefined) {
      throw new Error(`Unknown objective key "${draft.objective}" in demo theme "${header.key}"`);
    }
    const sequence = (perObjective.get(draft.objective) ?? 0) + 1;
    perObjective.set(draft.objective, sequence);
    return {
      name: `${draft.objective}-${String(sequence).padStart(2, '0')}`,
      type: draft.type,
      stem: draft.stem,
      stemFormat: 'markdown',
      options: toOptions(draft),
      explanation: draft.explanation,
      themeTitle: header.titleNl,
      objectiveTitle,
      pool: draft.pool,
      difficulty: draft.difficulty,
      ...(draft.timeLimitSeconds === undefined ? {} : { timeLimitSeconds: draft.timeLimitSeconds }),
      tags: draft.tags,
    };
  });
  return { ...header, questions };
}
