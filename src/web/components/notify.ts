import { notifications } from '@mantine/notifications';
import { i18n } from '../i18n/i18n.ts';

// Notifications render with role="alert", so screen readers read them out as they appear.

const closeButtonProps = () => ({ 'aria-label': i18n.t('common.close') });

export function notifySuccess(message: string): void {
  notifications.show({ message, color: 'teal', autoClose: 5000, closeButtonProps: closeButtonProps() });
}

export function notifyError(message: string): void {
  notifications.show({ message, color: 'red', autoClose: 8000, closeButtonProps: closeButtonProps() });
}
