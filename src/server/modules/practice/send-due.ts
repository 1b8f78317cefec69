/**
 * `send-due`: everything practice mail needs now, for every active campaign: plan the send
 * whose time has come, send planned mails at the campaign's pace, re-queue outbox rows a
 * crash left behind, and finish campaigns whose period is over. Run every minute by a
 * pg-boss schedule and by `npm run wegwijs -- practice send-due`; safe to run twice at once.
 */
import type { AppContext } from '../../lib/context.ts';
import { type PlanResult, planDueSend } from './planner.ts';
import * as repo from './repository.ts';
import { finishIfOver, requeueWaiting, type SendOptions, sendPlanned } from './sender.ts';
import { suppressAddress } from './subscription-service.ts';

export const PRACTICE_SEND_QUEUE = 'practice.send-due';

export interface CampaignRun {
  editionId: string;
  edition: string;
  planned: PlanResult | null;
  sent: number;
  skipped: number;
  requeued: number;
  finished: boolean;
}

export async function sendDue(
  ctx: AppContext,
  options: SendOptions & { editionId?: string } = {},
): Promise<CampaignRun[]> {
  const runs: CampaignRun[] = [];
  for (const active of await repo.activeCampaigns(ctx.db, options.editionId)) {
    const now = ctx.clock.now();
    const run: CampaignRun = {
      editionId: active.edition.id,
      edition: active.edition.name,
      planned: null,
      sent: 0,
      skipped: 0,
      requeued: 0,
      finished: false,
    };
    if (await finishIfOver(ctx, active)) {
      run.finished = true;
      runs.push(run);
      continue;
    }
    run.planned = (await planDueSend(ctx, active, now)) ?? null;
    const sent = await sendPlanned(ctx, active, options);
    run.sent = sent.sent;
    run.skipped = sent.skipped;
    run.requeued = await requeueWaiting(ctx, active.campaign.id);
    runs.push(run);
  }
  return runs;
}

/**
 * Declares the send-due queue, its every-minute schedule (only in processes that run
 * workers) and the bounce hook; called when the context is built.
 */
export function definePracticeJobs(ctx: AppContext): void {
  ctx.jobs.define(
    PRACTICE_SEND_QUEUE,
    async () => {
      await sendDue(ctx);
    },
    // A missed tick is simply done by the next one; retrying an old tick adds nothing.
    { retryLimit: 0, expireInSeconds: 15 * 60 },
  );
  if (ctx.config.workers) ctx.jobs.schedule(PRACTICE_SEND_QUEUE, '* * * * *');
  ctx.mailer.onPermanentFailure(async ({ to, template, error }) => {
    if (template !== 'practice-questions') return;
    await suppressAddress(ctx, null, to, 'bounce', error.slice(0, 500));
  });
}
