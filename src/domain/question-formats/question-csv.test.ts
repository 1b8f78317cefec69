import { describe, expect, it } from 'vitest';
import type { QuestionContent } from '../questions/model.ts';
import type { ImportResult } from './import-result.ts';
import { questionCsvHeader } from './question-csv-columns.ts';
import { parseQuestionCsv } from './question-csv-parse.ts';
import { writeQuestionCsv } from './question-csv-write.ts';

const HEADER = 'type;theme;objective;stem;option_1;option_2;option_3;correct;explanation';
const errorCodes = (result: ImportResult) => result.errors.map((e) => `${e.line}:${e.code}`);
const csv = (...rows: string[]) => `${[HEADER, ...rows].join('\n')}\n`;

describe('parseQuestionCsv', () => {
  it('reads a minimal single-answer row, filling the defaults', () => {
    const result = parseQuestionCsv(
      csv('single;Klachten;De-escaleren;Wat eerst?;Uitleggen;Luisteren;;2;Eerst luisteren.'),
    );
    expect(result.errors).toEqual([]);
    expect(result.questions).toEqual([
      {
        line: 2,
        content: {
          type: 'single',
          stem: 'Wat eerst?',
          stemFormat: 'plain',
          options: [
            { text: 'Uitleggen', correct: false },
            { text: 'Luisteren', correct: true },
          ],
          explanation: 'Eerst luisteren.',
          themeTitle: 'Klachten',
          objectiveTitle: 'De-escaleren',
          pool: 'core',
          difficulty: 'medium',
          tags: [],
        },
      },
    ]);
  });

  it('reads every optional column, matching header names forgivingly', () => {
    const text = [
      'Type,Theme,Objective,Pool,Difficulty,Time Limit,Name,Stem,Option 1,option2,OPTION_3,Correct,Explanation,Tags,Format,Feedback 1,feedback-3',
      'MULTIPLE,T,O,Manager,HARD,45,mr-1,"**Kies**, twee",a,b,c,"1, 3",Uitleg,"x, y,,X",markdown,fb a,fb c',
    ].join('\r\n');
    const result = parseQuestionCsv(text);
    expect(result.errors).toEqual([]);
    expect(result.questions[0]!.content).toEqual({
      name: 'mr-1',
      type: 'multiple',
      stem: '**Kies**, twee',
      stemFormat: 'markdown',
      options: [
        { text: 'a', correct: true, feedback: 'fb a' },
        { text: 'b', correct: false },
        { text: 'c', correct: true, feedback: 'fb c' },
      ],
      explanation: 'Uitleg',
      themeTitle: 'T',
      objectiveTitle: 'O',
      pool: 'manager',
      difficulty: 'hard',
      timeLimitSeconds: 45,
      tags: ['x', 'y'],
    });
  });

  it('reads true/false with default or own labels and Dutch or English values', () => {
    const cases: Array<[string, string[], boolean[]]> = [
      ['truefalse;T;O;Stelling;;;;waar;U', ['Waar', 'Niet waar'], [true, false]],
      ['truefalse;T;O;Stelling;;;;Niet Waar;U', ['Waar', 'Niet waar'], [false, true]],
      ['truefalse;T;O;Stelling;;;;TRUE;U', ['Waar', 'Niet waar'], [true, false]],
      ['truefalse;T;O;Stelling;Juist;Onjuist;;false;U', ['Juist', 'Onjuist'], [false, true]],
    ];
    for (const [row, labels, correct] of cases) {
      const result = parseQuestionCsv(csv(row));
      expect(result.errors).toEqual([]);
      const q = result.questions[0]!.content;
      expect(q.options.map((o) => o.text)).toEqual(labels);
      expect(q.options.map((o) => o.correct)).toEqual(correct);
    }
    const withFeedback = parseQuestionCsv(
      'type;theme;objective;stem;correct;explanation;feedback_1;feedback_2\ntruefalse;T;O;S;niet waar;U;Helaas;Klopt\n',
    );
    expect(withFeedback.questions[0]!.content.options).toEqual([
      { text: 'Waar', correct: false, feedback: 'Helaas' },
      { text: 'Niet waar', correct: true, feedback: 'Klopt' },
    ]);
  });

  it('reads ordering rows: options in the right order, correct empty or "order"', () => {
    for (const correct of ['', 'order', 'Volgorde']) {
      const result = parseQuestionCsv(csv(`ordering;T;O;Volgorde?;eerst;dan;laatst;${correct};U`));
      expect(result.errors).toEqual([]);
      expect(result.questions[0]!.content.options).toEqual([
        { text: 'eerst', correct: true },
        { text: 'dan', correct: true },
        { text: 'laatst', correct: true },
      ]);
    }
  });

  it('accepts comma files, a BOM, CRLF, quoted delimiters, quotes and line breaks', () => {
    const text =
      '\uFEFFtype,theme,objective,stem,option_1,option_2,correct,explanation\r\n' +
      'single,"Thema, met komma",O,"Hij zei ""hallo""\r\nen toen?","a;b",c,1,"€ é ë"\r\n';
    const result = parseQuestionCsv(text);
    expect(result.errors).toEqual([]);
    expect(result.questions[0]!.content).toMatchObject({
      themeTitle: 'Thema, met komma',
      stem: 'Hij zei "hallo"\nen toen?',
      options: [{ text: 'a;b' }, { text: 'c' }],
      explanation: '€ é ë',
    });
  });

  it('lets theme and objective come from the caller when the columns are absent or empty', () => {
    const text =
      'type;stem;option_1;option_2;correct;explanation;theme\nsingle;S;a;b;1;U;\nsingle;S;a;b;1;U;Eigen\n';
    expect(errorCodes(parseQuestionCsv(text))).toEqual(['1:csv.missing_column']);
    const result = parseQuestionCsv(text, { defaults: { themeTitle: 'Std', objectiveTitle: 'Doel' } });
    expect(result.errors).toEqual([]);
    expect(result.questions.map((q) => `${q.content.themeTitle}/${q.content.objectiveTitle}`)).toEqual([
      'Std/Doel',
      'Eigen/Doel',
    ]);
  });

  it('reports every error of every row with the line where its record starts', () => {
    const text = csv(
      'single;T;O;Goed;a;b;;1;U', // line 2: fine
      'quiz;T;O;S;a;b;;1;U', // line 3: unknown type
      'single;T;O;"Twee\nregels";a;b;;4;U', // line 4-5: bad correct reference
      'multiple;T;O;S;a;;c;1;U', // line 6: gap in the options
      'single;T;O;S;a;b;;een;U', // line 7: not a number
      'single;T;O;S;a;b', // line 8: wrong column count
      'single;T;O;;a;b;;;', // line 9: validation errors
      'truefalse;T;O;S;Ja;;;misschien;U', // line 10: one label, bad value
    );
    const result = parseQuestionCsv(text);
    expect(errorCodes(result)).toEqual([
      '3:csv.unknown_type',
      '4:csv.correct_out_of_range',
      '6:csv.option_gap',
      '7:csv.invalid_correct',
      '8:csv.wrong_column_count',
      '9:question.empty_stem',
      '9:question.empty_explanation',
      '9:question.no_correct_option',
      '10:csv.truefalse_labels_incomplete',
      '10:csv.invalid_correct',
    ]);
    expect(result.errors[1]!.params).toEqual({ option: 4, optionCount: 2 });
    expect(result.errors[4]!.params).toEqual({ expected: 9, actual: 6 });
    expect(result.questions.map((q) => q.line)).toEqual([2]);
    expect(result.invalidQuestions.map((q) => q.line)).toEqual([9]);
  });

  it('reports invalid enumerations, numbers and stray feedback', () => {
    const text = [
      'type;theme;objective;pool;difficulty;time_limit;format;stem;option_1;option_2;correct;explanation;feedback_3',
      'single;T;O;vip;lastig;30s;rtf;S;a;b;1;U;fb',
      'single;T;O;core;easy;601;plain;S;a;b;1;U;',
    ].join('\n');
    const result = parseQuestionCsv(text);
    expect(
      result.errors.map(
        (e) => `${e.line}:${e.code}:${e.params?.column ?? e.params?.field ?? e.params?.option}`,
      ),
    ).toEqual([
      '2:csv.invalid_value:pool',
      '2:csv.invalid_value:difficulty',
      '2:csv.invalid_value:format',
      '2:csv.invalid_value:time_limit',
      '2:csv.feedback_without_option:3',
      '3:question.invalid_time_limit:timeLimitSeconds',
    ]);
  });

  it('reports header problems: missing, unknown and duplicate columns', () => {
    expect(errorCodes(parseQuestionCsv('type;theme;stem\nsingle;T;S\n'))).toEqual([
      '1:csv.missing_column',
      '1:csv.missing_column',
      '1:csv.missing_column',
    ]);
    expect(parseQuestionCsv('type;theme;stem\n').errors.map((e) => e.params?.column)).toEqual([
      'objective',
      'correct',
      'explanation',
    ]);
    const typo = parseQuestionCsv(`${HEADER};tag;Type\nsingle;T;O;S;a;b;;1;U;x;single\n`);
    expect(errorCodes(typo)).toEqual(['1:csv.unknown_column', '1:csv.duplicate_column']);
    expect(typo.errors.map((e) => e.params?.column)).toEqual(['tag', 'Type']);
    // The rows are still checked, but nothing is importable while the header is wrong.
    expect(typo.questions).toEqual([]);
  });

  it('reports an empty file, a blank file and a header without rows', () => {
    for (const text of ['', '\uFEFF', '\r\n\r\n', `${HEADER}\n`, `${HEADER}\n;;;;;;;;\n`]) {
      expect(errorCodes(parseQuestionCsv(text))).toEqual(['1:import.empty']);
    }
  });

  it('reports a broken quote', () => {
    expect(errorCodes(parseQuestionCsv(csv('single;T;O;"open;a;b;;1;U')))).toEqual(['2:csv.unclosed_quote']);
  });
});

describe('writeQuestionCsv', () => {
  const base: QuestionContent = {
    type: 'single',
    stem: '=SUM(A1) is geen formule',
    stemFormat: 'plain',
    options: [
      { text: '+31 20 123', correct: true, feedback: 'ja' },
      { text: 'b;c', correct: false },
    ],
    explanation: 'Uitleg\nmet "quotes"',
    themeTitle: 'T',
    objectiveTitle: 'O',
    pool: 'core',
    difficulty: 'medium',
    timeLimitSeconds: 20,
    tags: ['x', 'y'],
  };

  it('writes the template header, a BOM and semicolons by default', () => {
    const text = writeQuestionCsv([base]);
    expect(text.startsWith(`\uFEFF${questionCsvHeader().join(';')}\r\n`)).toBe(true);
    expect(questionCsvHeader().slice(0, 9)).toEqual([
      'type',
      'theme',
      'objective',
      'pool',
      'difficulty',
      'time_limit',
      'name',
      'stem',
      'option_1',
    ]);
    expect(text).toContain(`single;T;O;core;medium;20;;'=SUM(A1) is geen formule;'+31 20 123;"b;c";`);
    expect(text).toContain(';1;"Uitleg\nmet ""quotes""";x,y;plain;ja;');
  });

  it('writes commas without BOM on request', () => {
    const text = writeQuestionCsv([base], { delimiter: ',', bom: false });
    expect(text.startsWith('type,theme,')).toBe(true);
    expect(text).toContain(',b;c,');
  });

  it('writes correct as numbers, waar/niet waar or order', () => {
    const rows = (q: QuestionContent) => parseQuestionCsv(writeQuestionCsv([q])).questions[0]!.content;
    const multiple: QuestionContent = {
      ...base,
      type: 'multiple',
      options: [
        { text: 'a', correct: true },
        { text: 'b', correct: false },
        { text: 'c', correct: true },
      ],
    };
    expect(writeQuestionCsv([multiple])).toContain(';1,3;');
    expect(rows(multiple)).toEqual(multiple);
    const tf: QuestionContent = {
      ...base,
      type: 'truefalse',
      options: [
        { text: 'Waar', correct: false },
        { text: 'Niet waar', correct: true },
      ],
    };
    expect(writeQuestionCsv([tf])).toContain(';niet waar;');
    expect(rows(tf)).toEqual(tf);
  });

  it('adds option and feedback columns when a question has more than eight options', () => {
    const many: QuestionContent = {
      ...base,
      type: 'multiple',
      options: Array.from({ length: 10 }, (_, i) => ({
        text: `o${i + 1}`,
        correct: i === 9,
        feedback: `f${i + 1}`,
      })),
    };
    const text = writeQuestionCsv([many]);
    expect(text).toContain('option_10;correct');
    expect(text).toContain('feedback_10\r\n');
    expect(parseQuestionCsv(text).questions[0]!.content).toEqual(many);
  });
});
