import { count, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../db/client.ts';
import { auditLog, users } from '../../db/schema/index.ts';

export async function listAudit(db: DbOrTx, q: string | undefined, limit: number, offset: number) {
  const pattern = q ? `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : undefined;
  const where = pattern
    ? or(
        ilike(auditLog.action, pattern),
        ilike(auditLog.entityType, pattern),
        ilike(auditLog.entityId, pattern),
        ilike(users.email, pattern),
      )
    : undefined;
  const base = db
    .select({ n: count() })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where);
  const [rows, [totalRow]] = await Promise.all([
    db
      .select({
        id: auditLog.id,
        at: auditLog.at,
        actorId: auditLog.actorId,
        actorEmail: users.email,
        action: auditLog.action,
        entityType: auditLog.entityType,
        entityId: auditLog.entityId,
        details: auditLog.details,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(limit)
      .offset(offset),
    base,
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actor: r.actorId ? { id: r.actorId, email: r.actorEmail ?? '' } : null,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      details: (r.details as Record<string, unknown> | null) ?? null,
    })),
    total: totalRow?.n ?? 0,
  };
}

export interface JobRow {
  id: string;
  name: string;
  state: string;
  retryCount: number;
  createdOn: string;
  completedOn: string | null;
  output: unknown;
}

/** pg-boss keeps jobs in its own schema; admins read them to see what failed. */
export async function listJobs(database: Database, state: 'failed' | 'all', limit = 200): Promise<JobRow[]> {
  const filter = state === 'failed' ? sql`WHERE state = 'failed'` : sql``;
  const result = await database.db.execute(sql`
    SELECT id::text, name, state::text, retry_count, created_on, completed_on, output
    FROM pgboss.job ${filter}
    ORDER BY created_on DESC LIMIT ${limit}`);
  const rows = (result as unknown as { rows: Array<Record<string, unknown>> }).rows;
  return rows.map((r) => ({
    id: String(r.id),
    name: String(r.name),
    state: String(r.state),
    retryCount: Number(r.retry_count),
    createdOn: new Date(r.created_on as string).toISOString(),
    completedOn: r.completed_on ? new Date(r.completed_on as string).toISOString() : null,
    output: r.output ?? null,
  }));
}
