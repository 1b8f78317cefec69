import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Locale } from '../../i18n/i18n.ts';
import { api, isClientError, toQueryString } from '../../lib/api.ts';
import type { OrganizationReport, ParticipantReport, QuestionReport } from './types.ts';

// The report endpoints of the results API (src/server/modules/results/report-routes.ts).
// Reports are computed on the server (shared for 30 s per instance), so a minute is fresh enough.

const enc = encodeURIComponent;
const STALE_MS = 60_000;

export const reportKeys = {
  all: ['quiz-reports'] as const,
  mine: (year: number) => [...reportKeys.all, 'me', year] as const,
  participant: (editionId: string, userId: string) =>
    [...reportKeys.all, 'participant', editionId, userId] as const,
  organization: (editionId: string, organizationId: string) =>
    [...reportKeys.all, 'organization', editionId, organizationId] as const,
  questions: (editionId: string) => [...reportKeys.all, 'questions', editionId] as const,
};

/** 4xx answers (not yet available, no access) will not change by asking again. */
const retry = (count: number, error: unknown) => !isClientError(error) && count < 2;

export const myReportQueryOptions = (year: number) =>
  queryOptions({
    queryKey: reportKeys.mine(year),
    queryFn: ({ signal }) => api.get<ParticipantReport>(`/api/results/${year}/me/report`, undefined, signal),
    staleTime: STALE_MS,
    retry,
  });

export const participantReportQueryOptions = (editionId: string, userId: string) =>
  queryOptions({
    queryKey: reportKeys.participant(editionId, userId),
    queryFn: ({ signal }) =>
      api.get<ParticipantReport>(
        `/api/results/editions/${enc(editionId)}/participants/${enc(userId)}/report`,
        undefined,
        signal,
      ),
    staleTime: STALE_MS,
    retry,
  });

export const organizationReportQueryOptions = (editionId: string, organizationId: string) =>
  queryOptions({
    queryKey: reportKeys.organization(editionId, organizationId),
    queryFn: ({ signal }) =>
      api.get<OrganizationReport>(
        `/api/results/editions/${enc(editionId)}/organizations/${enc(organizationId)}/report`,
        undefined,
        signal,
      ),
    staleTime: STALE_MS,
    retry,
  });

export const questionReportQueryOptions = (editionId: string) =>
  queryOptions({
    queryKey: reportKeys.questions(editionId),
    queryFn: ({ signal }) =>
      api.get<QuestionReport>(`/api/results/editions/${enc(editionId)}/questions`, undefined, signal),
    staleTime: STALE_MS,
    retry,
  });

export const useMyReport = (year: number) => useQuery(myReportQueryOptions(year));
export const useParticipantReport = (editionId: string, userId: string) =>
  useQuery(participantReportQueryOptions(editionId, userId));
export const useOrganizationReport = (editionId: string, organizationId: string) =>
  useQuery(organizationReportQueryOptions(editionId, organizationId));
export const useQuestionReport = (editionId: string) => useQuery(questionReportQueryOptions(editionId));

/** Where the certificate downloads: the participant's own, or (staff) someone's in the chosen language. */
export function certificateUrl(
  target: { year: number } | { editionId: string; userId: string },
  locale?: Locale,
): string {
  if ('year' in target) return `/api/results/${target.year}/me/certificate.pdf`;
  return `/api/results/editions/${enc(target.editionId)}/participants/${enc(target.userId)}/certificate.pdf${toQueryString({ locale })}`;
}

export function organizationCsvUrl(
  editionId: string,
  organizationId: string,
  kind: 'objectives' | 'participation',
  locale: Locale,
): string {
  return `/api/results/editions/${enc(editionId)}/organizations/${enc(organizationId)}/report.csv${toQueryString({ kind, locale })}`;
}
