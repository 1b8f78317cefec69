import { Button, Card, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import { useUpdateEdition } from './editions-api.ts';
import { describeQuizError } from './errors.ts';
import { type Edition, type EditionStatus, editionStatuses } from './types.ts';

/**
 * Where the edition stands (concept → inschrijving → oefenen → quizdag → uitslag → archief)
 * and, for staff, one step forward or back, after a confirmation.
 */
export function EditionStatusSection({ edition, canChange }: { edition: Edition; canChange: boolean }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateEdition(edition.id);
  const [target, setTarget] = useState<EditionStatus | null>(null);
  const index = editionStatuses.indexOf(edition.status);
  const previous = editionStatuses[index - 1];
  const next = editionStatuses[index + 1];
  const label = (status: EditionStatus) => t(`quizContent.statuses.${status}`);

  const confirm = () => {
    if (!target) return;
    update.mutate(
      { status: target },
      {
        onSuccess: () => notifySuccess(t('quizContent.settings.statusChanged', { status: label(target) })),
        onError: (error) => notifyError(describeQuizError(error, i18n)),
        onSettled: () => setTarget(null),
      },
    );
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="edition-status-title">
      <Stack gap="md">
        <div>
          <Title order={3} id="edition-status-title">
            {t('quizContent.settings.statusTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('quizContent.settings.statusIntro')}
          </Text>
        </div>
        <List
          aria-label={t('quizContent.settings.statusSteps')}
          type="ordered"
          listStyleType="none"
          spacing={6}
          styles={{ root: { display: 'flex', flexWrap: 'wrap', gap: 'var(--mantine-spacing-xs)' } }}
        >
          {editionStatuses.map((status, i) => (
            <List.Item
              key={status}
              aria-current={i === index ? 'step' : undefined}
              icon={
                <ThemeIcon
                  size={22}
                  radius="xl"
                  color={i < index ? 'teal' : i === index ? 'blue' : 'gray'}
                  variant={i === index ? 'filled' : 'light'}
                  aria-hidden="true"
                >
                  {i < index ? <IconCheck size={14} /> : <Text size="xs">{i + 1}</Text>}
                </ThemeIcon>
              }
              fw={i === index ? 700 : 400}
              pr="sm"
            >
              {label(status)}
            </List.Item>
          ))}
        </List>
        <Text fw={600}>{t('quizContent.settings.currentStatus', { status: label(edition.status) })}</Text>
        {canChange && (
          <Group gap="sm">
            {previous && (
              <Button
                variant="default"
                leftSection={<IconArrowLeft size={16} aria-hidden="true" />}
                onClick={() => setTarget(previous)}
              >
                {t('quizContent.settings.stepBack', { status: label(previous) })}
              </Button>
            )}
            {next && (
              <Button
                rightSection={<IconArrowRight size={16} aria-hidden="true" />}
                onClick={() => setTarget(next)}
              >
                {t('quizContent.settings.stepForward', { status: label(next) })}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      <ConfirmDialog
        opened={target !== null}
        title={t('quizContent.settings.confirmStatusTitle')}
        message={t('quizContent.settings.confirmStatusText', {
          from: label(edition.status),
          to: target ? label(target) : '',
        })}
        confirmLabel={t('quizContent.settings.confirmStatus')}
        loading={update.isPending}
        onConfirm={confirm}
        onCancel={() => setTarget(null)}
      />
    </Card>
  );
}
