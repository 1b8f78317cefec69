/** The practice module's named errors (codes the web app translates). */
import { AppError } from '../../lib/errors.ts';

/** Not a link we made, altered, or not for this record: nothing is recorded. */
export const linkInvalid = () =>
  new AppError(
    400,
    'link_invalid',
    'This link is not valid. Open the question from the e-mail again, or log in.',
  );

/** The practice period has ended; the link no longer records answers. */
export const linkExpired = () =>
  new AppError(410, 'link_expired', 'This link has expired: the practice period has ended.');

export const practiceClosed = () =>
  new AppError(409, 'practice_closed', 'The practice period has ended; answers are no longer recorded.');

export const campaignNotFound = () =>
  new AppError(404, 'campaign_not_found', 'This edition has no practice campaign yet.');
