/**
 * GIFT export. Everything except ordering questions is written so that `parseGift` reads it
 * back unchanged (with the default true/false labels), and so that Moodle can import it:
 * texts on one line with `\n` for line breaks, an explicit `[format]`, the Wegwijs settings
 * in a `// wegwijs:` comment, and a `$CATEGORY:` line whenever theme or objective changes.
 */
import type { QuestionContent, QuestionOption, StemFormat } from '../questions/model.ts';
import { validateQuestionContent } from '../questions/validate.ts';
import { writeCategoryLine } from './gift-category.ts';
import { writeMetaComment } from './gift-meta.ts';
import { escapeGift, GIFT_WEIGHT, startsWithFormatTag } from './gift-text.ts';

export interface GiftSkipped {
  /** Index in the input array. */
  index: number;
  code: 'gift.ordering_not_supported' | 'question.invalid';
  reason: string;
}

export interface GiftWriteResult {
  text: string;
  skipped: GiftSkipped[];
}

/**
 * Writes questions as GIFT. Ordering questions have no GIFT equivalent and questions that
 * fail `validateQuestionContent` would not read back as the same question; both are left
 * out and listed in `skipped`.
 */
export function writeGift(questions: readonly QuestionContent[]): GiftWriteResult {
  const skipped: GiftSkipped[] = [];
  const blocks: string[] = [];
  let currentCategory: string | undefined;

  questions.forEach((q, index) => {
    if (q.type === 'ordering') {
      skipped.push({
        index,
        code: 'gift.ordering_not_supported',
        reason: 'GIFT has no ordering questions; export them as CSV.',
      });
      return;
    }
    const issues = validateQuestionContent(q);
    if (issues.length > 0) {
      skipped.push({
        index,
        code: 'question.invalid',
        reason: `The question is not valid: ${issues.map((i) => i.message).join(' ')}`,
      });
      return;
    }
    const category = writeCategoryLine(q.themeTitle.trim(), q.objectiveTitle.trim());
    if (category !== currentCategory) {
      blocks.push(category);
      currentCategory = category;
    }
    blocks.push(writeQuestion(q));
  });

  return { text: blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`, skipped };
}

function writeQuestion(q: QuestionContent): string {
  const lines = [writeMetaComment(q)];
  const name = q.name === undefined ? '' : `::${escapeGift(q.name.trim())}::`;
  const head = `${name}[${q.stemFormat}]${escapeGift(q.stem.trim())}`;
  if (q.type === 'truefalse') {
    lines.push(`${head}{${writeTrueFalseAnswer(q)}}`);
    return lines.join('\n');
  }
  lines.push(`${head}{`);
  const correctCount = q.options.filter((o) => o.correct).length;
  for (const option of q.options) lines.push(`\t${writeChoice(option, q.type, correctCount, q.stemFormat)}`);
  lines.push(`\t####${writeText(q.explanation, q.stemFormat)}`);
  lines.push('}');
  return lines.join('\n');
}

function writeChoice(
  option: QuestionOption,
  type: QuestionContent['type'],
  correctCount: number,
  format: StemFormat,
): string {
  let prefix: string;
  if (type === 'single') prefix = option.correct ? '=' : '~';
  else prefix = option.correct ? `~%${formatWeight(100 / correctCount)}%` : '~%-100%';
  // An option text that itself starts like a weight needs an explicit weight before it.
  if (prefix.length === 1 && GIFT_WEIGHT.test(option.text.trim())) prefix += option.correct ? '%100%' : '%0%';
  const feedback = option.feedback?.trim() ? `#${writeText(option.feedback, format)}` : '';
  return `${prefix}${writeText(option.text, format)}${feedback}`;
}

/**
 * Moodle's order: `{TRUE#feedback for a wrong answer#feedback for a right answer}`.
 * Option 0 is the "true" option.
 */
function writeTrueFalseAnswer(q: QuestionContent): string {
  const [trueOption, falseOption] = q.options as [QuestionOption, QuestionOption];
  const statementIsTrue = trueOption.correct;
  const right = (statementIsTrue ? trueOption : falseOption).feedback?.trim() ?? '';
  const wrong = (statementIsTrue ? falseOption : trueOption).feedback?.trim() ?? '';
  let answer = statementIsTrue ? 'TRUE' : 'FALSE';
  if (wrong !== '' || right !== '') answer += `#${writeText(wrong, q.stemFormat)}`;
  if (right !== '') answer += `#${writeText(right, q.stemFormat)}`;
  return `${answer}####${writeText(q.explanation, q.stemFormat)}`;
}

/**
 * Escaped text. A text that starts with a format tag such as `[html]` gets the question's
 * format tag in front, because the importer strips exactly one tag.
 */
function writeText(text: string, format: StemFormat): string {
  const trimmed = text.trim();
  return (startsWithFormatTag(trimmed) ? `[${format}]` : '') + escapeGift(trimmed);
}

/** 100/3 → "33.33333", the precision Moodle itself uses. */
function formatWeight(weight: number): string {
  return String(Number(weight.toFixed(5)));
}
