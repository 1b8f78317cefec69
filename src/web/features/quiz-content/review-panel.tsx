import {
  Badge,
  Button,
  Card,
  Group,
  List,
  Modal,
  Stack,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconCheck, IconRestore, IconSend } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import { currentLocale } from '../../i18n/i18n.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useMe } from '../../lib/session.ts';
import { AnchoredComments } from './comments.tsx';
import { describeQuizError } from './errors.ts';
import { useQuestionAction, type WorkflowAction } from './questions-api.ts';
import { QuestionStatusBadge } from './status-badge.tsx';
import type { QuestionDetail } from './types.ts';

interface ReviewPanelProps {
  question: QuestionDetail;
  /** The editor has unsaved changes: workflow steps apply to the saved version, so save first. */
  dirty: boolean;
}

/**
 * The review side of a question: status, the workflow buttons (with the reason when one is
 * not available, such as four eyes), comments on the whole question, versions and history.
 */
export function ReviewPanel({ question, dirty }: ReviewPanelProps) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const action = useQuestionAction(question.id);
  const [sendingBack, setSendingBack] = useState(false);
  const [retiring, setRetiring] = useState(false);
  const approveReasonId = useId();
  const submitReasonId = useId();
  const locale = currentLocale();
  const editor = question.current.editedBy;
  const lastEditorIsMe = !!editor && editor.id === me.data?.id;
  const inReview = question.status === 'in_review';
  const canWrite = question.can.edit || question.can.retire;

  const run = (name: WorkflowAction, success: string, note?: string) =>
    action.mutateAsync({ action: name, note }).then(
      () => notifySuccess(success),
      (error: unknown) => {
        notifyError(describeQuizError(error, i18n));
        throw error;
      },
    );

  const approveReason = !inReview
    ? null
    : lastEditorIsMe
      ? t('quizContent.review.whyDisabled.fourEyes')
      : dirty
        ? t('quizContent.review.whyDisabled.unsaved')
        : !question.can.approve
          ? t('quizContent.review.whyDisabled.fourEyes')
          : null;
  const submitReason = question.can.submit && dirty ? t('quizContent.review.whyDisabled.unsaved') : null;

  return (
    <Stack gap="md">
      <Card withBorder padding="md" component="section" aria-labelledby="review-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="review-title">
            {t('quizContent.review.title')}
          </Title>
          <Group gap="xs">
            <QuestionStatusBadge
              status={question.status}
              pendingRevision={question.approved !== null && question.approved.id !== question.current.id}
            />
            <Text size="sm">{t('quizContent.review.version', { version: question.current.version })}</Text>
          </Group>
          {editor && (
            <Text size="sm" c="dimmed">
              {t('quizContent.review.lastEditedBy', { name: editor.name })}
            </Text>
          )}

          {question.can.submit && (
            <Stack gap={4}>
              <Button
                leftSection={<IconSend size={16} aria-hidden="true" />}
                disabled={dirty}
                aria-describedby={submitReason ? submitReasonId : undefined}
                loading={action.isPending && action.variables?.action === 'submit'}
                onClick={() => void run('submit', t('quizContent.review.submitted')).catch(() => {})}
              >
                {t('quizContent.review.submit')}
              </Button>
              {submitReason && (
                <Text size="sm" c="dimmed" id={submitReasonId}>
                  {submitReason}
                </Text>
              )}
            </Stack>
          )}

          {inReview && (
            <Stack gap={4}>
              <Group gap="xs" grow>
                <Button
                  color="teal"
                  leftSection={<IconCheck size={16} aria-hidden="true" />}
                  disabled={approveReason !== null}
                  aria-describedby={approveReason ? approveReasonId : undefined}
                  loading={action.isPending && action.variables?.action === 'approve'}
                  onClick={() => void run('approve', t('quizContent.review.approved')).catch(() => {})}
                >
                  {t('quizContent.review.approve')}
                </Button>
                {canWrite && (
                  <Button
                    variant="default"
                    leftSection={<IconArrowBackUp size={16} aria-hidden="true" />}
                    onClick={() => setSendingBack(true)}
                  >
                    {t('quizContent.review.sendBack')}
                  </Button>
                )}
              </Group>
              {approveReason && (
                <Text size="sm" c="dimmed" id={approveReasonId} data-testid="approve-reason">
                  {approveReason}
                </Text>
              )}
            </Stack>
          )}

          {question.can.retire && (
            <Button
              variant="subtle"
              color="gray"
              leftSection={<IconArchive size={16} aria-hidden="true" />}
              onClick={() => setRetiring(true)}
            >
              {t('quizContent.review.retire')}
            </Button>
          )}
          {question.status === 'retired' && (
            <Button
              variant="light"
              leftSection={<IconRestore size={16} aria-hidden="true" />}
              loading={action.isPending && action.variables?.action === 'restore'}
              onClick={() => void run('restore', t('quizContent.review.restored')).catch(() => {})}
            >
              {t('quizContent.review.restore')}
            </Button>
          )}
        </Stack>
      </Card>

      <Card withBorder padding="md" component="section" aria-labelledby="general-comments-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="general-comments-title">
            {t('quizContent.comments.general')}
          </Title>
          {question.comments.every((c) => c.anchor !== null) && (
            <Text size="sm" c="dimmed">
              {t('quizContent.comments.none')}
            </Text>
          )}
          <AnchoredComments question={question} anchor={null} canComment={canWrite} />
        </Stack>
      </Card>

      <Card withBorder padding="md" component="section" aria-labelledby="versions-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="versions-title">
            {t('quizContent.review.versionsTitle')}
          </Title>
          <List spacing={6} listStyleType="none">
            {question.versions.map((version) => (
              <List.Item key={version.id}>
                <Group gap={6}>
                  <Text size="sm" fw={600}>
                    {t('quizContent.review.versionItem', { version: version.version })}
                  </Text>
                  {version.id === question.current.id && (
                    <Badge size="sm" variant="light" tt="none">
                      {t('quizContent.review.current')}
                    </Badge>
                  )}
                  {version.id === question.approved?.id && (
                    <Badge size="sm" variant="light" color="teal" tt="none">
                      {t('quizContent.review.live')}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {t('quizContent.review.versionBy', {
                    name: version.editedBy?.name ?? t('quizContent.review.system'),
                    date: formatDateTime(version.createdAt, locale),
                  })}
                </Text>
              </List.Item>
            ))}
          </List>
        </Stack>
      </Card>

      <Card withBorder padding="md" component="section" aria-labelledby="history-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="history-title">
            {t('quizContent.review.historyTitle')}
          </Title>
          <Timeline bulletSize={12} lineWidth={2}>
            {[...question.history].reverse().map((event) => (
              <Timeline.Item
                key={`${event.createdAt}-${event.action}-${event.version ?? ''}`}
                title={
                  <Text size="sm" fw={600}>
                    {t('quizContent.review.historyEntry', {
                      action: t(`quizContent.review.actions.${event.action}`),
                      name: event.actor?.name ?? t('quizContent.review.system'),
                    })}
                  </Text>
                }
              >
                <Text size="xs" c="dimmed">
                  {formatDateTime(event.createdAt, locale)}
                  {event.version !== null &&
                    ` · ${t('quizContent.review.historyVersion', { version: event.version })}`}
                </Text>
                {event.note && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {event.note}
                  </Text>
                )}
              </Timeline.Item>
            ))}
          </Timeline>
        </Stack>
      </Card>

      <SendBackDialog
        opened={sendingBack}
        loading={action.isPending}
        onCancel={() => setSendingBack(false)}
        onSend={(note) =>
          run('return', t('quizContent.review.sentBack'), note).then(() => setSendingBack(false))
        }
      />
      <ConfirmDialog
        opened={retiring}
        title={t('quizContent.review.retireTitle')}
        message={t('quizContent.review.retireText')}
        confirmLabel={t('quizContent.review.retire')}
        loading={action.isPending}
        onConfirm={() =>
          void run('retire', t('quizContent.review.retiredDone'))
            .catch(() => {})
            .finally(() => setRetiring(false))
        }
        onCancel={() => setRetiring(false)}
      />
    </Stack>
  );
}

function SendBackDialog({
  opened,
  loading,
  onCancel,
  onSend,
}: {
  opened: boolean;
  loading: boolean;
  onCancel: () => void;
  onSend: (note: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const send = () => {
    if (note.trim() === '') {
      setError(t('validation.required'));
      return;
    }
    onSend(note.trim()).then(
      () => setNote(''),
      () => {},
    );
  };
  return (
    <Modal
      opened={opened}
      onClose={onCancel}
      title={t('quizContent.review.sendBackTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Textarea
          label={t('quizContent.review.sendBackNote')}
          description={t('quizContent.review.sendBackHelp')}
          autosize
          minRows={3}
          required
          data-autofocus
          value={note}
          error={error}
          onChange={(event) => {
            setNote(event.currentTarget.value);
            setError(null);
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button loading={loading} onClick={send}>
            {t('quizContent.review.sendBack')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
