import { describe, expect, it } from 'vitest';
import type { QuestionContent } from '../questions/model.ts';
import { parseGift } from './gift-parse.ts';
import { writeGift } from './gift-write.ts';

function question(overrides: Partial<QuestionContent> = {}): QuestionContent {
  return {
    type: 'single',
    stem: 'Wat doe je eerst?',
    stemFormat: 'markdown',
    options: [
      { text: 'Luisteren', correct: true, feedback: 'Goed zo' },
      { text: 'Verdedigen', correct: false },
    ],
    explanation: 'Eerst luisteren.',
    themeTitle: 'Klachten',
    objectiveTitle: 'De-escaleren',
    pool: 'core',
    difficulty: 'medium',
    tags: [],
    ...overrides,
  };
}

describe('writeGift', () => {
  it('writes category, settings comment, name, format, answers and explanation', () => {
    const { text, skipped } = writeGift([
      question({
        name: 'Eerste stap',
        timeLimitSeconds: 30,
        tags: ['klachten', 'empathie'],
        pool: 'manager',
      }),
    ]);
    expect(skipped).toEqual([]);
    expect(text).toBe(
      [
        '$CATEGORY: Klachten / De-escaleren',
        '',
        '// wegwijs: pool=manager; difficulty=medium; time=30; tags=klachten,empathie',
        '::Eerste stap::[markdown]Wat doe je eerst?{',
        '\t=Luisteren#Goed zo',
        '\t~Verdedigen',
        '\t####Eerst luisteren.',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes multiple response with equal positive weights and -100% for wrong options', () => {
    const { text } = writeGift([
      question({
        type: 'multiple',
        options: [
          { text: 'a', correct: true },
          { text: 'b', correct: true },
          { text: 'c', correct: true },
          { text: 'd', correct: false },
        ],
      }),
    ]);
    expect(text).toContain('\t~%33.33333%a\n\t~%33.33333%b\n\t~%33.33333%c\n\t~%-100%d\n');
  });

  it('writes true/false in Moodle order: wrong feedback first, then right feedback', () => {
    const tf = (options: QuestionContent['options']) =>
      writeGift([question({ type: 'truefalse', stemFormat: 'plain', options })]).text.split('\n')[3];
    expect(
      tf([
        { text: 'Waar', correct: true },
        { text: 'Niet waar', correct: false },
      ]),
    ).toBe('[plain]Wat doe je eerst?{TRUE####Eerst luisteren.}');
    expect(
      tf([
        { text: 'Waar', correct: false, feedback: 'Helaas' },
        { text: 'Niet waar', correct: true, feedback: 'Klopt' },
      ]),
    ).toBe('[plain]Wat doe je eerst?{FALSE#Helaas#Klopt####Eerst luisteren.}');
    expect(
      tf([
        { text: 'Waar', correct: true, feedback: 'Klopt' },
        { text: 'Niet waar', correct: false },
      ]),
    ).toBe('[plain]Wat doe je eerst?{TRUE##Klopt####Eerst luisteren.}');
  });

  it('escapes control characters and line breaks, and protects texts that look like syntax', () => {
    const { text } = writeGift([
      question({
        name: 'a::b',
        stem: 'Kies {x} ~ = # \\ :\nregel 2',
        options: [
          { text: '%50% korting', correct: true },
          { text: '[html]<b>', correct: false, feedback: '[plain]fb' },
        ],
      }),
    ]);
    expect(text).toContain('::a\\:\\:b::[markdown]Kies \\{x\\} \\~ \\= \\# \\\\ \\:\\nregel 2{');
    expect(text).toContain('\t=%100%%50% korting\n');
    expect(text).toContain('\t~[markdown][html]<b>#[markdown][plain]fb\n');
  });

  it('writes a category line only when theme or objective changes, doubling slashes', () => {
    const { text } = writeGift([
      question(),
      question(),
      question({ themeTitle: 'Chat/mail', objectiveTitle: 'C:\\pad' }),
    ]);
    expect(text.match(/^\$CATEGORY:.*$/gm)).toEqual([
      '$CATEGORY: Klachten / De-escaleren',
      '$CATEGORY: Chat//mail / C:\\\\pad',
    ]);
    const titles = parseGift(text).questions.map(
      (q) => `${q.content.themeTitle}|${q.content.objectiveTitle}`,
    );
    expect(titles).toEqual(['Klachten|De-escaleren', 'Klachten|De-escaleren', 'Chat/mail|C:\\pad']);
  });

  it('skips ordering and invalid questions with a reason, keeping the others', () => {
    const ordering = question({
      type: 'ordering',
      options: [
        { text: '1', correct: true },
        { text: '2', correct: true },
      ],
    });
    const invalid = question({ tags: ['a,b'] });
    const { text, skipped } = writeGift([ordering, question(), invalid]);
    expect(skipped).toEqual([
      { index: 0, code: 'gift.ordering_not_supported', reason: expect.stringContaining('ordering') },
      { index: 2, code: 'question.invalid', reason: expect.stringContaining('comma') },
    ]);
    expect(parseGift(text).questions).toHaveLength(1);
  });

  it('writes nothing for nothing', () => {
    expect(writeGift([])).toEqual({ text: '', skipped: [] });
  });
});
