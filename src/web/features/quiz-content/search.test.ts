import { describe, expect, it } from 'vitest';
import { hasQuestionFilters, validateNewQuestionSearch, validateQuestionSearch } from './search.ts';

const id = '6f1c1e0a-2b3c-4d5e-8f90-123456789abc';

describe('question list search parameters', () => {
  it('keeps valid filters and drops anything malformed', () => {
    expect(
      validateQuestionSearch({
        q: 'klacht',
        themeId: id,
        pool: 'manager',
        type: 'essay',
        status: 'in_review',
        page: '2',
      }),
    ).toEqual({
      q: 'klacht',
      themeId: id,
      objectiveId: undefined,
      pool: 'manager',
      type: undefined,
      status: 'in_review',
      authorId: undefined,
      page: 2,
    });
    expect(validateQuestionSearch({ objectiveId: 'not-a-uuid' }).objectiveId).toBeUndefined();
  });

  it('knows when filters are set (the page does not count)', () => {
    expect(hasQuestionFilters(validateQuestionSearch({ page: '3' }))).toBe(false);
    expect(hasQuestionFilters(validateQuestionSearch({ pool: 'core' }))).toBe(true);
  });

  it('lets a new question start under an objective and pool', () => {
    expect(validateNewQuestionSearch({ objectiveId: id, pool: 'practice' })).toEqual({
      objectiveId: id,
      pool: 'practice',
    });
  });
});
