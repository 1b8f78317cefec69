/** Whitelists what leaves the server about teams, members, pledges, sponsors and editions. */
import { TEAM_MIN_PLAYERS } from '../../../domain/ranking/organization-award.ts';
import { mediaPath } from '../media/urls.ts';
import type { PledgeRow, SponsorRow } from './donation-repository.ts';
import type { RegistrationState } from './registration-state.ts';
import type { MemberWithPerson, TeamWithCounts, WindowRow } from './repository.ts';
import type {
  EditionBrief,
  MemberView,
  PledgeView,
  RegistrationStateView,
  SponsorView,
  TeamSummaryView,
} from './views.ts';

const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);
const hhmm = (t: string) => t.slice(0, 5);

export interface EditionLike {
  id: string;
  year: number;
  name: string;
  status: EditionBrief['status'];
  eventDate: string | null;
  windowStart: string;
  windowEnd: string;
  registrationOpensOn: string | null;
  registrationClosesOn: string | null;
}

export function presentEdition(e: EditionLike): EditionBrief {
  return {
    id: e.id,
    year: e.year,
    name: e.name,
    status: e.status,
    eventDate: e.eventDate,
    windowStart: hhmm(e.windowStart),
    windowEnd: hhmm(e.windowEnd),
    registrationOpensOn: e.registrationOpensOn,
    registrationClosesOn: e.registrationClosesOn,
  };
}

export function presentState(
  state: RegistrationState,
  edition: { registrationClosesOn: string | null },
  window: WindowRow | undefined,
): RegistrationStateView {
  return {
    open: state.open,
    reason: state.reason,
    closedAt: isoOrNull(state.closedAt),
    closesOn: edition.registrationClosesOn,
    reopenReason: window?.reopenReason ?? null,
  };
}

export function presentTeam(row: Omit<TeamWithCounts, 'organizationName'>): TeamSummaryView {
  const t = row.team;
  return {
    id: t.id,
    editionId: t.editionId,
    organizationId: t.organizationId,
    name: t.name,
    department: t.department,
    invited: row.invited,
    confirmed: row.confirmed,
    bounced: row.bounced,
    total: row.total,
    minimum: TEAM_MIN_PLAYERS,
    short: row.confirmed < TEAM_MIN_PLAYERS,
    createdAt: t.createdAt.toISOString(),
  };
}

export function presentMember(row: MemberWithPerson): MemberView {
  const m = row.member;
  return {
    id: m.id,
    teamId: m.teamId,
    userId: m.userId,
    name: row.name,
    email: row.email,
    role: m.role,
    status: m.status,
    invitedAt: isoOrNull(m.invitedAt),
    inviteCount: m.inviteCount,
    confirmedAt: isoOrNull(m.confirmedAt),
    bouncedAt: isoOrNull(m.bouncedAt),
  };
}

export function presentPledge(row: { pledge: PledgeRow; organizationName: string }): PledgeView {
  const p = row.pledge;
  return {
    id: p.id,
    editionId: p.editionId,
    organizationId: p.organizationId,
    organizationName: row.organizationName,
    amountCents: p.amountCents,
    message: p.message,
    showName: p.showName,
    status: p.status,
    createdAt: p.createdAt.toISOString(),
    paidAt: isoOrNull(p.paidAt),
  };
}

export function presentSponsor(s: SponsorRow): SponsorView {
  return {
    id: s.id,
    name: s.name,
    logoId: s.logoId,
    logoUrl: s.logoId ? mediaPath(s.logoId) : null,
    websiteUrl: s.websiteUrl,
    centsPerParticipant: s.centsPerParticipant,
    position: s.position,
  };
}
