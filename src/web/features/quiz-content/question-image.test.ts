import { describe, expect, it } from 'vitest';
import {
  emptyQuestionValues,
  IMAGE_ALT_REQUIRED,
  newOption,
  type QuestionFormValues,
  questionFormIssues,
  questionFormValues,
  toQuestionInput,
} from './question-form.ts';

const IMAGE = '6f1c8a52-0000-4000-8000-000000000000';

const filled = (image: Partial<QuestionFormValues> = {}): QuestionFormValues => ({
  ...emptyQuestionValues({ objectiveId: '11111111-1111-1111-1111-111111111111' }),
  stem: 'Welk kanaal is volgens de grafiek het drukst?',
  options: [newOption('Telefoon', true), newOption('Chat')],
  explanation: 'De hoogste balk is telefoon.',
  ...image,
});

describe('a question image in the editor', () => {
  it('sends the image with its trimmed alt text, and nothing without an image', () => {
    expect(toQuestionInput(filled({ imageId: IMAGE, imageAlt: '  Staafdiagram  ' })).content).toMatchObject({
      imageId: IMAGE,
      imageAlt: 'Staafdiagram',
    });
    const removed = toQuestionInput(filled({ imageId: null, imageAlt: 'Staafdiagram' })).content;
    expect('imageId' in removed).toBe(false);
    expect('imageAlt' in removed).toBe(false);
  });

  it('asks for alt text when there is an image', () => {
    expect(questionFormIssues(filled({ imageId: IMAGE, imageAlt: ' ' }))).toEqual([
      { path: 'imageAlt', code: IMAGE_ALT_REQUIRED },
    ]);
    expect(questionFormIssues(filled({ imageId: IMAGE, imageAlt: 'Staafdiagram' }))).toEqual([]);
    expect(questionFormIssues(filled())).toEqual([]);
  });

  it('keeps a stored image when an existing question is opened', () => {
    const content = toQuestionInput(filled({ imageId: IMAGE, imageAlt: 'Staafdiagram' })).content;
    const values = questionFormValues({
      id: 'v1',
      version: 1,
      objectiveId: '11111111-1111-1111-1111-111111111111',
      content,
      editedBy: null,
      createdAt: '2027-01-01T00:00:00.000Z',
    });
    expect(values).toMatchObject({ imageId: IMAGE, imageAlt: 'Staafdiagram' });
    expect(
      questionFormValues({
        ...{ id: 'v2', version: 2, objectiveId: 'x', editedBy: null, createdAt: '' },
        content: { ...content, imageId: undefined, imageAlt: undefined },
      }),
    ).toMatchObject({ imageId: null, imageAlt: '' });
  });
});
