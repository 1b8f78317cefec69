import { validateQuestionContent } from '../../../domain/questions/validate.ts';
import type {
  Difficulty,
  QuestionContentInput,
  QuestionPool,
  QuestionType,
  QuestionVersion,
  StemFormat,
} from './types.ts';

/**
 * The question editor's values and the rules between them and the API. The rules
 * themselves are the domain's (`validateQuestionContent`), so the editor, the importers and
 * the server agree on what a valid question is.
 */

export interface OptionValues {
  /** Stable React key while options move around; not sent. */
  key: string;
  text: string;
  correct: boolean;
  feedback: string;
}

export interface QuestionFormValues {
  objectiveId: string | null;
  type: QuestionType;
  name: string;
  stem: string;
  stemFormat: StemFormat;
  options: OptionValues[];
  explanation: string;
  pool: QuestionPool;
  difficulty: Difficulty;
  /** Seconds; '' = the edition's default. */
  timeLimitSeconds: number | string;
  tags: string[];
  /** An uploaded image shown with the stem, or null. */
  imageId: string | null;
  /** The image's text alternative; required with an image. */
  imageAlt: string;
}

export const MAX_OPTIONS = 8;
export const MIN_OPTIONS = 2;
export const TRUE_FALSE_LABELS = ['Waar', 'Niet waar'] as const;

let keyCounter = 0;
const nextKey = () => `option-${++keyCounter}`;

export const newOption = (text = '', correct = false): OptionValues => ({
  key: nextKey(),
  text,
  correct,
  feedback: '',
});

export function emptyQuestionValues(preset: { objectiveId?: string | null; pool?: QuestionPool } = {}) {
  const values: QuestionFormValues = {
    objectiveId: preset.objectiveId ?? null,
    type: 'single',
    name: '',
    stem: '',
    stemFormat: 'markdown',
    options: [newOption('', true), newOption(), newOption()],
    explanation: '',
    pool: preset.pool ?? 'core',
    difficulty: 'medium',
    timeLimitSeconds: '',
    tags: [],
    imageId: null,
    imageAlt: '',
  };
  return values;
}

/** The editor's values for a stored version. */
export function questionFormValues(version: QuestionVersion): QuestionFormValues {
  const c = version.content;
  return {
    objectiveId: version.objectiveId,
    type: c.type,
    name: c.name ?? '',
    stem: c.stem,
    stemFormat: c.stemFormat,
    options: c.options.map((o) => ({
      key: nextKey(),
      text: o.text,
      correct: o.correct,
      feedback: o.feedback ?? '',
    })),
    explanation: c.explanation,
    pool: c.pool,
    difficulty: c.difficulty,
    timeLimitSeconds: c.timeLimitSeconds ?? '',
    tags: [...c.tags],
    imageId: c.imageId ?? null,
    imageAlt: c.imageAlt ?? '',
  };
}

function timeLimitOf(value: number | string): number | undefined {
  if (value === '' || value === null || value === undefined) return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : Number.NaN;
}

/** The body of POST/PUT: trimmed texts, empty optional fields left out. */
export function toQuestionInput(values: QuestionFormValues): {
  objectiveId: string;
  content: QuestionContentInput;
} {
  const name = values.name.trim();
  const timeLimitSeconds = timeLimitOf(values.timeLimitSeconds);
  const content: QuestionContentInput = {
    type: values.type,
    stem: values.stem.trim(),
    stemFormat: values.stemFormat,
    options: values.options.map((o) => {
      const feedback = o.feedback.trim();
      return {
        text: o.text.trim(),
        correct: values.type === 'ordering' ? true : o.correct,
        ...(feedback ? { feedback } : {}),
      };
    }),
    explanation: values.explanation.trim(),
    pool: values.pool,
    difficulty: values.difficulty,
    tags: values.tags.map((t) => t.trim()).filter((t) => t !== ''),
  };
  if (name) content.name = name;
  if (timeLimitSeconds !== undefined) content.timeLimitSeconds = timeLimitSeconds;
  if (values.imageId) {
    content.imageId = values.imageId;
    const alt = values.imageAlt.trim();
    if (alt) content.imageAlt = alt;
  }
  return { objectiveId: values.objectiveId ?? '', content };
}

/**
 * Switching type keeps what still fits: true/false gets its two fixed options, ordering
 * marks every option (their order is the answer), single keeps only the first right one.
 */
export function changeType(values: QuestionFormValues, type: QuestionType): QuestionFormValues {
  let options = values.options;
  if (type === 'truefalse') {
    const trueIsRight = values.type === 'truefalse' ? (options[0]?.correct ?? true) : true;
    options = TRUE_FALSE_LABELS.map((label, i) => ({
      key: options[i]?.key ?? nextKey(),
      text: label,
      correct: i === 0 ? trueIsRight : !trueIsRight,
      feedback: options[i]?.feedback ?? '',
    }));
  } else if (values.type === 'truefalse') {
    // Waar/Niet waar make no sense as choices of another type: start from empty options.
    options = [newOption('', type !== 'multiple'), newOption(), newOption()];
  } else if (type === 'ordering') {
    options = options.map((o) => ({ ...o, correct: true }));
  } else if (type === 'single') {
    const first = options.findIndex((o) => o.correct);
    options = options.map((o, i) => ({ ...o, correct: values.type === 'ordering' ? i === 0 : i === first }));
  } else if (values.type === 'ordering') {
    options = options.map((o, i) => ({ ...o, correct: i === 0 }));
  }
  return { ...values, type, options };
}

/** Marks one option right (single, true/false) or toggles it (multiple). */
export function setCorrect(
  values: QuestionFormValues,
  index: number,
  correct: boolean,
): QuestionFormValues['options'] {
  if (values.type === 'multiple') {
    return values.options.map((o, i) => (i === index ? { ...o, correct } : o));
  }
  return values.options.map((o, i) => ({ ...o, correct: i === index }));
}

/** A copy of `list` with the item at `index` moved `delta` places (clamped to the ends). */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const target = Math.max(0, Math.min(list.length - 1, index + delta));
  const copy = [...list];
  if (target === index || index < 0 || index >= list.length) return copy;
  const [item] = copy.splice(index, 1);
  copy.splice(target, 0, item as T);
  return copy;
}

/** The issue code of an image without alt text. */
export const IMAGE_ALT_REQUIRED = 'image_alt_required';

export interface FormIssue {
  /** Path in the form values: `stem`, `options.2.text`, `tags`, … */
  path: string;
  /** `question.*` (domain) or `objective_required`. */
  code: string;
  params?: Record<string, string | number> | undefined;
}

/**
 * `content.options[2].text` (service), `content.options.2.text` (request validation) or
 * `options[2].text` (domain) → `options.2.text`.
 * Tags are one field in the editor, so `tags[1]` → `tags`.
 */
export function formPathOf(field: string): string {
  const path = field.replace(/^content\./, '').replace(/\[(\d+)\]/g, '.$1');
  if (path.startsWith('tags')) return 'tags';
  if (path === 'themeTitle' || path === 'objectiveTitle') return 'objectiveId';
  return path;
}

/** Every problem of the values, placed on the editor's fields. */
export function questionFormIssues(values: QuestionFormValues): FormIssue[] {
  const issues: FormIssue[] = [];
  if (!values.objectiveId) issues.push({ path: 'objectiveId', code: 'objective_required' });
  const { content } = toQuestionInput(values);
  const problems = validateQuestionContent({
    ...content,
    // The objective is chosen from a list; its titles are the edition's and always valid.
    themeTitle: 'theme',
    objectiveTitle: 'objective',
  });
  for (const problem of problems) {
    issues.push({ path: formPathOf(problem.field), code: problem.code, params: problem.params });
  }
  // Not a domain rule (images are not part of the exchange formats) but the server's.
  if (content.imageId && !content.imageAlt) issues.push({ path: 'imageAlt', code: IMAGE_ALT_REQUIRED });
  return issues;
}
