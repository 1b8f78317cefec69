import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { MailMessage } from '../../components/mail-message.tsx';
import type { MailSummary } from '../../components/mail-table.tsx';
import { api, DEFAULT_PAGE_SIZE, type Page } from '../../lib/api.ts';

export const outboxQueryOptions = (page: number) =>
  queryOptions({
    queryKey: ['admin', 'outbox', 'list', page],
    queryFn: ({ signal }) =>
      api.get<Page<MailSummary>>('/api/admin/outbox', { page, pageSize: DEFAULT_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });

export const outboxMessageQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['admin', 'outbox', 'message', id],
    queryFn: ({ signal }) =>
      api.get<{ message: MailMessage }>(`/api/admin/outbox/${encodeURIComponent(id)}`, undefined, signal),
    select: (data) => data.message,
  });

export const useOutbox = (page: number) => useQuery(outboxQueryOptions(page));
export const useOutboxMessage = (id: string) => useQuery(outboxMessageQueryOptions(id));
