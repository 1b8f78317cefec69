/**
 * Moodle's own GIFT files (see ../shared/fixtures/gift/README.md). Every question in them
 * is either imported with its options, correct flags and feedback, or reported by line.
 * None of Moodle's examples has a $CATEGORY, and most have no general feedback, so the
 * supported ones land in `invalidQuestions` with one error: the missing explanation.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseGift } from './gift-parse.ts';
import { writeGift } from './gift-write.ts';
import type { ImportResult } from './import-result.ts';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const dir = path.resolve(repoRoot, '../shared/fixtures/gift');
const defaults = { themeTitle: 'Moodle', objectiveTitle: 'Voorbeelden' };

function load(file: string): { text: string; result: ImportResult } {
  // Vitest still runs the body of a describe that runIf skips, so reading must not fail there.
  const text = existsSync(dir) ? readFileSync(path.join(dir, file), 'utf8') : '';
  return { text, result: parseGift(text, { defaults }) };
}

const byLine = (result: ImportResult) =>
  new Map(
    [...result.questions, ...result.invalidQuestions]
      .sort((a, b) => a.line - b.line)
      .map((q) => [q.line, q.content]),
  );

const unsupported = (result: ImportResult) =>
  result.errors.filter((e) => e.code === 'gift.unsupported_kind').map((e) => `${e.line}:${e.params?.kind}`);

/**
 * Where questions start, found independently of the parser: the first line of each
 * blank-line-separated block that is neither a comment nor a category.
 */
function questionStartLines(text: string): number[] {
  const starts: number[] = [];
  let inQuestion = false;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') inQuestion = false;
    else if (!inQuestion && !line.startsWith('//') && !line.startsWith('$CATEGORY:')) {
      starts.push(index + 1);
      inQuestion = true;
    }
  });
  return starts;
}

describe.runIf(existsSync(dir))('GIFT fixtures from Moodle', () => {
  describe('moodle-examples.gift.txt', () => {
    const { text, result } = load('moodle-examples.gift.txt');
    const questions = byLine(result);

    it('accounts for every question: 23 supported, 20 reported as unsupported', () => {
      expect([...questions.keys()]).toEqual([
        8, 10, 12, 25, 27, 29, 35, 49, 51, 93, 98, 113, 115, 117, 130, 136, 143, 148, 167, 169, 171, 184, 190,
      ]);
      expect(unsupported(result)).toEqual([
        '14:shortanswer',
        '16:numerical',
        '43:shortanswer',
        '45:shortanswer',
        '55:matching',
        '61:matching',
        '70:numerical',
        '72:numerical',
        '74:numerical',
        '76:numerical',
        '85:numerical',
        '90:shortanswer',
        '103:shortanswer',
        '108:shortanswer',
        '123:shortanswer',
        '173:shortanswer',
        '175:numerical',
        '177:matching',
        '195:shortanswer',
        '202:numerical',
      ]);
      const reported = [...questions.keys(), ...unsupported(result).map((u) => Number(u.split(':')[0]))];
      expect(reported.sort((a, b) => a - b)).toEqual(questionStartLines(text));
    });

    it('has no errors besides unsupported kinds and missing explanations', () => {
      const other = result.errors.filter((e) => e.code !== 'gift.unsupported_kind');
      expect(other.map((e) => e.code)).toEqual(Array(23).fill('question.empty_explanation'));
      expect(other.map((e) => e.line)).toEqual([...questions.keys()]);
      expect(result.questions).toEqual([]);
    });

    it('reads single-answer questions with the = option correct', () => {
      expect(questions.get(8)).toMatchObject({
        type: 'single',
        stem: "Who's buried in Grant's tomb?",
        stemFormat: 'plain',
        options: [
          { text: 'Grant', correct: false },
          { text: 'Jefferson', correct: false },
          { text: 'no one', correct: true },
        ],
        themeTitle: 'Moodle',
        objectiveTitle: 'Voorbeelden',
      });
      expect(questions.get(35)!.options.map((o) => `${o.text}:${o.correct}`)).toEqual([
        'India:false',
        'China:true',
        'Korea:false',
        'Egypt:false',
      ]);
    });

    it('reads missing-word questions, also across lines', () => {
      expect(questions.get(10)!.stem).toBe("Grant is ___ in Grant's tomb.");
      expect(questions.get(29)!.stem).toBe(
        'The American holiday of Thanksgiving is celebrated on the ___ Thursday of November.',
      );
      expect(questions.get(93)).toMatchObject({
        name: 'Thanksgiving Date',
        stem: 'The American holiday of Thanksgiving is\ncelebrated on the ___ Thursday of November.',
      });
    });

    it('reads true/false with wrong-answer feedback', () => {
      expect(questions.get(51)!.options).toEqual([
        { text: 'Waar', correct: true },
        { text: 'Niet waar', correct: false },
      ]);
      expect(questions.get(113)!.options).toEqual([
        { text: 'Waar', correct: false, feedback: "No one is buried in Grant's tomb." },
        { text: 'Niet waar', correct: true },
      ]);
    });

    it('keeps per-answer feedback', () => {
      expect(questions.get(98)!.options).toEqual([
        { text: 'wrong answer', correct: false, feedback: 'feedback comment on the wrong answer' },
        { text: 'another wrong answer', correct: false, feedback: 'feedback comment on this wrong answer' },
        { text: 'right answer', correct: true, feedback: 'Very good!' },
      ]);
      expect(questions.get(190)!.options.map((o) => o.feedback)).toEqual([
        'comment on wrong answer',
        'comment on answer',
        'well done!',
      ]);
    });

    it('reads weighted answers: multiple response from ~%50%, partial credit in single answers reported', () => {
      for (const line of [130, 136]) {
        expect(questions.get(line)).toMatchObject({
          type: 'multiple',
          options: [
            { text: 'No one', correct: false },
            { text: 'Grant', correct: true },
            { text: "Grant's wife", correct: true },
            { text: "Grant's father", correct: false },
          ],
        });
      }
      expect(questions.get(117)).toMatchObject({
        name: "Jesus' hometown",
        type: 'single',
        stem: 'Jesus Christ was from ___.',
        options: [
          {
            text: 'Jerusalem',
            correct: false,
            feedback: 'This was an important city, but the wrong answer.',
          },
          { text: 'Bethlehem', correct: false, feedback: 'He was born here, but not raised here.' },
          { text: 'Galilee', correct: false, feedback: 'You need to be more specific.' },
          { text: 'Nazareth', correct: true, feedback: "Yes! That's right!" },
        ],
      });
      expect(result.warnings.map((w) => `${w.line}:${w.code}:${w.params?.weight}`)).toEqual([
        '115:gift.partial_credit_ignored:50',
        '117:gift.partial_credit_ignored:25',
        '117:gift.partial_credit_ignored:50',
        '190:gift.partial_credit_ignored:50',
      ]);
    });

    it('resolves escaped control characters, in options and multi-line feedback', () => {
      expect(questions.get(143)!.options.map((o) => `${o.text}:${o.correct}`)).toEqual([
        '= 2 + 2:false',
        '= 2 + 3:true',
        '= 2 + 4:false',
      ]);
      const control = questions.get(148)!;
      expect(control.name).toBe('GIFT Control Characters');
      expect(control.stem).toBe(
        'Which of the following is NOT a control character for the GIFT import format?',
      );
      expect(control.options.map((o) => o.text)).toEqual(['~', '=', '#', '{', '}', '\\']);
      expect(control.options.map((o) => o.correct)).toEqual([false, false, false, false, false, true]);
      expect(control.options[0]!.feedback).toBe('~ is a control character.');
      expect(control.options[5]!.feedback).toBe(
        'Correct! \\ (backslash) is not a control character. BUT,\nit is used to escape the control characters. So, to specify\na literal backslash, you must escape it with a backslash\n(as shown in this example).',
      );
    });

    it('round-trips every supported example through writeGift once it has an explanation', () => {
      const contents = [...questions.values()].map((q) => ({ ...q, explanation: 'Uitleg.' }));
      const written = writeGift(contents);
      expect(written.skipped).toEqual([]);
      const reread = parseGift(written.text);
      expect(reread.errors).toEqual([]);
      expect(reread.questions.map((q) => q.content)).toEqual(contents);
    });
  });

  describe('moodle-test-questions.gift.txt', () => {
    const { text, result } = load('moodle-test-questions.gift.txt');
    const questions = byLine(result);

    it('accounts for every question: 5 supported, 4 reported as unsupported', () => {
      expect([...questions.keys()]).toEqual([14, 22, 41, 46, 49]);
      expect(unsupported(result)).toEqual(['2:essay', '5:matching', '31:numerical', '34:shortanswer']);
      const reported = [...questions.keys(), ...unsupported(result).map((u) => Number(u.split(':')[0]))];
      expect(reported.sort((a, b) => a - b)).toEqual(questionStartLines(text));
    });

    it('drops per-answer format tags and keeps the feedback', () => {
      expect(questions.get(14)).toMatchObject({
        name: 'Q2',
        type: 'single',
        stem: "What's between orange and green in the spectrum?",
        options: [
          { text: 'yellow', correct: true, feedback: 'right; good!' },
          { text: 'red', correct: false, feedback: "wrong, it's yellow" },
          { text: 'blue', correct: false, feedback: "wrong, it's yellow" },
        ],
      });
      expect(questions.get(22)).toMatchObject({
        name: 'colours',
        type: 'multiple',
        options: [
          { text: 'yellow', correct: true, feedback: 'right; good!' },
          { text: 'red', correct: false, feedback: 'wrong' },
          { text: 'off-beige', correct: true, feedback: 'right; good!' },
          { text: 'blue', correct: false, feedback: 'wrong' },
        ],
      });
    });

    it('imports the true/false question with general feedback, keeping the stray "; as text like Moodle', () => {
      expect(result.questions).toEqual([
        {
          line: 41,
          content: {
            name: 'Q1',
            type: 'truefalse',
            stem: '42 is the Absolute Answer to everything.___";',
            stemFormat: 'plain',
            options: [
              { text: 'Waar', correct: false, feedback: '42 is the Ultimate Answer.' },
              { text: 'Niet waar', correct: true, feedback: 'You gave the right answer.' },
            ],
            explanation: "This is, of course, a Hitchiker's Guide to the Galaxy reference.",
            themeTitle: 'Moodle',
            objectiveTitle: 'Voorbeelden',
            pool: 'core',
            difficulty: 'medium',
            tags: [],
          },
        },
      ]);
      expect(result.warnings.map((w) => `${w.line}:${w.code}`)).toEqual(['41:gift.text_after_answers']);
    });

    it('reads {T} and {TRUE} alike', () => {
      expect(questions.get(46)).toEqual(questions.get(49));
      expect(questions.get(46)).toMatchObject({
        name: '2-08 TSL',
        stem: 'TSL is blablabla.',
        options: [
          { text: 'Waar', correct: true },
          { text: 'Niet waar', correct: false },
        ],
      });
    });

    it('reports only unsupported kinds and missing explanations', () => {
      expect(result.errors.map((e) => `${e.line}:${e.code}`)).toEqual([
        '2:gift.unsupported_kind',
        '5:gift.unsupported_kind',
        '14:question.empty_explanation',
        '22:question.empty_explanation',
        '31:gift.unsupported_kind',
        '34:gift.unsupported_kind',
        '46:question.empty_explanation',
        '49:question.empty_explanation',
      ]);
    });
  });
});
