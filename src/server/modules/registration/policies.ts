/** Who may do what in quiz registration. Every route decides access with one of these. */
import { coordinatesOrganization, isStaffOf, type Principal } from '../../lib/principal.ts';

/** Quiz staff run registration: overviews, exports, sponsors, closing, pledges, bounces. */
export const isRegistrationStaff = (p: Principal): boolean => isStaffOf(p, 'quiz');

/** Coordinators see and manage their own organisation's teams, members and pledges; staff see all. */
export const canManageOrganizationRegistration = (p: Principal, organizationId: string): boolean =>
  isRegistrationStaff(p) || coordinatesOrganization(p, organizationId);

/** After registration closes only staff change teams and members. */
export const canChangeAfterClose = (p: Principal): boolean => isRegistrationStaff(p);

/** Moving a participant to another team (possibly another company) is a staff correction. */
export const canMoveMember = (p: Principal): boolean => isRegistrationStaff(p);

/** Only the invited person confirms their own participation. */
export const canConfirmMembership = (p: Principal, member: { userId: string }): boolean =>
  member.userId === p.id;
