import type { Db, DbOrTx } from './client.ts';

/**
 * A prepared statement per database handle, built on first use. For the few queries every
 * player sends each second: Drizzle builds their SQL once instead of per call, and
 * PostgreSQL parses and plans them once per connection (named statements) instead of per
 * call (docs/performance.md, answer path). Keyed by handle because tests run several
 * databases in one process.
 */
export function preparedStatement<T>(name: string, build: (db: Db, name: string) => T): (db: DbOrTx) => T {
  const byDb = new WeakMap<DbOrTx, T>();
  return (db) => {
    let statement = byDb.get(db);
    if (!statement) {
      // A transaction handle offers the same builder API as the database it belongs to.
      statement = build(db as Db, name);
      byDb.set(db, statement);
    }
    return statement;
  };
}
