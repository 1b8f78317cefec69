/**
 * GIFT import (Moodle's text format, https://docs.moodle.org/en/GIFT_format), following
 * Moodle's own parser (question/format/gift/format.php) where it matters: questions are
 * separated by blank lines, lines are trimmed, full-line `//` comments are dropped, the
 * first `{…}` is the answer block, and the question kind is decided in Moodle's order.
 * Kinds Wegwijs cannot play are reported per question, never dropped silently.
 */
import type { QuestionContent, QuestionOption } from '../questions/model.ts';
import { isCategoryLine, parseCategoryPath } from './gift-category.ts';
import { type GiftMeta, isMetaComment, moodleTags, parseMetaComment } from './gift-meta.ts';
import { GIFT_WEIGHT, protectEscapes, restoreEscapes, splitFormat } from './gift-text.ts';
import {
  ImportCollector,
  type ImportDefaults,
  type ImportOptions,
  type ImportResult,
  normalizeTags,
  resolveDefaults,
} from './import-result.ts';

/** Replaces an answer block in the middle of the text (Moodle's "missing word" format). */
export const MISSING_WORD_PLACEHOLDER = '___';

export type GiftKind =
  | 'essay'
  | 'numerical'
  | 'multichoice'
  | 'matching'
  | 'truefalse'
  | 'shortanswer'
  | 'description';

const unsupportedKindLabels: Partial<Record<GiftKind, string>> = {
  essay: 'essay',
  numerical: 'numerical',
  matching: 'matching',
  shortanswer: 'short answer',
  description: 'description (no answer block)',
};

interface SourceLine {
  line: number;
  /** Trimmed. */
  text: string;
}

type CategoryState =
  | { kind: 'none' }
  | { kind: 'set'; line: number; themeTitle?: string; objectiveTitle?: string }
  | { kind: 'invalid'; line: number };

/**
 * Parses a GIFT file. Without `$CATEGORY: Theme/Objective` lines, `defaults.themeTitle`
 * and `defaults.objectiveTitle` apply; a one-level category is the theme and needs
 * `defaults.objectiveTitle`. See docs/question-formats.md for the full mapping.
 */
export function parseGift(text: string, options?: ImportOptions): ImportResult {
  const defaults = resolveDefaults(options);
  const collector = new ImportCollector();
  let category: CategoryState = { kind: 'none' };

  for (const block of splitBlocks(text)) {
    const meta: GiftMeta = {};
    const tagsFromMoodle: string[] = [];
    let metaLine: number | undefined;
    let metaBroken = false;
    const contentLines: SourceLine[] = [];

    for (const source of block) {
      if (!source.text.startsWith('//')) {
        contentLines.push(source);
        continue;
      }
      if (!isMetaComment(source.text)) {
        tagsFromMoodle.push(...moodleTags(source.text));
      } else {
        metaLine ??= source.line;
        for (const problem of parseMetaComment(source.text, meta)) {
          collector.error(source.line, problem.code, problem.message, problem.params);
          metaBroken = true;
        }
      }
    }

    let questionLines = contentLines;
    const first = contentLines[0];
    if (first && isCategoryLine(first.text)) {
      category = readCategory(first, collector);
      questionLines = contentLines.slice(1);
    }
    if (questionLines.length === 0) {
      if (metaLine !== undefined) {
        collector.warning(
          metaLine,
          'gift.meta_without_question',
          'This wegwijs comment is not directly followed by a question (no blank line in between), so it is ignored.',
        );
      }
      continue;
    }
    readQuestion(questionLines, { meta, metaBroken, tagsFromMoodle, category, defaults, collector });
  }
  return collector.finish();
}

function splitBlocks(text: string): SourceLine[][] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: SourceLine[][] = [];
  let current: SourceLine[] = [];
  lines.forEach((raw, index) => {
    const trimmed = raw.trim();
    if (trimmed === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else current.push({ line: index + 1, text: trimmed });
  });
  if (current.length > 0) blocks.push(current);
  return blocks;
}

function readCategory(source: SourceLine, collector: ImportCollector): CategoryState {
  const { text, problems } = protectEscapes(source.text.slice('$CATEGORY:'.length));
  if (problems.length > 0) {
    reportEscapeProblems(problems, source.line, collector);
    return { kind: 'invalid', line: source.line };
  }
  const parsed = parseCategoryPath(restoreEscapes(text));
  if (!parsed.ok) {
    collector.error(source.line, parsed.code, parsed.message, parsed.params);
    return { kind: 'invalid', line: source.line };
  }
  if (parsed.themeTitle === undefined) return { kind: 'none' };
  return {
    kind: 'set',
    line: source.line,
    themeTitle: parsed.themeTitle,
    objectiveTitle: parsed.objectiveTitle,
  };
}

function reportEscapeProblems(
  problems: ReturnType<typeof protectEscapes>['problems'],
  line: number,
  collector: ImportCollector,
): void {
  for (const problem of problems) {
    if (problem.kind === 'invalid_character') {
      collector.error(
        line,
        'gift.invalid_character',
        'The line contains a Unicode noncharacter (U+FDD0–U+FDEF).',
      );
    } else {
      collector.error(
        line,
        'gift.unknown_escape',
        `Unknown escape "${problem.sequence}"; GIFT escapes are \\~ \\= \\# \\{ \\} \\: \\n, and \\\\ for a backslash.`,
        { sequence: problem.sequence },
      );
    }
  }
}

interface QuestionContext {
  meta: GiftMeta;
  metaBroken: boolean;
  tagsFromMoodle: string[];
  category: CategoryState;
  defaults: ImportDefaults;
  collector: ImportCollector;
}

function readQuestion(lines: SourceLine[], context: QuestionContext): void {
  const { collector, defaults } = context;
  const questionLine = lines[0]!.line;
  let blocked = context.metaBroken;

  const protectedLines = lines.map((source) => {
    const { text, problems } = protectEscapes(source.text);
    if (problems.length > 0) {
      reportEscapeProblems(problems, source.line, collector);
      blocked = true;
    }
    return text;
  });
  const joined = protectedLines.join('\n');
  const lineAt = lineLocator(lines, protectedLines);

  let position = 0;
  let name: string | undefined;
  if (joined.startsWith('::')) {
    const end = joined.indexOf('::', 2);
    if (end < 0) {
      collector.error(
        questionLine,
        'gift.unclosed_name',
        'The question name started with :: is not closed with ::.',
      );
      return;
    }
    name = restoreEscapes(joined.slice(2, end)).trim() || undefined;
    position = end + 2;
  }

  const block = findAnswerBlock(joined, position, lineAt, questionLine, collector);
  if (block === 'error') return;
  if (block === 'none') {
    reportUnsupported('description', questionLine, collector);
    return;
  }

  const answerText = joined.slice(block.open + 1, block.close);
  const before = joined.slice(position, block.open);
  const after = joined.slice(block.close + 1);
  const textAfterBlock = after.trim() !== '';
  const stemSource = (textAfterBlock ? before + MISSING_WORD_PLACEHOLDER + after : before).trim();
  const { format, text: stemText } = splitFormat(stemSource);

  const feedbackStart = answerText.lastIndexOf('####');
  const answers = (feedbackStart >= 0 ? answerText.slice(0, feedbackStart) : answerText).trim();
  const explanation = feedbackStart >= 0 ? cleanText(answerText.slice(feedbackStart + 4)) : '';

  const kind = classify(answers);
  let parsed: { type: QuestionContent['type']; options: QuestionOption[] } | 'error';
  if (kind === 'multichoice') parsed = readMultipleChoice(answers, questionLine, collector);
  else if (kind === 'truefalse') parsed = readTrueFalse(answers, defaults.trueFalseLabels);
  else {
    reportUnsupported(kind, questionLine, collector);
    return;
  }
  if (parsed === 'error') blocked = true;
  if (textAfterBlock && kind !== 'multichoice') {
    collector.warning(
      questionLine,
      'gift.text_after_answers',
      `Text after the answer block was kept in the question text, with ${MISSING_WORD_PLACEHOLDER} where the block was.`,
      { text: restoreEscapes(after.trim()) },
    );
  }

  const { themeTitle, objectiveTitle, reported } = resolveTitles(context, questionLine);
  if (reported.length > 0) blocked = true;

  const { meta } = context;
  const hasExplicitTags = meta.tags !== undefined || context.tagsFromMoodle.length > 0;
  const timeLimitSeconds =
    meta.timeLimitSeconds === null ? undefined : (meta.timeLimitSeconds ?? defaults.timeLimitSeconds);
  const content: QuestionContent = {
    ...(name !== undefined && { name }),
    type: parsed === 'error' ? 'single' : parsed.type,
    stem: restoreEscapes(stemText).trim(),
    stemFormat: format ?? defaults.stemFormat,
    options: parsed === 'error' ? [] : parsed.options,
    explanation,
    themeTitle: themeTitle ?? '',
    objectiveTitle: objectiveTitle ?? '',
    pool: meta.pool ?? defaults.pool,
    difficulty: meta.difficulty ?? defaults.difficulty,
    ...(timeLimitSeconds !== undefined && { timeLimitSeconds }),
    tags: normalizeTags(hasExplicitTags ? [...(meta.tags ?? []), ...context.tagsFromMoodle] : defaults.tags),
  };
  collector.finishQuestion(questionLine, content, {
    blocked,
    alreadyReported: parsed === 'error' ? ['options', ...reported] : reported,
  });
}

/** Maps an index in the joined (protected) text back to its source line. */
function lineLocator(lines: SourceLine[], protectedLines: string[]): (index: number) => number {
  const starts: number[] = [];
  let offset = 0;
  for (const text of protectedLines) {
    starts.push(offset);
    offset += text.length + 1;
  }
  return (index) => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > index) i--;
    return lines[i]!.line;
  };
}

/**
 * Exactly one `{…}` is allowed. Two blocks usually mean two questions without a blank line
 * between them, so that is an error rather than Moodle's silent merge.
 */
function findAnswerBlock(
  text: string,
  from: number,
  lineAt: (index: number) => number,
  questionLine: number,
  collector: ImportCollector,
): { open: number; close: number } | 'none' | 'error' {
  const open = text.indexOf('{', from);
  const close = text.indexOf('}', from);
  if (open < 0 && close < 0) return 'none';
  if (close >= 0 && (open < 0 || close < open)) {
    collector.error(
      lineAt(close),
      'gift.unmatched_brace',
      'A } has no matching {; write \\} for a literal brace.',
      {
        questionLine,
      },
    );
    return 'error';
  }
  const nestedOpen = text.indexOf('{', open + 1);
  if (close < 0 || (nestedOpen >= 0 && nestedOpen < close)) {
    collector.error(
      lineAt(open),
      'gift.unclosed_brace',
      close < 0
        ? 'The answer block opened with { is not closed with }.'
        : `The answer block opened with { is not closed before the next { on line ${lineAt(nestedOpen)}.`,
      { questionLine },
    );
    return 'error';
  }
  const nextOpen = text.indexOf('{', close + 1);
  const nextClose = text.indexOf('}', close + 1);
  if (nextOpen >= 0 && (nextClose < 0 || nextOpen < nextClose)) {
    collector.error(
      lineAt(nextOpen),
      'gift.multiple_answer_blocks',
      'A second answer block { … } follows; separate questions with a blank line, or write \\{ for a literal brace.',
      { questionLine },
    );
    return 'error';
  }
  if (nextClose >= 0) {
    collector.error(
      lineAt(nextClose),
      'gift.unmatched_brace',
      'A } has no matching {; write \\} for a literal brace.',
      {
        questionLine,
      },
    );
    return 'error';
  }
  return { open, close };
}

/** Moodle's order of checks (format.php readquestion). */
function classify(answers: string): GiftKind {
  if (answers === '') return 'essay';
  if (answers.startsWith('#')) return 'numerical';
  if (answers.includes('~')) return 'multichoice';
  if (answers.includes('=') && answers.includes('->')) return 'matching';
  const hash = answers.indexOf('#');
  const head = (hash > 0 ? answers.slice(0, hash) : answers).trim();
  return /^(t|true|f|false)$/i.test(head) ? 'truefalse' : 'shortanswer';
}

function reportUnsupported(kind: GiftKind, line: number, collector: ImportCollector): void {
  const label = unsupportedKindLabels[kind] ?? kind;
  collector.error(line, 'gift.unsupported_kind', `Wegwijs cannot import ${label} questions.`, { kind });
}

/** Trims, drops a per-text format tag (one format per question in Wegwijs) and resolves escapes. */
function cleanText(raw: string): string {
  return restoreEscapes(splitFormat(raw.trim()).text).trim();
}

function readMultipleChoice(
  answers: string,
  questionLine: number,
  collector: ImportCollector,
): { type: 'single' | 'multiple'; options: QuestionOption[] } | 'error' {
  const tokens: Array<{ marker: '~' | '='; raw: string }> = [];
  let lead = '';
  for (const ch of answers) {
    if (ch === '~' || ch === '=') tokens.push({ marker: ch, raw: '' });
    else if (tokens.length > 0) tokens[tokens.length - 1]!.raw += ch;
    else lead += ch;
  }
  let failed = false;
  if (lead.trim() !== '') {
    collector.error(
      questionLine,
      'gift.text_before_answers',
      `Text before the first answer in the block: "${restoreEscapes(lead.trim())}"; every answer starts with ~ or =.`,
      { text: restoreEscapes(lead.trim()) },
    );
    failed = true;
  }

  const isSingle = tokens.some((t) => t.marker === '=');
  const parsed = tokens.map((token, index) => {
    let raw = token.raw.trim();
    let weight = token.marker === '=' ? 100 : 0;
    const match = GIFT_WEIGHT.exec(raw);
    if (match) {
      const value = Number(match[1]!.replace(',', '.'));
      if (!Number.isFinite(value) || value < -100 || value > 100) {
        collector.error(
          questionLine,
          'gift.invalid_weight',
          `Answer ${index + 1} has the weight %${match[1]}%; weights are percentages from -100 to 100.`,
          { option: index + 1, weight: match[1]! },
        );
        failed = true;
      } else weight = value;
      raw = raw.slice(match[0].length);
    }
    const hash = raw.indexOf('#');
    const text = cleanText(hash >= 0 ? raw.slice(0, hash) : raw);
    const feedback = hash >= 0 ? cleanText(raw.slice(hash + 1)) : '';
    return { text, feedback, weight };
  });

  const options: QuestionOption[] = parsed.map(({ text, feedback, weight }, index) => {
    let correct: boolean;
    if (isSingle) {
      correct = weight === 100;
      if (weight > 0 && weight < 100) {
        collector.warning(
          questionLine,
          'gift.partial_credit_ignored',
          `Answer ${index + 1} ("${text}") gives ${weight}% in Moodle; Wegwijs has no partial credit for single-answer questions, so it counts as wrong.`,
          { option: index + 1, weight },
        );
      }
    } else correct = weight > 0;
    return feedback === '' ? { text, correct } : { text, correct, feedback };
  });

  if (!isSingle) {
    const total = parsed.reduce((sum, { weight }) => (weight > 0 ? sum + weight : sum), 0);
    // Moodle writes thirds as 33.33333, so allow for rounding.
    if (total > 0 && Math.abs(total - 100) > 0.5) {
      collector.error(
        questionLine,
        'gift.weights_do_not_add_up',
        `The positive weights of this multiple-response question add up to ${round(total)}%, not 100%.`,
        { total: round(total) },
      );
      failed = true;
    }
  }
  return failed ? 'error' : { type: isSingle ? 'single' : 'multiple', options };
}

/**
 * `{T}`/`{TRUE}`/`{F}`/`{FALSE}`, optionally `#feedback for a wrong answer#feedback for a
 * right answer` (Moodle's order). Option 0 is the "true" option, as everywhere in Wegwijs.
 */
function readTrueFalse(
  answers: string,
  labels: [string, string],
): { type: 'truefalse'; options: QuestionOption[] } {
  const [head = '', wrongRaw = '', ...rest] = answers.split('#');
  const statementIsTrue = /^t(rue)?$/i.test(head.trim());
  const wrong = cleanText(wrongRaw);
  const right = cleanText(rest.join('#'));
  const option = (text: string, correct: boolean): QuestionOption => {
    const feedback = correct ? right : wrong;
    return feedback === '' ? { text, correct } : { text, correct, feedback };
  };
  return {
    type: 'truefalse',
    options: [option(labels[0], statementIsTrue), option(labels[1], !statementIsTrue)],
  };
}

function resolveTitles(
  context: QuestionContext,
  questionLine: number,
): { themeTitle?: string; objectiveTitle?: string; reported: string[] } {
  const { category, defaults, collector } = context;
  if (category.kind === 'invalid') {
    collector.error(
      questionLine,
      'gift.invalid_category',
      `The $CATEGORY on line ${category.line} is invalid, so this question has no theme and objective.`,
      { categoryLine: category.line },
    );
    return { reported: ['themeTitle', 'objectiveTitle'] };
  }
  const fromCategory = category.kind === 'set' ? category : undefined;
  const themeTitle = fromCategory?.themeTitle ?? defaults.themeTitle;
  const objectiveTitle = fromCategory?.objectiveTitle ?? defaults.objectiveTitle;
  const reported: string[] = [];
  if (themeTitle === undefined) {
    collector.error(
      questionLine,
      'gift.missing_theme',
      'No "$CATEGORY: Theme/Objective" line comes before this question and no default theme was given.',
    );
    reported.push('themeTitle');
  }
  if (objectiveTitle === undefined) {
    const params: Record<string, string | number> = fromCategory
      ? { categoryLine: fromCategory.line, theme: fromCategory.themeTitle ?? '' }
      : {};
    collector.error(
      questionLine,
      'gift.missing_objective',
      fromCategory
        ? `The $CATEGORY on line ${fromCategory.line} names only a theme; write "Theme/Objective" or give a default objective.`
        : 'No "$CATEGORY: Theme/Objective" line comes before this question and no default objective was given.',
      params,
    );
    reported.push('objectiveTitle');
  }
  return { themeTitle, objectiveTitle, reported };
}

function round(value: number): number {
  return Math.round(value * 100000) / 100000;
}
