import { describe, expect, it } from 'vitest';
import { parseGift } from './gift-parse.ts';
import type { ImportResult } from './import-result.ts';

const CATEGORY = '$CATEGORY: Klachten/Klachten de-escaleren\n\n';

/** The one question a text yields, whether valid or not; fails if there is not exactly one. */
function only(result: ImportResult) {
  const all = [...result.questions, ...result.invalidQuestions];
  expect(all).toHaveLength(1);
  return all[0]!;
}

const errorCodes = (result: ImportResult) => result.errors.map((e) => `${e.line}:${e.code}`);

describe('parseGift: supported kinds', () => {
  it('reads a multiple choice question with one = as single, with feedback and explanation', () => {
    const result = parseGift(
      `${CATEGORY}::Eerste stap::Wat doe je eerst?{\n=Luisteren#Goed zo\n~Verdedigen#Liever niet\n~Doorverbinden\n####Eerst luisteren.\n}`,
    );
    expect(result.errors).toEqual([]);
    expect(result.questions).toEqual([
      {
        line: 3,
        content: {
          name: 'Eerste stap',
          type: 'single',
          stem: 'Wat doe je eerst?',
          stemFormat: 'plain',
          options: [
            { text: 'Luisteren', correct: true, feedback: 'Goed zo' },
            { text: 'Verdedigen', correct: false, feedback: 'Liever niet' },
            { text: 'Doorverbinden', correct: false },
          ],
          explanation: 'Eerst luisteren.',
          themeTitle: 'Klachten',
          objectiveTitle: 'Klachten de-escaleren',
          pool: 'core',
          difficulty: 'medium',
          tags: [],
        },
      },
    ]);
  });

  it('reads weights without = as multiple response: positive weights are correct', () => {
    const q = only(parseGift(`${CATEGORY}Welke twee?{~%50%A ~%-100%B ~%50%C#ja ~D####Uitleg}`)).content;
    expect(q.type).toBe('multiple');
    expect(q.options).toEqual([
      { text: 'A', correct: true },
      { text: 'B', correct: false },
      { text: 'C', correct: true, feedback: 'ja' },
      { text: 'D', correct: false },
    ]);
  });

  it('accepts Moodle-rounded thirds and a comma decimal', () => {
    const result = parseGift(`${CATEGORY}Drie?{~%33.33333%A ~%33,33333%B ~%33.33333%C ~%-100%D####x}`);
    expect(result.errors).toEqual([]);
    expect(result.questions[0]!.content.options.filter((o) => o.correct)).toHaveLength(3);
  });

  it('reads every true/false spelling, with wrong and right feedback in Moodle order', () => {
    for (const [answer, isTrue] of [
      ['T', true],
      ['TRUE', true],
      ['true', true],
      ['F', false],
      ['FALSE', false],
    ] as const) {
      const q = only(
        parseGift(`${CATEGORY}De klant heeft altijd gelijk.{${answer}####Niet altijd.}`),
      ).content;
      expect(q.type).toBe('truefalse');
      expect(q.options).toEqual([
        { text: 'Waar', correct: isTrue },
        { text: 'Niet waar', correct: !isTrue },
      ]);
    }
    const q = only(parseGift(`${CATEGORY}Stelling.{FALSE#Helaas.#Goed!####Uitleg}`)).content;
    expect(q.options).toEqual([
      { text: 'Waar', correct: false, feedback: 'Helaas.' },
      { text: 'Niet waar', correct: true, feedback: 'Goed!' },
    ]);
    const onlyRight = only(parseGift(`${CATEGORY}Stelling.{T##Goed!####Uitleg}`)).content;
    expect(onlyRight.options).toEqual([
      { text: 'Waar', correct: true, feedback: 'Goed!' },
      { text: 'Niet waar', correct: false },
    ]);
  });

  it('uses the caller’s true/false labels', () => {
    const q = only(
      parseGift(`${CATEGORY}S.{T####x}`, { defaults: { trueFalseLabels: ['True', 'False'] } }),
    ).content;
    expect(q.options.map((o) => o.text)).toEqual(['True', 'False']);
  });

  it('puts ___ where an answer block sits in the middle of the text (missing word)', () => {
    const q = only(parseGift(`${CATEGORY}Een klacht is een {=kans ~last####x} voor de organisatie.`)).content;
    expect(q.stem).toBe('Een klacht is een ___ voor de organisatie.');
    expect(q.options.map((o) => o.correct)).toEqual([true, false]);
  });

  it('reads multi-line questions and per-question text formats', () => {
    const q = only(
      parseGift(
        `${CATEGORY}::Opmaak::[markdown]Wat is **het beste**\nantwoord?\n{\n=Dit\n~Dat\n####Omdat *dit*.\n}`,
      ),
    ).content;
    expect(q).toMatchObject({
      stemFormat: 'markdown',
      stem: 'Wat is **het beste**\nantwoord?',
      explanation: 'Omdat *dit*.',
    });
    expect(only(parseGift(`${CATEGORY}[html]<b>Vet</b>?{=a ~b####c}`)).content).toMatchObject({
      stemFormat: 'html',
      stem: '<b>Vet</b>?',
    });
    expect(only(parseGift(`${CATEGORY}[moodle]Tekst?{=a ~b####c}`)).content.stemFormat).toBe('plain');
    // Unknown format names stay part of the text, as in Moodle.
    expect(only(parseGift(`${CATEGORY}[rtf]Tekst?{=a ~b####c}`)).content.stem).toBe('[rtf]Tekst?');
    expect(
      only(parseGift(`${CATEGORY}Tekst?{=a ~b####c}`, { defaults: { stemFormat: 'markdown' } })).content
        .stemFormat,
    ).toBe('markdown');
  });

  it('resolves every escape and ignores format tags on answers and feedback', () => {
    const q = only(
      parseGift(
        `${CATEGORY}::a\\:b::Kies \\{x\\} \\~ \\= \\# \\\\ en\\nnieuw\\:{=[html]\\=1#[plain]fb \\# \\}\n~\\~2####uitleg\\nregel 2}`,
      ),
    ).content;
    expect(q.name).toBe('a:b');
    expect(q.stem).toBe('Kies {x} ~ = # \\ en\nnieuw:');
    expect(q.options).toEqual([
      { text: '=1', correct: true, feedback: 'fb # }' },
      { text: '~2', correct: false },
    ]);
    expect(q.explanation).toBe('uitleg\nregel 2');
  });

  it('skips // comments, also inside a question, and separates questions by blank lines', () => {
    const result = parseGift(
      `// kop\n${CATEGORY}// over vraag 1\nVraag 1?{\n// binnen het blok\n=a\n~b\n####x}\n\n\n// los commentaar\n\nVraag 2?{T####y}\n`,
    );
    expect(result.errors).toEqual([]);
    expect(result.questions.map((q) => [q.line, q.content.stem, q.content.options.length])).toEqual([
      [5, 'Vraag 1?', 2],
      [14, 'Vraag 2?', 2],
    ]);
  });
});

describe('parseGift: categories', () => {
  it('maps $CATEGORY paths to theme and objective, stripping Moodle prefixes', () => {
    for (const path of [
      'Thema/Leerdoel',
      '$course$/Thema/Leerdoel',
      '$system$/top/Thema/Leerdoel',
      'top/Thema/Leerdoel',
      ' Thema / Leerdoel ',
    ]) {
      const q = only(parseGift(`$CATEGORY: ${path}\n\nV?{=a ~b####c}`)).content;
      expect([q.themeTitle, q.objectiveTitle]).toEqual(['Thema', 'Leerdoel']);
    }
    const slash = only(parseGift('$CATEGORY: Chat//mail / Toon // stijl\n\nV?{=a ~b####c}')).content;
    expect([slash.themeTitle, slash.objectiveTitle]).toEqual(['Chat/mail', 'Toon / stijl']);
  });

  it('applies a category to every following question until the next one', () => {
    const result = parseGift(
      '$CATEGORY: A/B\n\nV1?{=a ~b####c}\n\n$CATEGORY: C/D\nV2?{=a ~b####c}\n\nV3?{T####c}',
    );
    expect(result.errors).toEqual([]);
    expect(
      result.questions.map((q) => `${q.line}:${q.content.themeTitle}/${q.content.objectiveTitle}`),
    ).toEqual(['3:A/B', '6:C/D', '8:C/D']);
  });

  it('treats a one-level category as the theme and needs a default objective', () => {
    const text = '$CATEGORY: $course$/top/Klachten\n\nV?{=a ~b####c}';
    expect(errorCodes(parseGift(text))).toEqual(['3:gift.missing_objective']);
    expect(parseGift(text).errors[0]!.params).toEqual({ categoryLine: 1, theme: 'Klachten' });
    const q = only(
      parseGift(text, { defaults: { objectiveTitle: 'Algemeen', themeTitle: 'Genegeerd' } }),
    ).content;
    expect([q.themeTitle, q.objectiveTitle]).toEqual(['Klachten', 'Algemeen']);
  });

  it('uses default theme and objective without a category, and reports their absence', () => {
    expect(errorCodes(parseGift('V?{=a ~b####c}'))).toEqual([
      '1:gift.missing_theme',
      '1:gift.missing_objective',
    ]);
    const q = only(
      parseGift('V?{=a ~b####c}', { defaults: { themeTitle: 'T', objectiveTitle: 'O' } }),
    ).content;
    expect([q.themeTitle, q.objectiveTitle]).toEqual(['T', 'O']);
    // $course$/top resets to the defaults.
    const reset = parseGift('$CATEGORY: A/B\n\n$CATEGORY: $course$/top\n\nV?{=a ~b####c}', {
      defaults: { themeTitle: 'T', objectiveTitle: 'O' },
    });
    expect(only(reset).content.themeTitle).toBe('T');
  });

  it('reports a category that is too deep once, and each question under it', () => {
    const result = parseGift(
      '$CATEGORY: $course$/top/Default for X/A/B\n\nV1?{=a ~b####c}\n\nV2?{=a ~b####c}',
    );
    expect(errorCodes(result)).toEqual([
      '1:gift.category_too_deep',
      '3:gift.invalid_category',
      '5:gift.invalid_category',
    ]);
    expect(result.errors[1]!.params).toEqual({ categoryLine: 1 });
    expect(result.questions).toEqual([]);
    expect(errorCodes(parseGift('$CATEGORY: A/ /B\n\nV?{=a ~b####c}'))).toEqual([
      '1:gift.category_empty_level',
      '3:gift.invalid_category',
    ]);
  });
});

describe('parseGift: wegwijs settings and tags', () => {
  it('reads the wegwijs comment right before a question', () => {
    const q = only(
      parseGift(
        `${CATEGORY}// wegwijs: pool=manager; difficulty=hard; time=30; tags=klachten, empathie\nV?{=a ~b####c}`,
      ),
    ).content;
    expect(q).toMatchObject({
      pool: 'manager',
      difficulty: 'hard',
      timeLimitSeconds: 30,
      tags: ['klachten', 'empathie'],
    });
  });

  it('applies the defaults, which the caller can override, when there is no comment', () => {
    const plain = only(parseGift(`${CATEGORY}V?{=a ~b####c}`)).content;
    expect(plain).toMatchObject({ pool: 'core', difficulty: 'medium', tags: [] });
    expect(plain.timeLimitSeconds).toBeUndefined();
    const overridden = only(
      parseGift(`${CATEGORY}V?{=a ~b####c}`, {
        defaults: { pool: 'practice', difficulty: 'easy', timeLimitSeconds: 45, tags: ['import'] },
      }),
    ).content;
    expect(overridden).toMatchObject({
      pool: 'practice',
      difficulty: 'easy',
      timeLimitSeconds: 45,
      tags: ['import'],
    });
    // Explicit values in the comment beat the caller's defaults, including "no time limit" and "no tags".
    const explicit = only(
      parseGift(`${CATEGORY}// wegwijs: pool=core; difficulty=medium; time=default; tags=\nV?{=a ~b####c}`, {
        defaults: { pool: 'practice', timeLimitSeconds: 45, tags: ['import'] },
      }),
    ).content;
    expect(explicit).toMatchObject({ pool: 'core', tags: [] });
    expect(explicit.timeLimitSeconds).toBeUndefined();
  });

  it('reads Moodle [tag:…] comments and merges them with wegwijs tags', () => {
    const q = only(
      parseGift(
        `${CATEGORY}// [tag:Empathie] [tag:  toon ]\n// wegwijs: tags=klachten,empathie\nV?{=a ~b####c}`,
      ),
    ).content;
    expect(q.tags).toEqual(['klachten', 'empathie', 'toon']);
  });

  it('reports invalid settings at the comment line and does not import the question', () => {
    const result = parseGift(
      `${CATEGORY}// wegwijs: pool=vip; difficulty=hard; time=soon; level=3; oops\nV?{=a ~b####c}`,
    );
    expect(errorCodes(result)).toEqual([
      '3:gift.meta_invalid_value',
      '3:gift.meta_invalid_value',
      '3:gift.meta_unknown_key',
      '3:gift.meta_malformed',
    ]);
    expect(result.errors[0]!.params).toMatchObject({ key: 'pool', value: 'vip' });
    expect(result.questions).toEqual([]);
    expect(result.invalidQuestions).toEqual([]);
  });

  it('reports a time limit outside 5..600 through validation', () => {
    const result = parseGift(`${CATEGORY}// wegwijs: time=900\nV?{=a ~b####c}`);
    expect(errorCodes(result)).toEqual(['4:question.invalid_time_limit']);
    expect(result.errors[0]!.params).toMatchObject({ field: 'timeLimitSeconds' });
  });

  it('warns about a wegwijs comment separated from its question', () => {
    const result = parseGift(`${CATEGORY}// wegwijs: pool=manager\n\nV?{=a ~b####c}`);
    expect(result.warnings.map((w) => `${w.line}:${w.code}`)).toEqual(['3:gift.meta_without_question']);
    expect(result.questions[0]!.content.pool).toBe('core');
  });
});

describe('parseGift: unsupported kinds are reported, never dropped', () => {
  it('names the kind and the line of every unsupported question', () => {
    const text = [
      `${CATEGORY}Essay?{}`,
      'Getal?{#42}',
      'Kort?{=een =1}',
      'Koppel.{=a -> 1 =b -> 2}',
      'Alleen tekst, geen antwoorden.',
      'Goed?{=ja ~nee####x}',
    ].join('\n\n');
    const result = parseGift(text);
    expect(result.errors.map((e) => `${e.line}:${e.code}:${e.params?.kind}`)).toEqual([
      '3:gift.unsupported_kind:essay',
      '5:gift.unsupported_kind:numerical',
      '7:gift.unsupported_kind:shortanswer',
      '9:gift.unsupported_kind:matching',
      '11:gift.unsupported_kind:description',
    ]);
    expect(result.questions.map((q) => q.line)).toEqual([13]);
  });
});

describe('parseGift: malformed input', () => {
  it('reports an unclosed { at its line and goes on with the next question', () => {
    const result = parseGift(`${CATEGORY}Vraag 1?{\n=a\n~b\n\nVraag 2?{=c ~d####e}`);
    expect(errorCodes(result)).toEqual(['3:gift.unclosed_brace']);
    expect(result.questions.map((q) => q.line)).toEqual([7]);
  });

  it('reports a { opened before the previous one closed (a forgotten } or blank line)', () => {
    const result = parseGift(`${CATEGORY}Vraag 1?{=a ~b\nVraag 2?{=c ~d}`);
    expect(errorCodes(result)).toEqual(['3:gift.unclosed_brace']);
    expect(result.errors[0]!.message).toContain('line 4');
  });

  it('reports two answer blocks and stray closing braces', () => {
    expect(errorCodes(parseGift(`${CATEGORY}V1?{=a ~b}\nV2?{=c ~d}`))).toEqual([
      '4:gift.multiple_answer_blocks',
    ]);
    expect(errorCodes(parseGift(`${CATEGORY}V} {=a ~b}`))).toEqual(['3:gift.unmatched_brace']);
    expect(errorCodes(parseGift(`${CATEGORY}V{=a ~b}\n}`))).toEqual(['4:gift.unmatched_brace']);
  });

  it('reports unknown escapes at their line, keeping the backslash', () => {
    const result = parseGift(`${CATEGORY}Pad C:\\Users?{\n=a\n~b \\t####c}`);
    expect(errorCodes(result)).toEqual(['3:gift.unknown_escape', '5:gift.unknown_escape']);
    expect(result.errors.map((e) => e.params?.sequence)).toEqual(['\\U', '\\t']);
    expect(result.questions).toEqual([]);
    expect(errorCodes(parseGift(`${CATEGORY}Eind\\`))).toContain('3:gift.unknown_escape');
  });

  it('reports an unclosed name', () => {
    expect(errorCodes(parseGift(`${CATEGORY}::Naam Vraag?{=a ~b####c}`))).toEqual(['3:gift.unclosed_name']);
  });

  it('reports a missing correct answer', () => {
    const single = parseGift(`${CATEGORY}V?{~a ~b####c}`);
    expect(errorCodes(single)).toEqual(['3:question.no_correct_option']);
    expect(single.invalidQuestions[0]!.content.type).toBe('multiple');
    expect(errorCodes(parseGift(`${CATEGORY}V?{=a =b ~c####d}`))).toEqual([
      '3:question.multiple_correct_options',
    ]);
  });

  it('reports weights that do not make sense', () => {
    expect(errorCodes(parseGift(`${CATEGORY}V?{~%150%a ~%-50%b####c}`))).toEqual(['3:gift.invalid_weight']);
    expect(errorCodes(parseGift(`${CATEGORY}V?{~%1.2.3%a ~b####c}`))).toEqual(['3:gift.invalid_weight']);
    const sum = parseGift(`${CATEGORY}V?{~%50%a ~%30%b ~c####d}`);
    expect(errorCodes(sum)).toEqual(['3:gift.weights_do_not_add_up']);
    expect(sum.errors[0]!.params).toEqual({ total: 80 });
    expect(errorCodes(parseGift(`${CATEGORY}V?{~%100%a ~%100%b####c}`))).toEqual([
      '3:gift.weights_do_not_add_up',
    ]);
  });

  it('warns when a single-answer question gives partial credit, which Wegwijs ignores', () => {
    const result = parseGift(`${CATEGORY}V?{=goed ~%50%half ~fout####c}`);
    expect(result.errors).toEqual([]);
    expect(result.questions[0]!.content.options.map((o) => o.correct)).toEqual([true, false, false]);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        line: 3,
        code: 'gift.partial_credit_ignored',
        params: { option: 2, weight: 50 },
      }),
    ]);
  });

  it('reports text before the first answer', () => {
    expect(errorCodes(parseGift(`${CATEGORY}V?{kies: ~a =b####c}`))).toEqual(['3:gift.text_before_answers']);
  });

  it('lists every error of a question: structure and validation together', () => {
    const result = parseGift(`${CATEGORY}{~a \\q ~b}`);
    expect(errorCodes(result)).toEqual([
      '3:gift.unknown_escape',
      '3:question.empty_stem',
      '3:question.empty_explanation',
      '3:question.no_correct_option',
    ]);
  });

  it('reports an empty file and a file with only comments and categories', () => {
    for (const text of ['', '\n\n', '// alleen commentaar\n', '$CATEGORY: A/B\n']) {
      expect(errorCodes(parseGift(text))).toEqual(['1:import.empty']);
    }
  });

  it('rejects Unicode noncharacters, which the parser uses internally', () => {
    expect(errorCodes(parseGift(`${CATEGORY}V\uFDD1?{=a ~b####c}`))).toEqual(['3:gift.invalid_character']);
  });

  it('handles CRLF line ends and a BOM', () => {
    const result = parseGift(`\uFEFF${CATEGORY}V?{\r\n=a\r\n~b\r\n####c}\r\n`.replaceAll('\n\n', '\r\n\r\n'));
    expect(result.errors).toEqual([]);
    expect(result.questions[0]!.content.options.map((o) => o.text)).toEqual(['a', 'b']);
  });
});
