/** Who may do what with practice campaigns. Every route decides access with one of these. */
import { coordinatesOrganization, isStaffOf, type Principal } from '../../lib/principal.ts';

/** Quiz staff run the campaign, watch its progress and keep the suppression list. */
export const canRunPractice = (p: Principal): boolean => isStaffOf(p, 'quiz');

/** Coordinators see how their own organisation's teams practise (aggregates only); staff see all. */
export const canSeeTeamParticipation = (p: Principal, organizationId: string): boolean =>
  canRunPractice(p) || coordinatesOrganization(p, organizationId);

/** Anyone logged in sees their own practice; whether they take part is the service's business. */
export const canPractise = (_p: Principal): boolean => true;
