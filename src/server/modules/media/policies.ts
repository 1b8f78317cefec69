/** Who may do what with uploaded images. Every media route decides access with one of these. */
import { isStaffOf, type Principal } from '../../lib/principal.ts';

const isQuizExpert = (p: Principal) => p.roles.some((r) => r.role === 'expert' && r.programme === 'quiz');

/**
 * Quiz staff (sponsor logos, questions) and content experts (question images) upload images.
 * Reading is public: images appear on public pages and in e-mails.
 */
export const canUploadMedia = (p: Principal): boolean => isStaffOf(p, 'quiz') || isQuizExpert(p);
