import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { locales } from '../../i18n/i18n.ts';
import { api, DEFAULT_PAGE_SIZE, type Page } from '../../lib/api.ts';
import { emailField, optionalEmailField, optionalText, requiredText } from '../../lib/schemas.ts';

export interface OrganizationSummary {
  id: string;
  name: string;
  kvkNumber: string | null;
  city: string | null;
  coordinatorCount: number;
  createdAt: string;
}

export interface Coordinator {
  id: string;
  name: string;
  email: string;
}

export interface Organization {
  id: string;
  name: string;
  kvkNumber: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  billingEmail: string | null;
  createdAt: string;
  coordinators: Coordinator[];
}

/** The organisation form; its output is the body of POST and PATCH (empty fields become null). */
export const organizationSchema = z.object({
  name: requiredText(200),
  kvkNumber: z
    .string()
    .trim()
    .regex(/^(\d{8})?$/, 'validation.kvkNumber')
    .transform((s) => (s === '' ? null : s)),
  street: optionalText(200),
  postalCode: z
    .string()
    .trim()
    .regex(/^(\d{4}\s?[A-Za-z]{2})?$/, 'validation.postalCode')
    .transform((s) => (s === '' ? null : `${s.slice(0, 4)} ${s.slice(-2).toUpperCase()}`)),
  city: optionalText(100),
  billingEmail: optionalEmailField,
});
export type OrganizationInput = z.output<typeof organizationSchema>;
export type OrganizationFormValues = z.input<typeof organizationSchema>;

export const coordinatorSchema = z.object({
  name: requiredText(200),
  email: emailField,
  locale: z.enum(locales, 'validation.choose'),
});
export type CoordinatorInput = z.output<typeof coordinatorSchema>;

export interface OrganizationListParams {
  q?: string | undefined;
  page: number;
}

export const organizationKeys = {
  all: ['admin', 'organizations'] as const,
  list: (params: OrganizationListParams) => [...organizationKeys.all, 'list', params] as const,
  detail: (id: string) => [...organizationKeys.all, 'detail', id] as const,
};

export const organizationsQueryOptions = (params: OrganizationListParams) =>
  queryOptions({
    queryKey: organizationKeys.list(params),
    queryFn: ({ signal }) =>
      api.get<Page<OrganizationSummary>>(
        '/api/admin/organizations',
        { q: params.q, page: params.page, pageSize: DEFAULT_PAGE_SIZE },
        signal,
      ),
    placeholderData: keepPreviousData,
  });

export const organizationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: organizationKeys.detail(id),
    queryFn: ({ signal }) =>
      api.get<{ organization: Organization }>(
        `/api/admin/organizations/${encodeURIComponent(id)}`,
        undefined,
        signal,
      ),
    select: (data) => data.organization,
  });

export const useOrganizations = (params: OrganizationListParams) =>
  useQuery(organizationsQueryOptions(params));
export const useOrganization = (id: string) => useQuery(organizationQueryOptions(id));

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OrganizationInput) =>
      api.post<{ organization: Organization }>('/api/admin/organizations', input).then((r) => r.organization),
    onSuccess: (organization) => {
      queryClient.setQueryData(organizationKeys.detail(organization.id), { organization });
      return queryClient.invalidateQueries({ queryKey: [...organizationKeys.all, 'list'] });
    },
  });
}

export function useUpdateOrganization(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<OrganizationInput>) =>
      api
        .patch<{ organization: Organization }>(`/api/admin/organizations/${encodeURIComponent(id)}`, input)
        .then((r) => r.organization),
    onSuccess: (organization) => {
      queryClient.setQueryData(organizationKeys.detail(id), { organization });
      return queryClient.invalidateQueries({ queryKey: [...organizationKeys.all, 'list'] });
    },
  });
}

/** Adds a coordinator (the server creates the person when new and mails them a log-in link). */
export function useAddCoordinator(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CoordinatorInput) =>
      api
        .post<{ person: Coordinator }>(
          `/api/admin/organizations/${encodeURIComponent(organizationId)}/coordinators`,
          input,
        )
        .then((r) => r.person),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationKeys.all }),
  });
}

export function useRemoveCoordinator(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      api.delete(
        `/api/admin/organizations/${encodeURIComponent(organizationId)}/coordinators/${encodeURIComponent(userId)}`,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationKeys.all }),
  });
}

/** Empty form values, or the values of an existing organisation (null shown as an empty field). */
export function organizationFormValues(organization?: Organization): OrganizationFormValues {
  return {
    name: organization?.name ?? '',
    kvkNumber: organization?.kvkNumber ?? '',
    street: organization?.street ?? '',
    postalCode: organization?.postalCode ?? '',
    city: organization?.city ?? '',
    billingEmail: organization?.billingEmail ?? '',
  };
}
