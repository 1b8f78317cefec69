/**
 * A fresh PostgreSQL database per benchmark run (`wegwijs_bench_<pid>_<n>`), dropped
 * afterwards, on the server of DATABASE_URL or the local one (127.0.0.1:5432, as on the
 * development machine). The benchmark never touches another database.
 */
import pg from 'pg';

const LOCAL_SERVER = 'postgres://root@127.0.0.1:5432/postgres';

/** The server to create benchmark databases on (its own database is only used to connect). */
export function serverUrl(): string {
  return process.env.DATABASE_URL || LOCAL_SERVER;
}

let counter = 0;

export interface BenchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createBenchDatabase(): Promise<BenchDatabase> {
  const name = `wegwijs_bench_${process.pid}_${++counter}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    name,
    url: url.toString(),
    async drop() {
      if (dropped) return;
      dropped = true;
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
