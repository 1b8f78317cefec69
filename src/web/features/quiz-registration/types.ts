import type { JobRole } from '../../lib/roles.ts';

// What the registration API answers (see src/server/modules/registration/views.ts).

export const memberStatuses = ['invited', 'confirmed', 'bounced'] as const;
export type MemberStatus = (typeof memberStatuses)[number];

export const pledgeStatuses = ['pledged', 'paid', 'cancelled'] as const;
export type PledgeStatus = (typeof pledgeStatuses)[number];

export type EditionStatus = 'draft' | 'registration' | 'practice' | 'event' | 'results' | 'archived';

export type AwardKey = 'smartest_organization' | 'smartest_manager' | 'smartest_employee';

export interface EditionBrief {
  id: string;
  year: number;
  name: string;
  status: EditionStatus;
  /** YYYY-MM-DD */
  eventDate: string | null;
  /** HH:mm, Europe/Amsterdam */
  windowStart: string;
  windowEnd: string;
  registrationOpensOn: string | null;
  registrationClosesOn: string | null;
}

export interface RegistrationState {
  open: boolean;
  /** `not_open`: draft; `closed`: closed by staff; `moved_on`: the edition is past registration. */
  reason: 'open' | 'not_open' | 'closed' | 'moved_on';
  closedAt: string | null;
  closesOn: string | null;
  reopenReason: string | null;
}

export interface DonationCounter {
  sponsorCentsPerParticipant: number;
  confirmedParticipants: number;
  sponsorTotalCents: number;
  pledgedCents: number;
  totalCents: number;
  goalCents: number | null;
}

export interface Sponsor {
  id: string;
  name: string;
  logoId: string | null;
  /** `/media/:id`, or null without a logo. */
  logoUrl: string | null;
  websiteUrl: string | null;
  centsPerParticipant: number;
}

export interface PublicTheme {
  id: string;
  titleNl: string;
  titleEn: string;
  descriptionNl: string;
  descriptionEn: string;
}

export interface PublicEditionPage {
  edition: EditionBrief & { registrationOpen: boolean; teamMinimum: number };
  themes: PublicTheme[];
  awards: AwardKey[];
  sponsors: Sponsor[];
  donations: DonationCounter;
  donors: { name: string }[];
}

export interface CompanyRegistrationResult {
  editionId: string;
  organization: { name: string; isNew: boolean };
  coordinator: { email: string; isNew: boolean };
  team: { name: string; isNew: boolean };
  magicLinkSent: true;
}

export interface TeamSummary {
  id: string;
  editionId: string;
  organizationId: string;
  name: string;
  department: string | null;
  invited: number;
  confirmed: number;
  bounced: number;
  total: number;
  /** Confirmed participants needed to compete for the smartest-organisation award. */
  minimum: number;
  short: boolean;
  createdAt: string;
}

export interface Member {
  id: string;
  teamId: string;
  userId: string;
  name: string;
  email: string;
  role: JobRole;
  status: MemberStatus;
  invitedAt: string | null;
  inviteCount: number;
  confirmedAt: string | null;
  bouncedAt: string | null;
}

export interface TeamDetail extends TeamSummary {
  organizationName: string;
  members: Member[];
  registration: RegistrationState;
}

export interface Pledge {
  id: string;
  editionId: string;
  organizationId: string;
  organizationName: string;
  amountCents: number;
  message: string | null;
  showName: boolean;
  status: PledgeStatus;
  createdAt: string;
  paidAt: string | null;
}

export interface Dashboard {
  edition: EditionBrief;
  registration: RegistrationState;
  organization: { id: string; name: string };
  minimum: number;
  teams: TeamSummary[];
  pledges: Pledge[];
}

export interface CoordinatorHome {
  items: {
    organization: { id: string; name: string };
    editions: (EditionBrief & { registrationOpen: boolean; teamCount: number })[];
  }[];
}

export interface MyRegistration {
  memberId: string;
  status: MemberStatus;
  role: JobRole;
  confirmedAt: string | null;
  edition: EditionBrief;
  organization: { id: string; name: string };
  team: {
    id: string;
    name: string;
    department: string | null;
    confirmed: number;
    total: number;
    minimum: number;
    members: { name: string; status: MemberStatus; isMe: boolean }[];
  };
}

export type ProblemField = 'file' | 'row' | 'name' | 'email' | 'role';

export interface ImportProblem {
  /** 0 for the whole file. */
  row: number;
  field: ProblemField;
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

export interface ImportPreview {
  kind: 'csv' | 'xlsx' | null;
  rows: { row: number; name: string; email: string; role: JobRole; problems: ImportProblem[] }[];
  problems: ImportProblem[];
  total: number;
  valid: number;
  canImport: boolean;
}

export interface RegistrationSummary {
  edition: EditionBrief;
  registration: RegistrationState;
  organizations: number;
  teams: number;
  shortTeams: number;
  participants: { invited: number; confirmed: number; bounced: number; total: number };
  donations: DonationCounter;
}

export interface OverviewOrganization {
  id: string;
  name: string;
  kvkNumber: string | null;
  city: string | null;
  billingEmail: string | null;
  coordinators: { name: string; email: string }[];
  teams: number;
  participants: number;
  confirmed: number;
  bounced: number;
  pledgedCents: number;
}

export interface OverviewTeam extends TeamSummary {
  organizationName: string;
}

export interface OverviewParticipant extends Member {
  teamName: string;
  organizationId: string;
  organizationName: string;
}

export interface OverviewPledge extends Pledge {
  billingEmail: string | null;
}

export interface SponsorList {
  items: (Sponsor & { position: number })[];
  sponsorsCentsPerParticipant: number;
  editionCentsPerParticipant: number;
}
