import { type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api, apiRequest } from '../../lib/api.ts';
import { requiredText } from '../../lib/schemas.ts';
import type { Coverage, Edition, EditionStatus, EditionSummary, Theme } from './types.ts';

const id = (value: string) => encodeURIComponent(value);

export const editionKeys = {
  all: ['quiz', 'editions'] as const,
  list: () => [...editionKeys.all, 'list'] as const,
  detail: (editionId: string) => [...editionKeys.all, 'detail', editionId] as const,
  coverage: (editionId: string) => [...editionKeys.all, 'coverage', editionId] as const,
};

export const editionsQueryOptions = () =>
  queryOptions({
    queryKey: editionKeys.list(),
    queryFn: ({ signal }) => api.get<{ items: EditionSummary[] }>('/api/quiz/editions', undefined, signal),
    select: (data) => [...data.items].sort((a, b) => b.year - a.year),
  });

export const editionQueryOptions = (editionId: string) =>
  queryOptions({
    queryKey: editionKeys.detail(editionId),
    queryFn: ({ signal }) =>
      api.get<{ edition: Edition }>(`/api/quiz/editions/${id(editionId)}`, undefined, signal),
    select: (data) => data.edition,
  });

export const coverageQueryOptions = (editionId: string) =>
  queryOptions({
    queryKey: editionKeys.coverage(editionId),
    queryFn: ({ signal }) =>
      api.get<Coverage>(`/api/quiz/editions/${id(editionId)}/coverage`, undefined, signal),
  });

export const useEditions = () => useQuery(editionsQueryOptions());
export const useEdition = (editionId: string, options: { enabled?: boolean } = {}) =>
  useQuery({ ...editionQueryOptions(editionId), enabled: options.enabled ?? true });
export const useCoverage = (editionId: string) => useQuery(coverageQueryOptions(editionId));

// ---------------------------------------------------------------------------------------------
// Edition form

const optionalDate = z
  .string()
  .trim()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, 'fieldErrors.invalid_format')
  .transform((s) => (s === '' ? null : s));
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'quizContent.validation.time');
/** NumberInput gives '' when empty. */
const emptyToNull = (value: unknown) => (value === '' || value === undefined ? null : value);
const euros = z.number('quizContent.validation.money').min(0, 'quizContent.validation.money');

/**
 * The edition form; its output is the body of POST/PATCH. Money is typed in euros and sent
 * in cents. The calendar is checked as the server checks it, so mistakes show at once.
 */
export const editionSchema = z
  .object({
    year: z
      .number('quizContent.validation.year')
      .int('quizContent.validation.year')
      .min(2000, 'quizContent.validation.year')
      .max(2100, 'quizContent.validation.year'),
    name: requiredText(200),
    registrationOpensOn: optionalDate,
    registrationClosesOn: optionalDate,
    practiceStartsOn: optionalDate,
    practiceEndsOn: optionalDate,
    eventDate: optionalDate,
    windowStart: clockTime,
    windowEnd: clockTime,
    defaultTimeLimitSeconds: z
      .number('quizContent.validation.seconds')
      .int('quizContent.validation.seconds')
      .min(5, 'quizContent.validation.seconds')
      .max(600, 'quizContent.validation.seconds'),
    sponsorEuros: euros.max(1000, 'quizContent.validation.money'),
    donationGoalEuros: z.preprocess(emptyToNull, euros.nullable()),
  })
  .superRefine((v, ctx) => {
    const before = (a: string | null, b: string | null, path: string, message: string) => {
      if (a && b && a > b) ctx.addIssue({ code: 'custom', path: [path], message });
    };
    before(
      v.registrationOpensOn,
      v.registrationClosesOn,
      'registrationClosesOn',
      'quizContent.validation.registrationCloses',
    );
    before(v.practiceStartsOn, v.practiceEndsOn, 'practiceEndsOn', 'quizContent.validation.practiceEnds');
    before(v.registrationClosesOn, v.eventDate, 'registrationClosesOn', 'quizContent.validation.beforeEvent');
    before(v.practiceEndsOn, v.eventDate, 'practiceEndsOn', 'quizContent.validation.beforeEvent');
    if (v.windowStart >= v.windowEnd) {
      ctx.addIssue({ code: 'custom', path: ['windowEnd'], message: 'quizContent.validation.windowEnd' });
    }
  })
  .transform(({ sponsorEuros, donationGoalEuros, ...rest }) => ({
    ...rest,
    sponsorCentsPerParticipant: Math.round(sponsorEuros * 100),
    donationGoalCents: donationGoalEuros === null ? null : Math.round(donationGoalEuros * 100),
  }));
export type EditionInput = z.output<typeof editionSchema>;
export type EditionFormValues = Omit<
  z.input<typeof editionSchema>,
  'year' | 'defaultTimeLimitSeconds' | 'sponsorEuros' | 'donationGoalEuros'
> & {
  year: number | string;
  defaultTimeLimitSeconds: number | string;
  sponsorEuros: number | string;
  donationGoalEuros: number | string;
};

/** Server field names → edition form fields (money is in cents there, euros here). */
export const editionFormPath = (field: string): string =>
  field === 'sponsorCentsPerParticipant'
    ? 'sponsorEuros'
    : field === 'donationGoalCents'
      ? 'donationGoalEuros'
      : field;

export function editionFormValues(edition?: Edition, year = new Date().getFullYear() + 1): EditionFormValues {
  return {
    year: edition?.year ?? year,
    name: edition?.name ?? `Klantcontactquiz ${year}`,
    registrationOpensOn: edition?.registrationOpensOn ?? '',
    registrationClosesOn: edition?.registrationClosesOn ?? '',
    practiceStartsOn: edition?.practiceStartsOn ?? '',
    practiceEndsOn: edition?.practiceEndsOn ?? '',
    eventDate: edition?.eventDate ?? '',
    windowStart: edition?.windowStart ?? '09:00',
    windowEnd: edition?.windowEnd ?? '21:00',
    defaultTimeLimitSeconds: edition?.defaultTimeLimitSeconds ?? 30,
    sponsorEuros: (edition?.sponsorCentsPerParticipant ?? 200) / 100,
    donationGoalEuros: edition?.donationGoalCents == null ? '' : edition.donationGoalCents / 100,
  };
}

export const copyEditionSchema = z.object({
  year: z
    .number('quizContent.validation.year')
    .int('quizContent.validation.year')
    .min(2000, 'quizContent.validation.year')
    .max(2100, 'quizContent.validation.year'),
  name: requiredText(200),
});
export type CopyEditionInput = z.output<typeof copyEditionSchema>;

// ---------------------------------------------------------------------------------------------
// Themes and objectives

const titleFields = {
  titleNl: requiredText(200),
  titleEn: requiredText(200),
  descriptionNl: z.string().trim().max(1000, 'validation.tooLong'),
  descriptionEn: z.string().trim().max(1000, 'validation.tooLong'),
};
export const themeSchema = z.object(titleFields);
export type ThemeInput = z.output<typeof themeSchema>;

const target = z
  .number('quizContent.validation.target')
  .int('quizContent.validation.target')
  .min(0, 'quizContent.validation.target')
  .max(200, 'quizContent.validation.target');
export const objectiveSchema = z.object({
  themeId: z.string('validation.choose').min(1, 'validation.choose'),
  ...titleFields,
  targetCore: target,
  targetManager: target,
  targetPractice: target,
});
export type ObjectiveInput = z.output<typeof objectiveSchema>;

// ---------------------------------------------------------------------------------------------
// Mutations. Every change answers with the whole edition, which replaces the cached one.

function useEditionMutation<TInput>(
  editionId: string,
  request: (input: TInput) => Promise<{ edition: Edition }>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (data) => {
      queryClient.setQueryData(editionKeys.detail(editionId), data);
      return invalidateEditionViews(queryClient, editionId);
    },
  });
}

/** Lists and coverage depend on editions, themes, objectives and questions. */
export function invalidateEditionViews(queryClient: QueryClient, editionId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: editionKeys.list() }),
    queryClient.invalidateQueries({ queryKey: editionKeys.coverage(editionId) }),
  ]);
}

export function useCreateEdition() {
  const queryClient = useQueryClient();
  return useMutation({
    // Only year and name are needed; the server fills in the usual window, time and amount.
    mutationFn: (input: Pick<EditionInput, 'year' | 'name'> & Partial<EditionInput>) =>
      api.post<{ edition: Edition }>('/api/quiz/editions', input).then((r) => r.edition),
    onSuccess: (edition) => {
      queryClient.setQueryData(editionKeys.detail(edition.id), { edition });
      return queryClient.invalidateQueries({ queryKey: editionKeys.list() });
    },
  });
}

export function useCopyEdition(sourceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CopyEditionInput) =>
      api.post<{ edition: Edition }>(`/api/quiz/editions/${id(sourceId)}/copy`, input).then((r) => r.edition),
    onSuccess: (edition) => {
      queryClient.setQueryData(editionKeys.detail(edition.id), { edition });
      return queryClient.invalidateQueries({ queryKey: editionKeys.list() });
    },
  });
}

export const useUpdateEdition = (editionId: string) =>
  useEditionMutation(editionId, (input: Partial<EditionInput> & { status?: EditionStatus }) =>
    api.patch<{ edition: Edition }>(`/api/quiz/editions/${id(editionId)}`, input),
  );

export const useAddTheme = (editionId: string) =>
  useEditionMutation(editionId, (input: ThemeInput) =>
    api.post<{ edition: Edition }>(`/api/quiz/editions/${id(editionId)}/themes`, input),
  );

export const useUpdateTheme = (editionId: string) =>
  useEditionMutation(
    editionId,
    ({ themeId, ...patch }: { themeId: string } & Partial<ThemeInput & { retired: boolean }>) =>
      api.patch<{ edition: Edition }>(`/api/quiz/themes/${id(themeId)}`, patch),
  );

export const useAddObjective = (editionId: string) =>
  useEditionMutation(editionId, (input: ObjectiveInput) =>
    api.post<{ edition: Edition }>(`/api/quiz/editions/${id(editionId)}/objectives`, input),
  );

export const useUpdateObjective = (editionId: string) =>
  useEditionMutation(
    editionId,
    ({ objectiveId, ...patch }: { objectiveId: string } & Partial<ObjectiveInput & { retired: boolean }>) =>
      api.patch<{ edition: Edition }>(`/api/quiz/objectives/${id(objectiveId)}`, patch),
  );

/** Puts all themes, or one theme's objectives, in the given order. */
export const useReorder = (editionId: string) =>
  useEditionMutation(editionId, ({ kind, ids }: { kind: 'themes' | 'objectives'; ids: string[] }) =>
    apiRequest<{ edition: Edition }>(`/api/quiz/editions/${id(editionId)}/order/${kind}`, {
      method: 'PUT',
      body: { ids },
    }),
  );

/** Deletes an unused theme or objective; the server refuses (409 *_in_use) when something hangs on it. */
export function useDeleteStructure(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, itemId }: { kind: 'theme' | 'objective'; itemId: string }) =>
      api.delete(`/api/quiz/${kind === 'theme' ? 'themes' : 'objectives'}/${id(itemId)}`),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: editionKeys.detail(editionId) }),
        invalidateEditionViews(queryClient, editionId),
      ]),
  });
}

/** The theme's title in the interface language. */
export const titleOf = (item: { titleNl: string; titleEn: string }, locale: string): string =>
  locale === 'en' && item.titleEn ? item.titleEn : item.titleNl;

/** All objectives of an edition with their theme, in display order. */
export function objectivesWithTheme(themes: Theme[]) {
  return themes.flatMap((theme) => theme.objectives.map((objective) => ({ theme, objective })));
}
