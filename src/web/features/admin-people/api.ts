import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { type Locale, locales } from '../../i18n/i18n.ts';
import { api, DEFAULT_PAGE_SIZE, type Page } from '../../lib/api.ts';
import {
  type JobRole,
  jobRoles,
  programmes,
  type Role,
  type RoleGrant,
  roles,
  scopeOf,
} from '../../lib/roles.ts';
import { emailField, requiredText, yearsField } from '../../lib/schemas.ts';
import { meQueryKey } from '../../lib/session.ts';

/** A person as the admin API shows them (the same fields as /api/me). */
export interface Person {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  jobRole: JobRole | null;
  yearsInField: number | null;
  yearsLeadership: number | null;
  roles: RoleGrant[];
}

/**
 * One role grant in the form. Staff and experts need a programme, coordinators an
 * organisation; scope fields a role does not use are cleared before sending.
 */
export const grantSchema = z
  .object({
    role: z.enum(roles, 'validation.choose'),
    programme: z.enum(programmes, 'validation.choose').nullable(),
    organizationId: z.string().nullable(),
  })
  .superRefine((grant, ctx) => {
    const scope = scopeOf(grant.role);
    if (scope === 'programme' && !grant.programme) {
      ctx.addIssue({ code: 'custom', path: ['programme'], message: 'validation.programmeRequired' });
    }
    if (scope === 'organization' && !grant.organizationId) {
      ctx.addIssue({ code: 'custom', path: ['organizationId'], message: 'validation.organizationRequired' });
    }
  })
  .transform((grant): RoleGrant => {
    const scope = scopeOf(grant.role);
    return {
      role: grant.role,
      programme: scope === 'programme' || scope === 'optional' ? grant.programme : null,
      organizationId: scope === 'organization' || scope === 'optional' ? grant.organizationId : null,
    };
  });

const personFields = {
  name: requiredText(200),
  locale: z.enum(locales, 'validation.choose'),
  jobRole: z.enum(jobRoles, 'validation.choose').nullable(),
  yearsInField: yearsField,
  yearsLeadership: yearsField,
  roles: z.array(grantSchema).max(20),
};

/** Creating a person: the body of POST /api/admin/people. */
export const createPersonSchema = z.object({ email: emailField, ...personFields });
export type CreatePersonInput = z.output<typeof createPersonSchema>;

/** Editing a person: the body of PATCH /api/admin/people/:id (roles are replaced as a whole). */
export const updatePersonSchema = z.object(personFields);
export type UpdatePersonInput = z.output<typeof updatePersonSchema>;

export interface GrantFormValue {
  /** Only for React's list keys; not sent. */
  key: string;
  role: Role | null;
  programme: string | null;
  organizationId: string | null;
}

export interface PersonFormValues {
  email: string;
  name: string;
  locale: string;
  jobRole: string | null;
  yearsInField: number | string;
  yearsLeadership: number | string;
  roles: GrantFormValue[];
}

let keyCounter = 0;
export const newGrantKey = () => `grant-${++keyCounter}`;

export function personFormValues(person?: Person, locale: Locale = 'nl'): PersonFormValues {
  return {
    email: person?.email ?? '',
    name: person?.name ?? '',
    locale: person?.locale ?? locale,
    jobRole: person?.jobRole ?? null,
    yearsInField: person?.yearsInField ?? '',
    yearsLeadership: person?.yearsLeadership ?? '',
    roles: (person?.roles ?? []).map((grant) => ({ key: newGrantKey(), ...grant })),
  };
}

export interface PeopleListParams {
  q?: string | undefined;
  role?: Role | undefined;
  page: number;
}

export const peopleKeys = {
  all: ['admin', 'people'] as const,
  list: (params: PeopleListParams) => [...peopleKeys.all, 'list', params] as const,
  detail: (id: string) => [...peopleKeys.all, 'detail', id] as const,
};

export const peopleQueryOptions = (params: PeopleListParams) =>
  queryOptions({
    queryKey: peopleKeys.list(params),
    queryFn: ({ signal }) =>
      api.get<Page<Person>>(
        '/api/admin/people',
        { q: params.q, role: params.role, page: params.page, pageSize: DEFAULT_PAGE_SIZE },
        signal,
      ),
    placeholderData: keepPreviousData,
  });

export const personQueryOptions = (id: string) =>
  queryOptions({
    queryKey: peopleKeys.detail(id),
    queryFn: ({ signal }) =>
      api.get<{ person: Person }>(`/api/admin/people/${encodeURIComponent(id)}`, undefined, signal),
    select: (data) => data.person,
  });

export const usePeople = (params: PeopleListParams) => useQuery(peopleQueryOptions(params));
export const usePerson = (id: string) => useQuery(personQueryOptions(id));

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreatePersonInput) =>
      api.post<{ person: Person }>('/api/admin/people', input).then((r) => r.person),
    onSuccess: (person) => {
      queryClient.setQueryData(peopleKeys.detail(person.id), { person });
      return queryClient.invalidateQueries({ queryKey: [...peopleKeys.all, 'list'] });
    },
  });
}

export function useUpdatePerson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdatePersonInput) =>
      api
        .patch<{ person: Person }>(`/api/admin/people/${encodeURIComponent(id)}`, input)
        .then((r) => r.person),
    onSuccess: (person) => {
      queryClient.setQueryData(peopleKeys.detail(id), { person });
      // Roles decide what someone may see; if this was me, my own view changes too.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: [...peopleKeys.all, 'list'] }),
        queryClient.invalidateQueries({ queryKey: meQueryKey }),
      ]);
    },
  });
}

// Organisations to pick for a coordinator role. Kept here rather than imported from the
// organisations feature, so features stay independent of each other.

export interface OrganizationOption {
  id: string;
  name: string;
  city: string | null;
}

export const organizationOptionsQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['admin', 'organization-options', q],
    queryFn: ({ signal }) =>
      api.get<Page<OrganizationOption>>('/api/admin/organizations', { q, page: 1, pageSize: 20 }, signal),
    select: (data) => data.items,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

export const organizationNameQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['admin', 'organizations', 'detail', id],
    queryFn: ({ signal }) =>
      api.get<{ organization: OrganizationOption }>(
        `/api/admin/organizations/${encodeURIComponent(id)}`,
        undefined,
        signal,
      ),
    select: (data) => data.organization,
    staleTime: 60_000,
  });
