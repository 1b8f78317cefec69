import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../lib/audit.ts';
import { conflict, invalidField, isUniqueViolation, notFound } from '../../lib/errors.ts';
import type { Principal, RoleGrant } from '../../lib/principal.ts';
import { presentPerson } from './presenter.ts';
import * as people from './repository.ts';
import type { PersonView } from './schemas.ts';

export async function getPerson(db: Db, id: string): Promise<PersonView> {
  const user = await people.findUserById(db, id);
  if (!user) throw notFound('Person');
  const roles = await people.rolesOf(db, [id]);
  return presentPerson(user, roles.get(id) ?? []);
}

export async function listPeople(db: Db, filter: people.PeopleFilter) {
  const { rows, total } = await people.listPeople(db, filter);
  const roles = await people.rolesOf(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => presentPerson(r, roles.get(r.id) ?? [])), total };
}

/** Grants are only meaningful with their scope: staff/expert need a programme, coordinators an organisation. */
export function checkGrants(grants: RoleGrant[]): void {
  grants.forEach((g, i) => {
    if ((g.role === 'staff' || g.role === 'expert') && !g.programme) {
      throw invalidField(`roles.${i}.programme`, 'programme_required', 'Staff and experts need a programme.');
    }
    if (g.role === 'coordinator' && !g.organizationId) {
      throw invalidField(
        `roles.${i}.organizationId`,
        'organization_required',
        'A coordinator needs an organisation.',
      );
    }
  });
}

export interface CreatePersonInput extends people.NewUser {
  roles?: RoleGrant[] | undefined;
}

export async function createPerson(
  db: Db,
  actor: Principal | null,
  input: CreatePersonInput,
): Promise<PersonView> {
  const grants = input.roles ?? [];
  checkGrants(grants);
  try {
    return await db.transaction(async (tx) => {
      const { roles: _ignored, ...values } = input;
      const user = await people.insertUser(tx, values);
      for (const g of grants) await people.grantRole(tx, user.id, g);
      await recordAudit(tx, {
        actorId: actor?.id ?? null,
        action: 'person.created',
        entityType: 'person',
        entityId: user.id,
        details: { email: user.email, roles: grants },
      });
      return presentPerson(user, grants);
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw conflict('email_taken', 'Someone with this e-mail address already exists.', {
        fields: [{ field: 'email', code: 'email_taken', message: 'is already in use' }],
      });
    }
    throw err;
  }
}

export async function updatePerson(
  db: Db,
  actor: Principal,
  id: string,
  patch: people.UserPatch & { roles?: RoleGrant[] | undefined },
): Promise<PersonView> {
  const { roles, ...fields } = patch;
  if (roles) checkGrants(roles);
  return db.transaction(async (tx) => {
    const user = await people.updateUser(tx, id, fields);
    if (!user) throw notFound('Person');
    if (roles) await people.replaceRoles(tx, id, roles);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'person.updated',
      entityType: 'person',
      entityId: id,
      details: { fields: Object.keys(fields), ...(roles ? { roles } : {}) },
    });
    const current = await people.rolesOf(tx, [id]);
    return presentPerson(user, current.get(id) ?? []);
  });
}

/** Finds a person by e-mail or creates them; used when staff or coordinators add someone. */
export async function ensurePerson(
  db: Db,
  actor: Principal | null,
  input: { email: string; name: string; locale?: 'nl' | 'en' | undefined },
): Promise<PersonView> {
  const existing = await people.findUserByEmail(db, input.email);
  if (existing) return getPerson(db, existing.id);
  try {
    return await createPerson(db, actor, {
      email: input.email,
      name: input.name,
      locale: input.locale ?? 'nl',
    });
  } catch (err) {
    // Someone else created the same person a moment ago: use theirs.
    const again = await people.findUserByEmail(db, input.email);
    if (again) return getPerson(db, again.id);
    throw err;
  }
}
