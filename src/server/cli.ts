import { parseArgs } from 'node:util';
import pino from 'pino';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabase, runMigrations } from './db/client.ts';
import { type AppContext, createContext } from './lib/context.ts';

/**
 * Operator commands: `npm run wegwijs -- <command> [options]`.
 * Each command returns its exit code; output goes to stdout, problems to stderr.
 */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

type Command = {
  summary: string;
  run: (args: string[], io: CliIo) => Promise<number>;
};

/** Opens the configured database (migrated) and a context for commands that need one. */
export async function withContext<T>(work: (ctx: AppContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
  });
  const ctx = createContext(config, database, pino({ level: 'warn' }));
  try {
    await runMigrations(database);
    await ctx.jobs.start(false);
    return await work(ctx);
  } finally {
    await ctx.jobs.stop();
    ctx.mailer.close();
    await database.close();
  }
}

const commands: Record<string, Command> = {
  migrate: {
    summary: 'apply pending database migrations',
    run: async (_args, io) => {
      await withContext(async () => undefined);
      io.stdout('Migrations are up to date.\n');
      return 0;
    },
  },
  'seed-demo': {
    summary: 'load the demo accounts and content into an empty database',
    run: async (_args, io) => {
      const { formatDemoLogins, isEmpty, seedDemo } = await import('./modules/demo/seed.ts');
      return withContext(async (ctx) => {
        if (!(await isEmpty(ctx))) {
          io.stderr('The database already has accounts; demo data is only loaded into an empty database.\n');
          return 1;
        }
        const logins = await seedDemo(ctx);
        io.stdout(`${formatDemoLogins(logins, ctx.config.baseUrl)}\n`);
        return 0;
      });
    },
  },
  'create-admin': {
    summary: 'create (or promote) a platform admin: --email X [--name N] [--password P]',
    run: async (args, io) => {
      const { values } = parseArgs({
        args,
        options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
      });
      if (!values.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) {
        io.stderr(
          'Usage: create-admin --email someone@example.org [--name "Full Name"] [--password secret]\n',
        );
        return 2;
      }
      if (values.password !== undefined && values.password.length < 10) {
        io.stderr('--password must be at least 10 characters.\n');
        return 2;
      }
      const { createAdmin } = await import('./modules/people/admin-account.ts');
      return withContext(async (ctx) => {
        const result = await createAdmin(ctx, {
          email: values.email!,
          name: values.name ?? values.email!.split('@')[0]!,
          password: values.password,
        });
        io.stdout(
          `${result.created ? 'Created' : 'Updated'} platform admin ${result.email}. ` +
            `${values.password ? 'They can log in with the password given.' : 'They can log in with an e-mail link.'}\n`,
        );
        return 0;
      });
    },
  },
  questions: {
    summary:
      'question bank files: questions import FILE --edition YEAR [--format gift|csv] [--dry-run] [--skip-invalid] | questions export --edition YEAR --format gift|csv [--out FILE]',
    run: async (args, io) => {
      const { questionsCommand } = await import('./cli/questions.ts');
      return questionsCommand(args, io, withContext);
    },
  },
  practice: {
    summary: 'practice mail: practice send-due [--edition YEAR] [--limit N] (plan and send what is due now)',
    run: async (args, io) => {
      const { practiceCommand } = await import('./cli/practice.ts');
      return practiceCommand(args, io, withContext);
    },
  },
  'simulate-event': {
    summary:
      'fill an edition with a plausible simulated event: simulate-event --edition YEAR [--participants 300] [--seed 1] [--event-date YYYY-MM-DD]',
    run: async (args, io) => {
      const { simulateEventCommand } = await import('./cli/simulate-event.ts');
      return simulateEventCommand(args, io, withContext);
    },
  },
  calibrate: {
    summary: 'Rasch-calibrate a response matrix CSV and print item difficulties as JSON: calibrate FILE.csv',
    run: async (args, io) => {
      const { calibrateCommand } = await import('./cli/calibrate.ts');
      return calibrateCommand(args, io);
    },
  },
};

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    const width = Math.max(...Object.keys(commands).map((k) => k.length));
    io.stderr(
      `${name ? `Unknown command "${name}".\n\n` : ''}Usage: npm run wegwijs -- <command> [options]\n\nCommands:\n${Object.entries(
        commands,
      )
        .map(([k, c]) => `  ${k.padEnd(width)}  ${c.summary}`)
        .join('\n')}\n`,
    );
    return name ? 2 : 0;
  }
  try {
    return await command.run(args, io);
  } catch (err) {
    if (err instanceof ConfigError) {
      io.stderr(`${err.message}\n`);
      return 78;
    }
    io.stderr(`${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

if (import.meta.main) {
  const code = await runCli(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  });
  process.exit(code);
}
