import type { NotificationData } from '@mantine/notifications';
import { i18n } from '../i18n/i18n.ts';

// Notifications render with role="alert", so screen readers read them out as they appear.
// Mantine's notifications are loaded with the first one (about 5 kB the first page, such as
// a phone's play page, does not wait for); <LazyNotifications> in app.tsx mounts the list then.

const closeButtonProps = () => ({ 'aria-label': i18n.t('common.close') });

let wanted = false;
const listeners = new Set<() => void>();

/** Subscribes to "the first notification was asked for" (for useSyncExternalStore). */
export function subscribeNotificationsWanted(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True once anything was notified: from then on the notification list is mounted. */
export const notificationsWanted = (): boolean => wanted;

function show(data: NotificationData): void {
  if (!wanted) {
    wanted = true;
    for (const listener of listeners) listener();
  }
  void import('@mantine/notifications').then(({ notifications }) => notifications.show(data));
}

export function notifySuccess(message: string): void {
  show({ message, color: 'teal', autoClose: 5000, closeButtonProps: closeButtonProps() });
}

export function notifyError(message: string): void {
  show({ message, color: 'red', autoClose: 8000, closeButtonProps: closeButtonProps() });
}
