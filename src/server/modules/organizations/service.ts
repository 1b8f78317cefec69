import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { conflict, isUniqueViolation, notFound } from '../../lib/errors.ts';
import type { Principal } from '../../lib/principal.ts';
import { grantRole, revokeRole } from '../people/repository.ts';
import { ensurePerson } from '../people/service.ts';
import * as orgs from './repository.ts';
import type { OrganizationDetail } from './schemas.ts';

export async function getOrganization(db: Db, id: string): Promise<OrganizationDetail> {
  const row = await orgs.findOrganization(db, id);
  if (!row) throw notFound('Organisation');
  return present(row, await orgs.coordinatorsOf(db, id));
}

export async function listOrganizations(db: Db, q: string | undefined, limit: number, offset: number) {
  const { rows, total } = await orgs.listOrganizations(db, q, limit, offset);
  return { items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })), total };
}

export async function createOrganization(db: Db, actor: Principal, values: orgs.OrganizationValues) {
  return withKvkCheck(() =>
    db.transaction(async (tx) => {
      const row = await orgs.insertOrganization(tx, values);
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'organization.created',
        entityType: 'organization',
        entityId: row.id,
        details: { name: row.name },
      });
      return present(row, []);
    }),
  );
}

export async function updateOrganization(
  db: Db,
  actor: Principal,
  id: string,
  values: Partial<orgs.OrganizationValues>,
): Promise<OrganizationDetail> {
  return withKvkCheck(() =>
    db.transaction(async (tx) => {
      const row = await orgs.updateOrganization(tx, id, values);
      if (!row) throw notFound('Organisation');
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'organization.updated',
        entityType: 'organization',
        entityId: id,
        details: { fields: Object.keys(values) },
      });
      return present(row, await orgs.coordinatorsOf(tx, id));
    }),
  );
}

/** Makes someone (new or existing, matched by e-mail) a coordinator and e-mails them a log-in link. */
export async function addCoordinator(
  ctx: AppContext,
  actor: Principal,
  organizationId: string,
  input: { email: string; name: string; locale?: 'nl' | 'en' | undefined },
) {
  const organization = await orgs.findOrganization(ctx.db, organizationId);
  if (!organization) throw notFound('Organisation');
  const person = await ensurePerson(ctx.db, actor, input);
  await ctx.db.transaction(async (tx) => {
    await grantRole(tx, person.id, { role: 'coordinator', programme: null, organizationId });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'organization.coordinator_added',
      entityType: 'organization',
      entityId: organizationId,
      details: { personId: person.id, email: person.email },
    });
  });
  await ctx.auth.api.signInMagicLink({
    body: {
      email: person.email,
      metadata: { invite: 'coordinator', organization: organization.name, next: '/quiz/registration' },
    },
    headers: new Headers(),
  });
  return { id: person.id, name: person.name, email: person.email };
}

export async function removeCoordinator(db: Db, actor: Principal, organizationId: string, userId: string) {
  await db.transaction(async (tx) => {
    const removed = await revokeRole(tx, userId, { role: 'coordinator', programme: null, organizationId });
    if (removed === 0) throw notFound('Coordinator');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'organization.coordinator_removed',
      entityType: 'organization',
      entityId: organizationId,
      details: { personId: userId },
    });
  });
}

function present(
  row: orgs.OrganizationRow,
  coordinators: OrganizationDetail['coordinators'],
): OrganizationDetail {
  return {
    id: row.id,
    name: row.name,
    kvkNumber: row.kvkNumber,
    street: row.street,
    postalCode: row.postalCode,
    city: row.city,
    billingEmail: row.billingEmail,
    createdAt: row.createdAt.toISOString(),
    coordinators,
  };
}

async function withKvkCheck<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw conflict('kvk_taken', 'An organisation with this KvK number already exists.', {
        fields: [{ field: 'kvkNumber', code: 'kvk_taken', message: 'is already registered' }],
      });
    }
    throw err;
  }
}
