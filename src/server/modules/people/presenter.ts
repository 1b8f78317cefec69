import type { RoleGrant } from '../../lib/principal.ts';
import type { UserRow } from './repository.ts';
import type { PersonView } from './schemas.ts';

/** Whitelists what leaves the server about a person. */
export function presentPerson(user: UserRow, roles: RoleGrant[]): PersonView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    jobRole: user.jobRole ?? null,
    yearsInField: user.yearsInField ?? null,
    yearsLeadership: user.yearsLeadership ?? null,
    roles,
  };
}
