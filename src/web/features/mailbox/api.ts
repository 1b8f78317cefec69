import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { MailMessage } from '../../components/mail-message.tsx';
import { api, DEFAULT_PAGE_SIZE, type Page } from '../../lib/api.ts';

export interface MailboxItem {
  id: string;
  to: string;
  subject: string;
  status?: 'queued' | 'sent' | 'failed';
  createdAt: string;
}

export const mailboxQueryOptions = (page: number) =>
  queryOptions({
    queryKey: ['mailbox', 'list', page],
    queryFn: ({ signal }) =>
      api.get<Page<MailboxItem>>('/api/dev/mailbox', { page, pageSize: DEFAULT_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
    // Mail is sent by a background job; keep looking while the page is open.
    refetchInterval: 5000,
  });

export const mailboxMessageQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['mailbox', 'message', id],
    queryFn: ({ signal }) =>
      api.get<{ message: MailMessage }>(`/api/dev/mailbox/${encodeURIComponent(id)}`, undefined, signal),
    select: (data) => data.message,
  });

/** `enabled` is false when the server has no demo mailbox (real mail is sent). */
export const useMailbox = (page: number, enabled: boolean) =>
  useQuery({ ...mailboxQueryOptions(page), enabled });
export const useMailboxMessage = (id: string, enabled: boolean) =>
  useQuery({ ...mailboxMessageQueryOptions(id), enabled });
