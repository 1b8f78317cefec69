/** What a participant sees of their own registrations: edition, organisation, team and team mates. */
import { TEAM_MIN_PLAYERS } from '../../../domain/ranking/organization-award.ts';
import type { AppContext } from '../../lib/context.ts';
import { presentEdition } from './presenter.ts';
import * as repo from './repository.ts';
import type { MyRegistrationView } from './views.ts';

export async function listMyRegistrations(ctx: AppContext, userId: string): Promise<MyRegistrationView[]> {
  const memberships = await repo.membershipsOfUser(ctx.db, userId);
  const views: MyRegistrationView[] = [];
  for (const m of memberships) {
    const mates = await repo.membersOfTeam(ctx.db, m.team.id);
    views.push({
      memberId: m.member.id,
      status: m.member.status,
      role: m.member.role,
      confirmedAt: m.member.confirmedAt?.toISOString() ?? null,
      edition: presentEdition(m.edition),
      organization: { id: m.team.organizationId, name: m.organizationName },
      team: {
        id: m.team.id,
        name: m.team.name,
        department: m.team.department,
        confirmed: mates.filter((x) => x.member.status === 'confirmed').length,
        total: mates.length,
        minimum: TEAM_MIN_PLAYERS,
        members: mates.map((x) => ({
          name: x.name,
          status: x.member.status,
          isMe: x.member.userId === userId,
        })),
      },
    });
  }
  return views;
}
