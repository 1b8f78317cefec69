/** Who may see and change which results. Every results route decides access with one of these. */
import { coordinatesOrganization, isStaffOf, type Principal } from '../../lib/principal.ts';

/** Quiz staff review results, exclude answers or participants, freeze and publish. */
export const canReviewResults = (p: Principal): boolean => isStaffOf(p, 'quiz');

/** A participant reads their own report (and certificate); quiz staff read anyone's. */
export const canReadParticipantReport = (p: Principal, participantId: string): boolean =>
  p.id === participantId || isStaffOf(p, 'quiz');

/** An organisation's report: its coordinators and quiz staff; never another company's coordinators. */
export const canReadOrganizationReport = (p: Principal, organizationId: string): boolean =>
  isStaffOf(p, 'quiz') || coordinatesOrganization(p, organizationId);

/** Item statistics are for the people who write and review the questions. */
export const canReadQuestionReport = (p: Principal): boolean =>
  isStaffOf(p, 'quiz') || p.roles.some((r) => r.role === 'expert' && r.programme === 'quiz');
