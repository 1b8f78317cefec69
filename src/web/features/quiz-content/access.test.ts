import { describe, expect, it } from 'vitest';
import type { RoleGrant } from '../../lib/roles.ts';
import { canUseQuizManagement, isQuizStaff } from './access.ts';

const person = (...roles: RoleGrant[]) => ({ roles });
const grant = (role: RoleGrant['role'], programme: RoleGrant['programme'] = null): RoleGrant => ({
  role,
  programme,
  organizationId: null,
});

describe('quiz management access', () => {
  it('is for quiz staff, quiz experts and admins', () => {
    expect(canUseQuizManagement(person(grant('staff', 'quiz')))).toBe(true);
    expect(canUseQuizManagement(person(grant('expert', 'quiz')))).toBe(true);
    expect(canUseQuizManagement(person(grant('admin')))).toBe(true);
  });

  it('is not for staff or experts of another programme, participants or visitors', () => {
    expect(canUseQuizManagement(person(grant('staff', 'wishteams')))).toBe(false);
    expect(canUseQuizManagement(person(grant('expert', 'foundation')))).toBe(false);
    expect(canUseQuizManagement(person(grant('participant', 'quiz')))).toBe(false);
    expect(canUseQuizManagement(null)).toBe(false);
  });

  it('lets only staff and admins run editions', () => {
    expect(isQuizStaff(person(grant('expert', 'quiz')))).toBe(false);
    expect(isQuizStaff(person(grant('staff', 'quiz')))).toBe(true);
    expect(isQuizStaff(person(grant('admin')))).toBe(true);
  });
});
