/** The examples in docs/question-formats.md must import cleanly, so the documentation cannot drift. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseGift } from './gift-parse.ts';
import { parseQuestionCsv } from './question-csv-parse.ts';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const docPath = path.join(repoRoot, 'docs/question-formats.md');

function codeBlock(language: string): string {
  const doc = readFileSync(docPath, 'utf8');
  const match = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(doc);
  if (!match) throw new Error(`No \`\`\`${language} block in ${docPath}`);
  return match[1]!;
}

describe.runIf(existsSync(docPath))('docs/question-formats.md examples', () => {
  it('GIFT example imports three valid questions', () => {
    const result = parseGift(codeBlock('gift'));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(
      result.questions.map((q) => [
        q.line,
        q.content.type,
        q.content.themeTitle,
        q.content.objectiveTitle,
        q.content.tags,
      ]),
    ).toEqual([
      [4, 'single', 'Klachten', 'Klachten de-escaleren', ['klachten', 'empathie']],
      [12, 'multiple', 'Klachten', 'Klachten de-escaleren', ['empathie']],
      [23, 'truefalse', 'Kwaliteit', 'Gesprekstechnieken', ['vragen']],
    ]);
    expect(result.questions[0]!.content).toMatchObject({
      name: 'eerste-stap',
      stemFormat: 'markdown',
      pool: 'core',
      difficulty: 'easy',
      timeLimitSeconds: 30,
    });
    expect(result.questions[2]!.content.options).toEqual([
      { text: 'Waar', correct: true, feedback: 'Klopt.' },
      { text: 'Niet waar', correct: false, feedback: 'Kijk nog eens naar de voorbeelden.' },
    ]);
  });

  it('CSV example imports four valid questions, one per type', () => {
    const result = parseQuestionCsv(codeBlock('csv'));
    expect(result.errors).toEqual([]);
    expect(result.questions.map((q) => [q.line, q.content.type, q.content.pool])).toEqual([
      [2, 'single', 'core'],
      [3, 'multiple', 'core'],
      [5, 'truefalse', 'practice'],
      [6, 'ordering', 'manager'],
    ]);
    expect(result.questions[0]!.content.options[1]).toEqual({
      text: 'Laten uitpraten en samenvatten',
      correct: true,
      feedback: 'Goed: wie zich gehoord voelt, kalmeert.',
    });
    expect(result.questions[1]!.content.options.map((o) => o.correct)).toEqual([true, false, true, false]);
    expect(result.questions[2]!.content.options.map((o) => `${o.text}:${o.correct}`)).toEqual([
      'Waar:true',
      'Niet waar:false',
    ]);
  });
});
