import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import type { MemberInput, PledgeInput } from './schemas.ts';
import type {
  CoordinatorHome,
  Dashboard,
  ImportPreview,
  Member,
  Pledge,
  TeamDetail,
  TeamSummary,
} from './types.ts';

// A coordinator's organisation in an edition: teams, members, uploads and pledges.
// Quiz staff may use the same endpoints for any organisation.

const enc = encodeURIComponent;

export const coordinatorKeys = {
  all: ['quiz-registration', 'coordinator'] as const,
  home: () => [...coordinatorKeys.all, 'home'] as const,
  dashboard: (editionId: string, organizationId: string) =>
    [...coordinatorKeys.all, 'dashboard', editionId, organizationId] as const,
  team: (teamId: string) => [...coordinatorKeys.all, 'team', teamId] as const,
};

export const coordinatorHomeQueryOptions = queryOptions({
  queryKey: coordinatorKeys.home(),
  queryFn: ({ signal }) => api.get<CoordinatorHome>('/api/quiz/coordinator/registrations', undefined, signal),
  select: (data) => data.items,
});

export const dashboardQueryOptions = (editionId: string, organizationId: string) =>
  queryOptions({
    queryKey: coordinatorKeys.dashboard(editionId, organizationId),
    queryFn: ({ signal }) =>
      api.get<Dashboard>(
        `/api/quiz/editions/${enc(editionId)}/organizations/${enc(organizationId)}/registration`,
        undefined,
        signal,
      ),
  });

export const teamQueryOptions = (teamId: string) =>
  queryOptions({
    queryKey: coordinatorKeys.team(teamId),
    queryFn: ({ signal }) =>
      api.get<{ team: TeamDetail }>(`/api/quiz/teams/${enc(teamId)}`, undefined, signal),
    select: (data) => data.team,
  });

export const useCoordinatorHome = () => useQuery(coordinatorHomeQueryOptions);
export const useDashboard = (editionId: string, organizationId: string) =>
  useQuery({ ...dashboardQueryOptions(editionId, organizationId), enabled: !!editionId && !!organizationId });
export const useTeam = (teamId: string) => useQuery(teamQueryOptions(teamId));

/**
 * Every change to a team moves counts on the dashboard, the team page, the staff overview
 * and the public counter, so all of them are refreshed.
 */
function useInvalidateRegistration() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: coordinatorKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['quiz-registration', 'staff'] }),
      queryClient.invalidateQueries({ queryKey: ['quiz-public'] }),
    ]);
}

export function useCreateTeam(editionId: string, organizationId: string) {
  const invalidate = useInvalidateRegistration();
  return useMutation({
    mutationFn: (input: { name: string; department: string | null }) =>
      api
        .post<{ team: TeamSummary }>(
          `/api/quiz/editions/${enc(editionId)}/organizations/${enc(organizationId)}/teams`,
          input,
        )
        .then((r) => r.team),
    onSuccess: invalidate,
  });
}

export function useUpdateTeam(teamId: string) {
  const invalidate = useInvalidateRegistration();
  return useMutation({
    mutationFn: (input: { name: string; department: string | null }) =>
      api.patch<{ team: TeamSummary }>(`/api/quiz/teams/${enc(teamId)}`, input).then((r) => r.team),
    onSuccess: invalidate,
  });
}

export function useDeleteTeam(teamId: string) {
  const invalidate = useInvalidateRegistration();
  return useMutation({
    mutationFn: () => api.delete(`/api/quiz/teams/${enc(teamId)}`),
    onSuccess: invalidate,
  });
}

export function useCreatePledge(editionId: string, organizationId: string) {
  const invalidate = useInvalidateRegistration();
  return useMutation({
    mutationFn: (input: PledgeInput) =>
      api
        .post<{ pledge: Pledge }>(
          `/api/quiz/editions/${enc(editionId)}/organizations/${enc(organizationId)}/pledges`,
          input,
        )
        .then((r) => r.pledge),
    onSuccess: invalidate,
  });
}

export function useAddMember(teamId: string) {
  const invalidate = useInvalidateRegistration();
  return useMutation({
    mutationFn: (input: MemberInput) =>
      api.post<{ member: Member }>(`/api/quiz/teams/${enc(teamId)}/members`, input).then((r) => r.member),
    onSuccess: invalidate,
  });
}

export function useRemoveMember() {
  const invalidate = useInvalidateRegistration();
  return useMutation({
    mutationFn: (memberId: string) => api.delete(`/api/quiz/members/${enc(memberId)}`),
    onSuccess: invalidate,
  });
}

export function useReplaceMember() {
  const invalidate = useInvalidateRegistration();
  return useMutation({
    mutationFn: ({ memberId, input }: { memberId: string; input: MemberInput }) =>
      api.post<{ member: Member }>(`/api/quiz/members/${enc(memberId)}/replace`, input).then((r) => r.member),
    onSuccess: invalidate,
  });
}

export function useResendInvitation() {
  const invalidate = useInvalidateRegistration();
  return useMutation({
    mutationFn: (memberId: string) =>
      api.post<{ member: Member }>(`/api/quiz/members/${enc(memberId)}/invitation`).then((r) => r.member),
    onSuccess: invalidate,
  });
}

export interface Upload {
  filename: string;
  contentBase64: string;
}

/** Checks a participant file; nothing is stored. */
export function usePreviewImport(teamId: string) {
  return useMutation({
    mutationFn: (upload: Upload) =>
      api.post<ImportPreview>(`/api/quiz/teams/${enc(teamId)}/import/preview`, upload),
  });
}

/** Imports everyone in the file (or no one, with 400 import_invalid) and invites them. */
export function useCommitImport(teamId: string) {
  const invalidate = useInvalidateRegistration();
  return useMutation({
    mutationFn: (upload: Upload) =>
      api.post<{ created: number; members: Member[] }>(`/api/quiz/teams/${enc(teamId)}/import`, upload),
    onSuccess: invalidate,
  });
}

/** Staff only: moves a participant to another team of the same edition. */
export function useMoveMember() {
  const invalidate = useInvalidateRegistration();
  return useMutation({
    mutationFn: ({ memberId, teamId }: { memberId: string; teamId: string }) =>
      api
        .post<{ member: Member }>(`/api/quiz/members/${enc(memberId)}/move`, { teamId })
        .then((r) => r.member),
    onSuccess: invalidate,
  });
}
