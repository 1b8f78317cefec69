import { describe, expect, it } from 'vitest';
import { createTestI18n } from '../../test/i18n.ts';
import { describeIssue } from './errors.ts';
import { formatOfFile, issuesFromDetails, readTextFile } from './import-file.ts';

describe('import files', () => {
  it('reads .csv as CSV and everything else as GIFT', () => {
    expect(formatOfFile('vragen.CSV')).toBe('csv');
    expect(formatOfFile('moodle-export.txt')).toBe('gift');
    expect(formatOfFile('klachten.gift')).toBe('gift');
  });

  it('decodes UTF-8 and drops a byte-order mark', async () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('type;stem\nsingle;Wat doe je?'),
    ]);
    expect(await readTextFile(new Blob([bytes]))).toBe('type;stem\nsingle;Wat doe je?');
  });

  it('takes the errors of a refused import from its details', () => {
    const issue = { line: 3, code: 'gift.unclosed_brace', message: 'x' };
    expect(issuesFromDetails({ errors: [issue, { nonsense: true }] })).toEqual([issue]);
    expect(issuesFromDetails(undefined)).toEqual([]);
  });
});

describe('describeIssue', () => {
  const i18n = createTestI18n('nl');

  it('explains import errors in Dutch with their details', () => {
    expect(
      describeIssue({ code: 'gift.unsupported_kind', message: '', params: { kind: 'essay' } }, i18n),
    ).toBe('Dit soort vraag (essay) kan Wegwijs niet importeren.');
    expect(describeIssue({ code: 'csv.missing_column', message: '', params: { column: 'stem' } }, i18n)).toBe(
      'De verplichte kolom ‘stem’ ontbreekt in de kopregel.',
    );
  });

  it('names the part of the question a rule is about', () => {
    expect(
      describeIssue({ code: 'question.empty_title', message: '', params: { field: 'objectiveTitle' } }, i18n),
    ).toBe('Er ontbreekt het leerdoel.');
    expect(
      describeIssue(
        { code: 'question.line_break_not_allowed', message: '', params: { field: 'name' } },
        i18n,
      ),
    ).toBe('In de naam mag geen regeleinde staan.');
  });

  it('falls back to the server message for a code it does not know', () => {
    expect(describeIssue({ code: 'gift.brand_new', message: 'Something new.' }, i18n)).toBe('Something new.');
  });

  it('has a text for every code the importers and the question rules can give', () => {
    const codes = [
      'import.empty',
      'import.objective_in_other_theme',
      'gift.invalid_character',
      'gift.unknown_escape',
      'gift.unclosed_name',
      'gift.unclosed_brace',
      'gift.unmatched_brace',
      'gift.multiple_answer_blocks',
      'gift.unsupported_kind',
      'gift.text_before_answers',
      'gift.invalid_weight',
      'gift.weights_do_not_add_up',
      'gift.category_too_deep',
      'gift.category_empty_level',
      'gift.invalid_category',
      'gift.missing_theme',
      'gift.missing_objective',
      'gift.meta_unknown_key',
      'gift.meta_invalid_value',
      'gift.meta_malformed',
      'gift.partial_credit_ignored',
      'gift.text_after_answers',
      'gift.meta_without_question',
      'csv.unclosed_quote',
      'csv.text_after_quote',
      'csv.wrong_column_count',
      'csv.missing_column',
      'csv.unknown_column',
      'csv.duplicate_column',
      'csv.unknown_type',
      'csv.invalid_value',
      'csv.invalid_correct',
      'csv.correct_out_of_range',
      'csv.option_gap',
      'csv.feedback_without_option',
      'csv.truefalse_labels_incomplete',
    ];
    const missing = codes.filter((code) => !i18n.exists(`quizContent.issues.${code}`));
    expect(missing).toEqual([]);
  });
});
