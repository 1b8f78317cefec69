import { describe, expect, it } from 'vitest';
import { ApiError } from './api.ts';
import { isUnauthenticated } from './errors.ts';

describe('isUnauthenticated', () => {
  it('is true only for a missing session, not for a wrong password', () => {
    expect(isUnauthenticated(new ApiError(401, 'unauthenticated', 'log in'))).toBe(true);
    expect(isUnauthenticated(new ApiError(401, 'invalid_credentials', 'wrong'))).toBe(false);
    expect(isUnauthenticated(new ApiError(403, 'forbidden', 'no'))).toBe(false);
    expect(isUnauthenticated(new Error('401'))).toBe(false);
  });
});
