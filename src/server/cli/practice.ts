import { parseArgs } from 'node:util';
import type { CliIo } from '../cli.ts';
import type { AppContext } from '../lib/context.ts';
import { MAIL_QUEUE } from '../lib/mail/mailer.ts';
import { findEditionByYear } from '../modules/editions/repository.ts';
import { sendDue } from '../modules/practice/send-due.ts';

type WithContext = <T>(work: (ctx: AppContext) => Promise<T>) => Promise<T>;

const usage = `Usage:
  npm run wegwijs -- practice send-due [--edition YEAR] [--limit N] [--queue-only]

Plans the practice send that is due now and sends planned mails at the campaign's pace
(the same work the server's every-minute schedule does; running both at once is safe).
The mails are then delivered here, unless --queue-only leaves that to the server's workers.
`;

/** `practice send-due`: what the pg-boss schedule runs, by hand. */
export async function practiceCommand(args: string[], io: CliIo, withContext: WithContext): Promise<number> {
  const [sub, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: {
      edition: { type: 'string' },
      limit: { type: 'string' },
      'queue-only': { type: 'boolean', default: false },
    },
  });
  const year = values.edition === undefined ? undefined : Number(values.edition);
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (
    sub !== 'send-due' ||
    (year !== undefined && !Number.isInteger(year)) ||
    (limit !== undefined && (!Number.isInteger(limit) || limit < 1))
  ) {
    io.stderr(usage);
    return 2;
  }
  return withContext(async (ctx) => {
    let editionId: string | undefined;
    if (year !== undefined) {
      const edition = await findEditionByYear(ctx.db, year);
      if (!edition) {
        io.stderr(`There is no edition for ${year}.\n`);
        return 1;
      }
      editionId = edition.id;
    }
    const runs = await sendDue(ctx, { ...(editionId ? { editionId } : {}), ...(limit ? { limit } : {}) });
    if (runs.length === 0) io.stdout('No active practice campaign.\n');
    for (const run of runs) {
      const parts = [
        run.planned
          ? `planned the send of ${run.planned.slotAt.toISOString()} (${run.planned.deliveries} mails, ${run.planned.entryChecks} entry checks)`
          : 'nothing new to plan',
        `sent ${run.sent}`,
        `skipped ${run.skipped}`,
      ];
      if (run.requeued > 0) parts.push(`re-queued ${run.requeued}`);
      if (run.finished) parts.push('the practice period is over: campaign finished');
      io.stdout(`${run.edition}: ${parts.join(', ')}.\n`);
    }
    if (!values['queue-only']) {
      const delivered = await ctx.jobs.drain(MAIL_QUEUE);
      io.stdout(`Delivered ${delivered} queued mail${delivered === 1 ? '' : 's'}.\n`);
    }
    return 0;
  });
}
