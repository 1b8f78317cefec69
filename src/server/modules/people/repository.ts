import { and, asc, count, eq, exists, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { type Role, roleAssignments, users } from '../../db/schema/index.ts';
import type { RoleGrant } from '../../lib/principal.ts';
import { forgetPerson } from '../../lib/principal-cache.ts';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: DbOrTx, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  return row;
}

export async function findUserById(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function rolesOf(db: DbOrTx, userIds: string[]): Promise<Map<string, RoleGrant[]>> {
  const map = new Map<string, RoleGrant[]>();
  if (userIds.length === 0) return map;
  const rows = await db
    .select({
      userId: roleAssignments.userId,
      role: roleAssignments.role,
      programme: roleAssignments.programme,
      organizationId: roleAssignments.organizationId,
    })
    .from(roleAssignments)
    .where(inArray(roleAssignments.userId, userIds))
    .orderBy(asc(roleAssignments.createdAt));
  for (const { userId, ...grant } of rows) {
    const list = map.get(userId) ?? [];
    list.push(grant);
    map.set(userId, list);
  }
  return map;
}

/**
 * A person with their role grants in one round trip (what a request needs to know who
 * asks): the profile columns repeat on each grant's row, or appear once without grants.
 */
export async function findUserWithRoles(
  db: DbOrTx,
  id: string,
): Promise<{ user: UserRow; roles: RoleGrant[] } | undefined> {
  const rows = await db
    .select({
      user: users,
      grant: {
        role: roleAssignments.role,
        programme: roleAssignments.programme,
        organizationId: roleAssignments.organizationId,
      },
    })
    .from(users)
    .leftJoin(roleAssignments, eq(roleAssignments.userId, users.id))
    .where(eq(users.id, id))
    .orderBy(asc(roleAssignments.createdAt));
  const first = rows[0];
  if (!first) return undefined;
  return { user: first.user, roles: rows.flatMap((r) => (r.grant ? [r.grant] : [])) };
}

export interface PeopleFilter {
  q?: string | undefined;
  role?: Role | undefined;
  limit: number;
  offset: number;
}

const matchesText = (q: string): SQL | undefined => {
  const pattern = `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  return or(ilike(users.name, pattern), ilike(users.email, pattern));
};

const hasRole = (db: DbOrTx, role: Role): SQL =>
  exists(
    db
      .select({ one: roleAssignments.id })
      .from(roleAssignments)
      .where(and(eq(roleAssignments.userId, users.id), eq(roleAssignments.role, role))),
  );

export async function listPeople(
  db: DbOrTx,
  filter: PeopleFilter,
): Promise<{ rows: UserRow[]; total: number }> {
  const where = and(
    filter.q ? matchesText(filter.q) : undefined,
    filter.role ? hasRole(db, filter.role) : undefined,
  );
  const [rows, [totalRow]] = await Promise.all([
    db
      .select()
      .from(users)
      .where(where)
      .orderBy(asc(users.name), asc(users.email))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { rows, total: totalRow?.n ?? 0 };
}

export type NewUser = Pick<UserRow, 'email' | 'name' | 'locale'> &
  Partial<Pick<UserRow, 'jobRole' | 'yearsInField' | 'yearsLeadership'>>;

export async function insertUser(db: DbOrTx, values: NewUser): Promise<UserRow> {
  const [row] = await db
    .insert(users)
    .values({ id: crypto.randomUUID(), ...values, email: values.email.trim().toLowerCase() })
    .returning();
  return row!;
}

export type UserPatch = Partial<
  Pick<UserRow, 'name' | 'locale' | 'jobRole' | 'yearsInField' | 'yearsLeadership'>
>;

export async function updateUser(db: DbOrTx, id: string, patch: UserPatch): Promise<UserRow | undefined> {
  forgetPerson(id);
  const [row] = await db
    .update(users)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning();
  return row;
}

export async function grantRole(db: DbOrTx, userId: string, grant: RoleGrant): Promise<void> {
  forgetPerson(userId);
  await db
    .insert(roleAssignments)
    .values({ userId, ...grant })
    .onConflictDoNothing();
}

export async function revokeRole(db: DbOrTx, userId: string, grant: RoleGrant): Promise<number> {
  forgetPerson(userId);
  const deleted = await db
    .delete(roleAssignments)
    .where(
      and(
        eq(roleAssignments.userId, userId),
        eq(roleAssignments.role, grant.role),
        grant.programme ? eq(roleAssignments.programme, grant.programme) : undefined,
        grant.organizationId ? eq(roleAssignments.organizationId, grant.organizationId) : undefined,
      ),
    )
    .returning({ id: roleAssignments.id });
  return deleted.length;
}

export async function replaceRoles(db: DbOrTx, userId: string, grants: RoleGrant[]): Promise<void> {
  forgetPerson(userId);
  await db.delete(roleAssignments).where(eq(roleAssignments.userId, userId));
  if (grants.length > 0) await db.insert(roleAssignments).values(grants.map((g) => ({ userId, ...g })));
}
