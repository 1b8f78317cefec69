/**
 * The daily job that tells coordinators a week before registration closes which of their
 * teams are short of confirmed participants. Each team is claimed once (teams.short_reminder_sent_at),
 * so running the job twice, or in two processes, sends nothing twice.
 */
import { TEAM_MIN_PLAYERS } from '../../../domain/ranking/organization-award.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { AppContext } from '../../lib/context.ts';
import { amsterdamDate, teamsToRemind } from './reminders.ts';
import * as repo from './repository.ts';

export const SHORT_TEAM_REMINDER_QUEUE = 'registration.short-team-reminders';
/** The coordinator's registration page in the web app (linked from the reminder). */
export const COORDINATOR_PAGE = '/quiz/registration';

/** Declares the queue and its daily schedule (07:00 Amsterdam time); called when the context is built. */
export function defineRegistrationJobs(ctx: AppContext): void {
  ctx.jobs.define<{ date?: string }>(
    SHORT_TEAM_REMINDER_QUEUE,
    async (data) => {
      await sendShortTeamReminders(ctx, data.date);
    },
    { retryLimit: 3, retryDelay: 300 },
  );
  ctx.jobs.schedule(SHORT_TEAM_REMINDER_QUEUE, '0 7 * * *', { tz: 'Europe/Amsterdam' });
}

export interface ReminderRun {
  date: string;
  teams: string[];
  mails: number;
}

/** Sends the due reminders for `date` (default: today in Amsterdam). Safe to run repeatedly. */
export async function sendShortTeamReminders(ctx: AppContext, date?: string): Promise<ReminderRun> {
  const now = ctx.clock.now();
  const today = date ?? amsterdamDate(now);
  const run: ReminderRun = { date: today, teams: [], mails: 0 };
  for (const edition of await repo.activeEditions(ctx.db)) {
    const window = await repo.findWindow(ctx.db, edition.id);
    const teams = await repo.teamsWithCounts(ctx.db, { editionId: edition.id });
    const due = teamsToRemind(
      {
        status: edition.status,
        registrationClosesOn: edition.registrationClosesOn,
        closed: !!window?.closedAt,
      },
      teams.map((t) => ({
        ...t,
        id: t.team.id,
        confirmedCount: t.confirmed,
        reminderSentAt: t.team.shortReminderSentAt,
      })),
      today,
      TEAM_MIN_PLAYERS,
    );
    if (due.length === 0) continue;
    const claimed = await ctx.db.transaction(async (tx) => {
      const ids = await repo.claimShortReminders(
        tx,
        due.map((t) => t.id),
        now,
      );
      for (const id of ids) {
        const team = due.find((t) => t.id === id)!;
        await recordAudit(tx, {
          actorId: null,
          action: 'team.short_reminder_sent',
          entityType: 'team',
          entityId: id,
          details: { date: today, confirmed: team.confirmed, minimum: TEAM_MIN_PLAYERS },
        });
      }
      return due.filter((t) => ids.includes(t.id));
    });
    run.teams.push(...claimed.map((t) => t.id));
    const organizationIds = [...new Set(claimed.map((t) => t.team.organizationId))];
    const coordinators = await repo.coordinatorsOfOrganizations(ctx.db, organizationIds);
    for (const organizationId of organizationIds) {
      const shortTeams = claimed.filter((t) => t.team.organizationId === organizationId);
      for (const c of coordinators.filter((x) => x.organizationId === organizationId)) {
        await ctx.mailer.send(c.email, c.locale, 'team-short-reminder', {
          name: c.name,
          organization: shortTeams[0]!.organizationName,
          edition: edition.name,
          closesOn: edition.registrationClosesOn!,
          minimum: TEAM_MIN_PLAYERS,
          teams: shortTeams.map((t) => ({ name: t.team.name, confirmed: t.confirmed })),
          url: `${ctx.config.baseUrl}${COORDINATOR_PAGE}`,
        });
        run.mails++;
      }
    }
  }
  return run;
}
