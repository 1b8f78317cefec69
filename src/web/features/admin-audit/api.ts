import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, DEFAULT_PAGE_SIZE, type Page } from '../../lib/api.ts';

export interface AuditEntry {
  id: number | string;
  at: string;
  actor: { id: string; email: string } | null;
  action: string;
  entityType: string;
  entityId: string | null;
  details: Record<string, unknown> | null;
}

export interface AuditListParams {
  q?: string | undefined;
  page: number;
}

export const auditQueryOptions = (params: AuditListParams) =>
  queryOptions({
    queryKey: ['admin', 'audit', params],
    queryFn: ({ signal }) =>
      api.get<Page<AuditEntry>>(
        '/api/admin/audit',
        { q: params.q, page: params.page, pageSize: DEFAULT_PAGE_SIZE },
        signal,
      ),
    placeholderData: keepPreviousData,
  });

export const useAudit = (params: AuditListParams) => useQuery(auditQueryOptions(params));
