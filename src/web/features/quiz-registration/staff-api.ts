import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '../../i18n/i18n.ts';
import { api, DEFAULT_PAGE_SIZE, type Page, type QueryValue, toQueryString } from '../../lib/api.ts';
import type { JobRole } from '../../lib/roles.ts';
import type { SponsorInput } from './schemas.ts';
import type {
  MemberStatus,
  OverviewOrganization,
  OverviewParticipant,
  OverviewPledge,
  OverviewTeam,
  Pledge,
  PledgeStatus,
  RegistrationState,
  RegistrationSummary,
  Sponsor,
  SponsorList,
} from './types.ts';

// Quiz staff: the registration overview of an edition, exports, closing, pledges and sponsors.

const enc = encodeURIComponent;

export interface OrganizationFilter {
  q?: string | undefined;
}
export interface TeamFilter {
  q?: string | undefined;
  organizationId?: string | undefined;
  short?: 'true' | 'false' | undefined;
}
export interface ParticipantFilter {
  q?: string | undefined;
  organizationId?: string | undefined;
  teamId?: string | undefined;
  status?: MemberStatus | undefined;
  role?: JobRole | undefined;
}
export interface PledgeFilter {
  organizationId?: string | undefined;
  status?: PledgeStatus | undefined;
}

export type StaffList = 'organizations' | 'teams' | 'participants' | 'pledges';

interface ListItem {
  organizations: OverviewOrganization;
  teams: OverviewTeam;
  participants: OverviewParticipant;
  pledges: OverviewPledge;
}

export const staffKeys = {
  all: ['quiz-registration', 'staff'] as const,
  summary: (editionId: string) => [...staffKeys.all, 'summary', editionId] as const,
  list: (editionId: string, list: StaffList, filter: object, page: number) =>
    [...staffKeys.all, 'list', editionId, list, filter, page] as const,
  sponsors: (editionId: string) => [...staffKeys.all, 'sponsors', editionId] as const,
};

export const summaryQueryOptions = (editionId: string) =>
  queryOptions({
    queryKey: staffKeys.summary(editionId),
    queryFn: ({ signal }) =>
      api.get<RegistrationSummary>(`/api/quiz/editions/${enc(editionId)}/registration`, undefined, signal),
  });

export const staffListQueryOptions = <L extends StaffList>(
  editionId: string,
  list: L,
  filter: Record<string, QueryValue>,
  page: number,
  pageSize = DEFAULT_PAGE_SIZE,
) =>
  queryOptions({
    queryKey: staffKeys.list(editionId, list, { ...filter, pageSize }, page),
    queryFn: ({ signal }) =>
      api.get<Page<ListItem[L]>>(
        `/api/quiz/editions/${enc(editionId)}/registration/${list}`,
        { ...filter, page, pageSize },
        signal,
      ),
    placeholderData: keepPreviousData,
  });

export const sponsorsQueryOptions = (editionId: string) =>
  queryOptions({
    queryKey: staffKeys.sponsors(editionId),
    queryFn: ({ signal }) =>
      api.get<SponsorList>(`/api/quiz/editions/${enc(editionId)}/sponsors`, undefined, signal),
  });

export const useRegistrationSummary = (editionId: string) => useQuery(summaryQueryOptions(editionId));
export const useStaffList = <L extends StaffList>(
  editionId: string,
  list: L,
  filter: Record<string, QueryValue>,
  page: number,
  pageSize?: number,
) => useQuery(staffListQueryOptions(editionId, list, filter, page, pageSize));
export const useSponsors = (editionId: string) => useQuery(sponsorsQueryOptions(editionId));

/** The CSV download of a list with the same filters (no paging), column names in `locale`. */
export function exportUrl(
  editionId: string,
  list: StaffList,
  filter: Record<string, QueryValue>,
  locale: Locale,
): string {
  return `/api/quiz/editions/${enc(editionId)}/registration/${list}.csv${toQueryString({ ...filter, locale })}`;
}

function useInvalidateStaff() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: staffKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['quiz-registration', 'coordinator'] }),
      queryClient.invalidateQueries({ queryKey: ['quiz-public'] }),
    ]);
}

export function useCloseRegistration(editionId: string) {
  const invalidate = useInvalidateStaff();
  return useMutation({
    mutationFn: () =>
      api
        .post<{ registration: RegistrationState }>(`/api/quiz/editions/${enc(editionId)}/registration/close`)
        .then((r) => r.registration),
    onSuccess: invalidate,
  });
}

export function useReopenRegistration(editionId: string) {
  const invalidate = useInvalidateStaff();
  return useMutation({
    mutationFn: (input: { reason: string }) =>
      api
        .post<{ registration: RegistrationState }>(
          `/api/quiz/editions/${enc(editionId)}/registration/reopen`,
          input,
        )
        .then((r) => r.registration),
    onSuccess: invalidate,
  });
}

export function useSetPledgeStatus() {
  const invalidate = useInvalidateStaff();
  return useMutation({
    mutationFn: ({ pledgeId, status }: { pledgeId: string; status: PledgeStatus }) =>
      api.patch<{ pledge: Pledge }>(`/api/quiz/pledges/${enc(pledgeId)}`, { status }).then((r) => r.pledge),
    onSuccess: invalidate,
  });
}

export function useCreateSponsor(editionId: string) {
  const invalidate = useInvalidateStaff();
  return useMutation({
    mutationFn: (input: SponsorInput) =>
      api
        .post<{ sponsor: Sponsor }>(`/api/quiz/editions/${enc(editionId)}/sponsors`, input)
        .then((r) => r.sponsor),
    onSuccess: invalidate,
  });
}

export function useUpdateSponsor() {
  const invalidate = useInvalidateStaff();
  return useMutation({
    mutationFn: ({ sponsorId, input }: { sponsorId: string; input: SponsorInput }) =>
      api.patch<{ sponsor: Sponsor }>(`/api/quiz/sponsors/${enc(sponsorId)}`, input).then((r) => r.sponsor),
    onSuccess: invalidate,
  });
}

export function useDeleteSponsor() {
  const invalidate = useInvalidateStaff();
  return useMutation({
    mutationFn: (sponsorId: string) => api.delete(`/api/quiz/sponsors/${enc(sponsorId)}`),
    onSuccess: invalidate,
  });
}
