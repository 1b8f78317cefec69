import { and, asc, count, eq, ilike, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { organizations, roleAssignments, users } from '../../db/schema/index.ts';

export type OrganizationRow = typeof organizations.$inferSelect;
export type OrganizationValues = Omit<typeof organizations.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

const coordinatorCount = sql<number>`(
  SELECT count(*)::int FROM ${roleAssignments}
  WHERE ${roleAssignments.organizationId} = ${organizations.id} AND ${roleAssignments.role} = 'coordinator'
)`;

export async function listOrganizations(db: DbOrTx, q: string | undefined, limit: number, offset: number) {
  const pattern = q ? `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : undefined;
  const where = pattern
    ? or(
        ilike(organizations.name, pattern),
        ilike(organizations.city, pattern),
        ilike(organizations.kvkNumber, pattern),
      )
    : undefined;
  const [rows, [totalRow]] = await Promise.all([
    db
      .select({
        id: organizations.id,
        name: organizations.name,
        kvkNumber: organizations.kvkNumber,
        city: organizations.city,
        createdAt: organizations.createdAt,
        coordinatorCount,
      })
      .from(organizations)
      .where(where)
      .orderBy(asc(organizations.name))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(organizations).where(where),
  ]);
  return { rows, total: totalRow?.n ?? 0 };
}

export async function findOrganization(db: DbOrTx, id: string): Promise<OrganizationRow | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row;
}

export async function insertOrganization(db: DbOrTx, values: OrganizationValues): Promise<OrganizationRow> {
  const [row] = await db.insert(organizations).values(values).returning();
  return row!;
}

export async function updateOrganization(
  db: DbOrTx,
  id: string,
  values: Partial<OrganizationValues>,
): Promise<OrganizationRow | undefined> {
  const [row] = await db
    .update(organizations)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(organizations.id, id))
    .returning();
  return row;
}

export async function coordinatorsOf(db: DbOrTx, organizationId: string) {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(and(eq(roleAssignments.organizationId, organizationId), eq(roleAssignments.role, 'coordinator')))
    .orderBy(asc(users.name));
}
