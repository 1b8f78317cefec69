import { describe, expect, it } from 'vitest';
import type { RoleGrant } from '../../lib/roles.ts';
import { isQuizStaff, quizNavTarget } from './access.ts';

const person = (...roles: RoleGrant[]) => ({ roles });

describe('quizNavTarget', () => {
  it('sends coordinators to their registration and participants to their quiz', () => {
    expect(quizNavTarget(person({ role: 'coordinator', programme: null, organizationId: 'o1' }))).toEqual({
      to: '/quiz/registration',
      label: 'coordinator',
    });
    expect(quizNavTarget(person({ role: 'participant', programme: 'quiz', organizationId: 'o1' }))).toEqual({
      to: '/quiz/my',
      label: 'participant',
    });
  });

  it('shows nothing to visitors and to people with other roles', () => {
    expect(quizNavTarget(null)).toBeNull();
    expect(quizNavTarget(person({ role: 'expert', programme: 'quiz', organizationId: null }))).toBeNull();
  });
});

describe('isQuizStaff', () => {
  it('counts admins and quiz staff, not staff of another programme', () => {
    expect(isQuizStaff(person({ role: 'admin', programme: null, organizationId: null }))).toBe(true);
    expect(isQuizStaff(person({ role: 'staff', programme: 'quiz', organizationId: null }))).toBe(true);
    expect(isQuizStaff(person({ role: 'staff', programme: 'wishteams', organizationId: null }))).toBe(false);
  });
});
