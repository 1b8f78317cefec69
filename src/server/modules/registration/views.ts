/** Response schemas of the registration API: what leaves the server, per endpoint. */
import { z } from 'zod';
import { editionStatuses, jobRoles, memberStatuses } from '../../db/schema/index.ts';

const iso = z.iso.datetime();
const pledgeStatus = z.enum(['pledged', 'paid', 'cancelled']);

export const registrationStateView = z.object({
  open: z.boolean(),
  reason: z.enum(['open', 'not_open', 'closed', 'moved_on']),
  closedAt: iso.nullable(),
  closesOn: z.string().nullable(),
  reopenReason: z.string().nullable(),
});
export type RegistrationStateView = z.infer<typeof registrationStateView>;

export const editionBrief = z.object({
  id: z.string(),
  year: z.number(),
  name: z.string(),
  status: z.enum(editionStatuses),
  eventDate: z.string().nullable(),
  windowStart: z.string(),
  windowEnd: z.string(),
  registrationOpensOn: z.string().nullable(),
  registrationClosesOn: z.string().nullable(),
});
export type EditionBrief = z.infer<typeof editionBrief>;

export const teamSummaryView = z.object({
  id: z.string(),
  editionId: z.string(),
  organizationId: z.string(),
  name: z.string(),
  department: z.string().nullable(),
  invited: z.number(),
  confirmed: z.number(),
  bounced: z.number(),
  total: z.number(),
  /** Confirmed participants needed to compete for the smartest-organisation award. */
  minimum: z.number(),
  short: z.boolean(),
  createdAt: iso,
});
export type TeamSummaryView = z.infer<typeof teamSummaryView>;

export const memberView = z.object({
  id: z.string(),
  teamId: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(jobRoles),
  status: z.enum(memberStatuses),
  invitedAt: iso.nullable(),
  inviteCount: z.number(),
  confirmedAt: iso.nullable(),
  bouncedAt: iso.nullable(),
});
export type MemberView = z.infer<typeof memberView>;

export const teamDetailView = teamSummaryView.extend({
  organizationName: z.string(),
  members: z.array(memberView),
  registration: registrationStateView,
});
export type TeamDetailView = z.infer<typeof teamDetailView>;

export const pledgeView = z.object({
  id: z.string(),
  editionId: z.string(),
  organizationId: z.string(),
  organizationName: z.string(),
  amountCents: z.number(),
  message: z.string().nullable(),
  showName: z.boolean(),
  status: pledgeStatus,
  createdAt: iso,
  paidAt: iso.nullable(),
});
export type PledgeView = z.infer<typeof pledgeView>;

export const sponsorView = z.object({
  id: z.string(),
  name: z.string(),
  logoId: z.string().nullable(),
  /** Relative URL of the logo (`/media/:id`), or null. */
  logoUrl: z.string().nullable(),
  websiteUrl: z.string().nullable(),
  centsPerParticipant: z.number(),
  position: z.number(),
});
export type SponsorView = z.infer<typeof sponsorView>;

export const dashboardView = z.object({
  edition: editionBrief,
  registration: registrationStateView,
  organization: z.object({ id: z.string(), name: z.string() }),
  minimum: z.number(),
  teams: z.array(teamSummaryView),
  pledges: z.array(pledgeView),
});
export type DashboardView = z.infer<typeof dashboardView>;

export const counterView = z.object({
  sponsorCentsPerParticipant: z.number(),
  confirmedParticipants: z.number(),
  sponsorTotalCents: z.number(),
  /** Company pledges that are pledged or paid (cancelled ones do not count). */
  pledgedCents: z.number(),
  totalCents: z.number(),
  goalCents: z.number().nullable(),
});
export type CounterView = z.infer<typeof counterView>;

export const publicPageView = z.object({
  edition: editionBrief.extend({ registrationOpen: z.boolean(), teamMinimum: z.number() }),
  themes: z.array(
    z.object({
      id: z.string(),
      titleNl: z.string(),
      titleEn: z.string(),
      descriptionNl: z.string(),
      descriptionEn: z.string(),
    }),
  ),
  /** Keys only; the web app holds the texts. */
  awards: z.array(z.enum(['smartest_organization', 'smartest_manager', 'smartest_employee'])),
  sponsors: z.array(sponsorView.omit({ position: true })),
  donations: counterView,
  /** Companies that pledged and chose to show their name, alphabetically. */
  donors: z.array(z.object({ name: z.string() })),
});
export type PublicPageView = z.infer<typeof publicPageView>;

export const companyRegistrationView = z.object({
  editionId: z.string(),
  organization: z.object({ name: z.string(), isNew: z.boolean() }),
  coordinator: z.object({ email: z.string(), isNew: z.boolean() }),
  team: z.object({ name: z.string(), isNew: z.boolean() }),
  /** A log-in link went to the coordinator's e-mail address. */
  magicLinkSent: z.literal(true),
});

export const coordinatorHomeView = z.object({
  items: z.array(
    z.object({
      organization: z.object({ id: z.string(), name: z.string() }),
      editions: z.array(editionBrief.extend({ registrationOpen: z.boolean(), teamCount: z.number() })),
    }),
  ),
});

export const myRegistrationView = z.object({
  memberId: z.string(),
  status: z.enum(memberStatuses),
  role: z.enum(jobRoles),
  confirmedAt: iso.nullable(),
  edition: editionBrief,
  organization: z.object({ id: z.string(), name: z.string() }),
  team: z.object({
    id: z.string(),
    name: z.string(),
    department: z.string().nullable(),
    confirmed: z.number(),
    total: z.number(),
    minimum: z.number(),
    /** Team mates by name (no e-mail addresses). */
    members: z.array(z.object({ name: z.string(), status: z.enum(memberStatuses), isMe: z.boolean() })),
  }),
});
export type MyRegistrationView = z.infer<typeof myRegistrationView>;

export const problemView = z.object({
  row: z.number(),
  field: z.enum(['file', 'row', 'name', 'email', 'role']),
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export const importPreviewView = z.object({
  kind: z.enum(['csv', 'xlsx']).nullable(),
  rows: z.array(
    z.object({
      row: z.number(),
      name: z.string(),
      email: z.string(),
      role: z.enum(jobRoles),
      problems: z.array(problemView),
    }),
  ),
  /** Every problem, file-level ones (row 0) first, then by row. */
  problems: z.array(problemView),
  total: z.number(),
  valid: z.number(),
  canImport: z.boolean(),
});
export type ImportPreviewView = z.infer<typeof importPreviewView>;

export const importResultView = z.object({ created: z.number(), members: z.array(memberView) });

export const overviewOrganizationView = z.object({
  id: z.string(),
  name: z.string(),
  kvkNumber: z.string().nullable(),
  city: z.string().nullable(),
  billingEmail: z.string().nullable(),
  coordinators: z.array(z.object({ name: z.string(), email: z.string() })),
  teams: z.number(),
  participants: z.number(),
  confirmed: z.number(),
  bounced: z.number(),
  pledgedCents: z.number(),
});

export const overviewTeamView = teamSummaryView.extend({ organizationName: z.string() });

export const overviewParticipantView = memberView.extend({
  teamName: z.string(),
  organizationId: z.string(),
  organizationName: z.string(),
});

export const registrationSummaryView = z.object({
  edition: editionBrief,
  registration: registrationStateView,
  organizations: z.number(),
  teams: z.number(),
  shortTeams: z.number(),
  participants: z.object({
    invited: z.number(),
    confirmed: z.number(),
    bounced: z.number(),
    total: z.number(),
  }),
  donations: counterView,
});

export const sponsorListView = z.object({
  items: z.array(sponsorView),
  /** Sum of the sponsors' amounts; the counter uses the edition's amount per participant. */
  sponsorsCentsPerParticipant: z.number(),
  editionCentsPerParticipant: z.number(),
});

export const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number() });

/** The error shape (see lib/error-handler.ts), declared on routes so OpenAPI shows their 4xx answers. */
export const errorView = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
