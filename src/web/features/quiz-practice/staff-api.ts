import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api, isApiError } from '../../lib/api.ts';
import { emailField, optionalText } from '../../lib/schemas.ts';
import type {
  Campaign,
  CampaignProgress,
  CampaignSettings,
  Participation,
  Schedule,
  Suppression,
  SuppressionReason,
} from './types.ts';

// Quiz staff run an edition's practice campaign; coordinators see their teams' participation
// (src/server/modules/practice/staff-routes.ts).

export const staffKeys = {
  all: ['practice', 'staff'] as const,
  campaign: (editionId: string) => [...staffKeys.all, 'campaign', editionId] as const,
  schedule: (editionId: string) => [...staffKeys.all, 'schedule', editionId] as const,
  progress: (editionId: string) => [...staffKeys.all, 'progress', editionId] as const,
  suppressions: ['practice', 'staff', 'suppressions'] as const,
  edition: (editionId: string) => ['practice', 'edition', editionId] as const,
  participation: (editionId: string, organizationId: string) =>
    ['practice', 'participation', editionId, organizationId] as const,
};

const campaignPath = (editionId: string) =>
  `/api/practice/editions/${encodeURIComponent(editionId)}/campaign`;

/** How often the live figures refresh: quickly while a send goes out, calmly otherwise. */
export const PROGRESS_REFRESH_MS = { sending: 2000, active: 5000, idle: 30_000 } as const;

/** The edition's campaign, or null before it has been created (404 campaign_not_found). */
export const campaignQueryOptions = (editionId: string) =>
  queryOptions({
    queryKey: staffKeys.campaign(editionId),
    queryFn: async ({ signal }) => {
      try {
        return (await api.get<{ campaign: Campaign }>(campaignPath(editionId), undefined, signal)).campaign;
      } catch (error) {
        if (isApiError(error) && error.code === 'campaign_not_found') return null;
        throw error;
      }
    },
  });

export const useCampaign = (editionId: string) => useQuery(campaignQueryOptions(editionId));

/** The edition's name and year, for the page title. */
export const useEditionName = (editionId: string) =>
  useQuery({
    queryKey: staffKeys.edition(editionId),
    queryFn: ({ signal }) =>
      api.get<{ edition: { id: string; name: string; year: number } }>(
        `/api/quiz/editions/${encodeURIComponent(editionId)}`,
        undefined,
        signal,
      ),
    select: (data) => data.edition,
    staleTime: 5 * 60_000,
  });

export const useSchedule = (editionId: string, enabled: boolean) =>
  useQuery({
    queryKey: staffKeys.schedule(editionId),
    queryFn: ({ signal }) => api.get<Schedule>(`${campaignPath(editionId)}/schedule`, undefined, signal),
    enabled,
  });

/** Live progress; refreshes every few seconds, faster while a send is going out. */
export const useCampaignProgress = (editionId: string, enabled: boolean) =>
  useQuery({
    queryKey: staffKeys.progress(editionId),
    queryFn: ({ signal }) =>
      api.get<CampaignProgress>(`${campaignPath(editionId)}/progress`, undefined, signal),
    enabled,
    staleTime: 0,
    refetchInterval: (query) => progressRefreshMs(query.state.data),
  });

export function progressRefreshMs(progress: CampaignProgress | undefined): number {
  if (progress?.currentSend?.sending) return PROGRESS_REFRESH_MS.sending;
  return progress?.status === 'active' ? PROGRESS_REFRESH_MS.active : PROGRESS_REFRESH_MS.idle;
}

function useCampaignMutation<T>(editionId: string, request: (input: T) => Promise<{ campaign: Campaign }>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: T) => request(input).then((r) => r.campaign),
    onSuccess: (campaign) => {
      queryClient.setQueryData(staffKeys.campaign(editionId), campaign);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: staffKeys.schedule(editionId) }),
        queryClient.invalidateQueries({ queryKey: staffKeys.progress(editionId) }),
      ]);
    },
  });
}

export const useCreateCampaign = (editionId: string) =>
  useCampaignMutation(editionId, (settings: CampaignSettings) =>
    api.post<{ campaign: Campaign }>(campaignPath(editionId), settings),
  );

export const useUpdateCampaign = (editionId: string) =>
  useCampaignMutation(editionId, (settings: Partial<CampaignSettings>) =>
    api.patch<{ campaign: Campaign }>(campaignPath(editionId), settings),
  );

export type CampaignAction = 'start' | 'pause' | 'finish';

export const useCampaignAction = (editionId: string) =>
  useCampaignMutation(editionId, (action: CampaignAction) =>
    api.post<{ campaign: Campaign }>(`${campaignPath(editionId)}/${action}`),
  );

export const useSuppressions = () =>
  useQuery({
    queryKey: staffKeys.suppressions,
    queryFn: ({ signal }) =>
      api.get<{ items: Suppression[] }>('/api/practice/suppressions', undefined, signal),
    select: (data) => data.items,
  });

export function useAddSuppression() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SuppressionInput) =>
      api.post<{ added: boolean }>('/api/practice/suppressions', {
        email: input.email,
        reason: input.reason,
        ...(input.detail ? { detail: input.detail } : {}),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKeys.suppressions }),
  });
}

export function useLiftSuppression() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (email: string) => api.delete(`/api/practice/suppressions/${encodeURIComponent(email)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKeys.suppressions }),
  });
}

/** How an organisation's teams practise (aggregates only). */
export const useParticipation = (editionId: string, organizationId: string) =>
  useQuery({
    queryKey: staffKeys.participation(editionId, organizationId),
    queryFn: ({ signal }) =>
      api.get<Participation>(
        `/api/practice/editions/${encodeURIComponent(editionId)}/organizations/${encodeURIComponent(organizationId)}/participation`,
        undefined,
        signal,
      ),
  });

// Forms. Messages are i18n keys: shared ones (`validation.choose`) or this feature's
// (`validation.weekdays` is `quizPractice.validation.weekdays`, see practiceTranslator).

const wholeNumber = (min: number, max: number, message: string) =>
  z.number(message).int(message).min(min, message).max(max, message);

/** The campaign settings form; its output is the body of POST and PATCH. */
export const campaignSettingsSchema = z.object({
  weekdays: z
    .array(z.string().regex(/^[1-7]$/))
    .min(1, 'validation.weekdays')
    .transform((days) => [...new Set(days.map(Number))].sort((a, b) => a - b)),
  sendTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.sendTime'),
  questionsPerSend: wholeNumber(1, 10, 'validation.questionsPerSend'),
  entryCheckSize: wholeNumber(1, 40, 'validation.entryCheckSize'),
  mailsPerMinute: wholeNumber(1, 10_000, 'validation.mailsPerMinute'),
});
export type CampaignFormValues = z.input<typeof campaignSettingsSchema>;

/** The defaults the server uses too: Monday, Wednesday and Friday at 08:30, 2 questions, 12, 60. */
export const defaultSettings: CampaignSettings = {
  weekdays: [1, 3, 5],
  sendTime: '08:30',
  questionsPerSend: 2,
  entryCheckSize: 12,
  mailsPerMinute: 60,
};

export function campaignFormValues(settings: CampaignSettings = defaultSettings): CampaignFormValues {
  return {
    weekdays: settings.weekdays.map(String),
    sendTime: settings.sendTime,
    questionsPerSend: settings.questionsPerSend,
    entryCheckSize: settings.entryCheckSize,
    mailsPerMinute: settings.mailsPerMinute,
  };
}

export const suppressionReasons: SuppressionReason[] = ['bounce', 'complaint', 'manual'];

export const suppressionSchema = z.object({
  email: emailField,
  reason: z.enum(suppressionReasons, 'validation.choose'),
  detail: optionalText(500),
});
export type SuppressionInput = z.output<typeof suppressionSchema>;
export type SuppressionFormValues = z.input<typeof suppressionSchema>;
