import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import {
  IconArchive,
  IconArchiveOff,
  IconArrowDown,
  IconArrowUp,
  IconPencil,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { LiveStatus } from '../../components/live-status.tsx';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import { TableFrame } from '../../components/table-frame.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import {
  titleOf,
  useAddObjective,
  useAddTheme,
  useCoverage,
  useDeleteStructure,
  useReorder,
  useUpdateObjective,
  useUpdateTheme,
} from './editions-api.ts';
import { describeQuizError } from './errors.ts';
import { moveItem } from './question-form.ts';
import { ObjectiveForm, ThemeForm } from './structure-forms.tsx';
import type { Edition, Objective, Theme } from './types.ts';

type Dialog =
  | { kind: 'addTheme' }
  | { kind: 'editTheme'; theme: Theme }
  | { kind: 'addObjective'; theme: Theme }
  | { kind: 'editObjective'; objective: Objective };

interface Removal {
  kind: 'theme' | 'objective';
  id: string;
  title: string;
}

const moveButtonId = (id: string, direction: 'up' | 'down') => `move-${direction}-${id}`;

/**
 * Keeps keyboard focus on the moved item after the list re-renders: on the same button, or
 * on the other one when the item reached the top or bottom (its button is then disabled).
 */
function focusMoveButton(id: string, direction: 'up' | 'down') {
  const attempt = () => {
    const same = document.getElementById(moveButtonId(id, direction)) as HTMLButtonElement | null;
    const other = document.getElementById(moveButtonId(id, direction === 'up' ? 'down' : 'up'));
    (same && !same.disabled ? same : other)?.focus();
  };
  requestAnimationFrame(attempt);
}

/**
 * Themes and their learning objectives: add, edit, reorder with up/down buttons, retire or
 * restore, and delete what nothing depends on. Read-only for experts.
 */
export function StructureEditor({ edition, canChange }: { edition: Edition; canChange: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [removal, setRemoval] = useState<Removal | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const coverage = useCoverage(edition.id);
  const addTheme = useAddTheme(edition.id);
  const updateTheme = useUpdateTheme(edition.id);
  const addObjective = useAddObjective(edition.id);
  const updateObjective = useUpdateObjective(edition.id);
  const reorder = useReorder(edition.id);
  const remove = useDeleteStructure(edition.id);
  const themes = [...edition.themes].sort((a, b) => a.position - b.position);

  /** Objectives with questions cannot be deleted; coverage counts draft, in-review and approved ones. */
  const questionCount = (objectiveId: string): number | null => {
    if (!coverage.data) return null;
    for (const theme of coverage.data.themes) {
      const found = theme.objectives.find((o) => o.id === objectiveId);
      if (found) {
        const { approved, inProgress } = found;
        return (
          approved.core +
          approved.manager +
          approved.practice +
          inProgress.core +
          inProgress.manager +
          inProgress.practice
        );
      }
    }
    return null;
  };

  const move = async (
    kind: 'themes' | 'objectives',
    list: { id: string; titleNl: string; titleEn: string }[],
    index: number,
    delta: number,
  ) => {
    const item = list[index]!;
    const ids = moveItem(list, index, delta).map((x) => x.id);
    try {
      await reorder.mutateAsync({ kind, ids });
      focusMoveButton(item.id, delta < 0 ? 'up' : 'down');
      setAnnouncement(
        t('quizContent.structure.moved', {
          title: titleOf(item, locale),
          position: ids.indexOf(item.id) + 1,
          count: ids.length,
        }),
      );
    } catch (error) {
      notifyError(describeQuizError(error, i18n));
    }
  };

  const setRetired = async (kind: 'theme' | 'objective', item: Theme | Objective, retired: boolean) => {
    try {
      if (kind === 'theme') await updateTheme.mutateAsync({ themeId: item.id, retired });
      else await updateObjective.mutateAsync({ objectiveId: item.id, retired });
      const title = titleOf(item, locale);
      notifySuccess(
        retired
          ? t('quizContent.structure.retiredDone', { title })
          : t('quizContent.structure.restoredDone', { title }),
      );
    } catch (error) {
      notifyError(describeQuizError(error, i18n));
    }
  };

  const confirmRemoval = () => {
    if (!removal) return;
    remove.mutate(
      { kind: removal.kind, itemId: removal.id },
      {
        onSuccess: () => notifySuccess(t('quizContent.structure.deleted', { title: removal.title })),
        onError: (error) => notifyError(describeQuizError(error, i18n)),
        onSettled: () => setRemoval(null),
      },
    );
  };

  const close = () => setDialog(null);

  return (
    <Stack gap="md" component="section" aria-labelledby="structure-title">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={3} id="structure-title">
            {t('quizContent.structure.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t('quizContent.structure.intro')}
          </Text>
        </div>
        {canChange && (
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden="true" />}
            onClick={() => setDialog({ kind: 'addTheme' })}
          >
            {t('quizContent.structure.addTheme')}
          </Button>
        )}
      </Group>
      <LiveStatus message={announcement} />

      {themes.length === 0 && <Text>{t('quizContent.structure.empty')}</Text>}

      {themes.map((theme, themeIndex) => {
        const title = titleOf(theme, locale);
        const objectives = [...theme.objectives].sort((a, b) => a.position - b.position);
        return (
          <Card key={theme.id} withBorder padding="md" opacity={theme.retired ? 0.75 : 1}>
            <Stack gap="sm">
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                <div>
                  <Group gap="xs">
                    <Title order={4}>{title}</Title>
                    {theme.retired && (
                      <Badge color="dark" variant="light" tt="none">
                        {t('quizContent.structure.retired')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm" c="dimmed" lang={locale === 'en' ? 'nl' : 'en'}>
                    {locale === 'en' ? theme.titleNl : theme.titleEn}
                  </Text>
                  {(locale === 'en' ? theme.descriptionEn : theme.descriptionNl) && (
                    <Text size="sm" mt={4}>
                      {locale === 'en' ? theme.descriptionEn : theme.descriptionNl}
                    </Text>
                  )}
                </div>
                {canChange && (
                  <Group gap={4}>
                    <MoveButtons
                      id={theme.id}
                      title={title}
                      index={themeIndex}
                      count={themes.length}
                      busy={reorder.isPending}
                      onMove={(delta) => void move('themes', themes, themeIndex, delta)}
                    />
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('quizContent.structure.editTheme', { title })}
                      onClick={() => setDialog({ kind: 'editTheme', theme })}
                    >
                      <IconPencil size={18} aria-hidden="true" />
                    </ActionIcon>
                    <RetireButton
                      title={title}
                      retired={theme.retired}
                      onToggle={() => void setRetired('theme', theme, !theme.retired)}
                    />
                    {objectives.length === 0 && (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('quizContent.structure.deleteLabel', { title })}
                        onClick={() => setRemoval({ kind: 'theme', id: theme.id, title })}
                      >
                        <IconTrash size={18} aria-hidden="true" />
                      </ActionIcon>
                    )}
                  </Group>
                )}
              </Group>

              {objectives.length === 0 ? (
                <Text size="sm">{t('quizContent.structure.noObjectives')}</Text>
              ) : (
                <TableFrame
                  caption={t('quizContent.structure.objectivesCaption', { theme: title })}
                  minWidth={640}
                >
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('quizContent.structure.columns.objective')}</Table.Th>
                      <Table.Th scope="col">{t('quizContent.structure.columns.targets')}</Table.Th>
                      {canChange && (
                        <Table.Th scope="col">
                          <VisuallyHidden>{t('quizContent.structure.columns.actions')}</VisuallyHidden>
                        </Table.Th>
                      )}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {objectives.map((objective, index) => {
                      const objectiveTitle = titleOf(objective, locale);
                      const used = questionCount(objective.id);
                      return (
                        <Table.Tr key={objective.id} opacity={objective.retired ? 0.7 : 1}>
                          <Table.Th scope="row" fw={500}>
                            <Group gap="xs">
                              <span>{objectiveTitle}</span>
                              {objective.retired && (
                                <Badge color="dark" variant="light" tt="none" size="sm">
                                  {t('quizContent.structure.retired')}
                                </Badge>
                              )}
                            </Group>
                            {(locale === 'en' ? objective.descriptionEn : objective.descriptionNl) && (
                              <Text size="xs" c="dimmed" fw={400}>
                                {locale === 'en' ? objective.descriptionEn : objective.descriptionNl}
                              </Text>
                            )}
                          </Table.Th>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>
                            {objective.targetCore} / {objective.targetManager} / {objective.targetPractice}
                          </Table.Td>
                          {canChange && (
                            <Table.Td>
                              <Group gap={4} wrap="nowrap" justify="flex-end">
                                <MoveButtons
                                  id={objective.id}
                                  title={objectiveTitle}
                                  index={index}
                                  count={objectives.length}
                                  busy={reorder.isPending}
                                  onMove={(delta) => void move('objectives', objectives, index, delta)}
                                />
                                <ActionIcon
                                  variant="subtle"
                                  aria-label={t('quizContent.structure.editObjective', {
                                    title: objectiveTitle,
                                  })}
                                  onClick={() => setDialog({ kind: 'editObjective', objective })}
                                >
                                  <IconPencil size={18} aria-hidden="true" />
                                </ActionIcon>
                                <RetireButton
                                  title={objectiveTitle}
                                  retired={objective.retired}
                                  onToggle={() => void setRetired('objective', objective, !objective.retired)}
                                />
                                {used === 0 && (
                                  <ActionIcon
                                    variant="subtle"
                                    color="red"
                                    aria-label={t('quizContent.structure.deleteLabel', {
                                      title: objectiveTitle,
                                    })}
                                    onClick={() =>
                                      setRemoval({
                                        kind: 'objective',
                                        id: objective.id,
                                        title: objectiveTitle,
                                      })
                                    }
                                  >
                                    <IconTrash size={18} aria-hidden="true" />
                                  </ActionIcon>
                                )}
                              </Group>
                            </Table.Td>
                          )}
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </TableFrame>
              )}
              {canChange && !theme.retired && (
                <div>
                  <Button
                    size="xs"
                    variant="subtle"
                    leftSection={<IconPlus size={14} aria-hidden="true" />}
                    aria-label={t('quizContent.structure.addObjectiveTo', { theme: title })}
                    onClick={() => setDialog({ kind: 'addObjective', theme })}
                  >
                    {t('quizContent.structure.addObjective')}
                  </Button>
                </div>
              )}
            </Stack>
          </Card>
        );
      })}

      <Modal
        opened={dialog !== null}
        onClose={close}
        size="lg"
        title={
          dialog?.kind === 'addTheme'
            ? t('quizContent.structure.addThemeTitle')
            : dialog?.kind === 'editTheme'
              ? t('quizContent.structure.editThemeTitle')
              : dialog?.kind === 'addObjective'
                ? t('quizContent.structure.addObjectiveTitle')
                : t('quizContent.structure.editObjectiveTitle')
        }
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {dialog?.kind === 'addTheme' && (
          <ThemeForm
            submitLabel={t('common.create')}
            onCancel={close}
            onSubmit={async (values) => {
              await addTheme.mutateAsync(values);
              close();
              notifySuccess(t('quizContent.structure.themeAdded', { title: values.titleNl }));
            }}
          />
        )}
        {dialog?.kind === 'editTheme' && (
          <ThemeForm
            theme={dialog.theme}
            submitLabel={t('common.save')}
            onCancel={close}
            onSubmit={async (values) => {
              await updateTheme.mutateAsync({ themeId: dialog.theme.id, ...values });
              close();
              notifySuccess(t('common.saved'));
            }}
          />
        )}
        {(dialog?.kind === 'addObjective' || dialog?.kind === 'editObjective') && (
          <ObjectiveForm
            objective={dialog.kind === 'editObjective' ? dialog.objective : undefined}
            themes={themes.filter((theme) => !theme.retired)}
            themeId={dialog.kind === 'addObjective' ? dialog.theme.id : dialog.objective.themeId}
            submitLabel={dialog.kind === 'addObjective' ? t('common.create') : t('common.save')}
            onCancel={close}
            onSubmit={async (values) => {
              if (dialog.kind === 'addObjective') {
                await addObjective.mutateAsync(values);
                notifySuccess(t('quizContent.structure.objectiveAdded', { title: values.titleNl }));
              } else {
                await updateObjective.mutateAsync({ objectiveId: dialog.objective.id, ...values });
                notifySuccess(t('common.saved'));
              }
              close();
            }}
          />
        )}
      </Modal>

      <ConfirmDialog
        opened={removal !== null}
        title={t('quizContent.structure.confirmDeleteTitle')}
        message={t('quizContent.structure.confirmDeleteText', { title: removal?.title ?? '' })}
        confirmLabel={t('quizContent.structure.delete')}
        loading={remove.isPending}
        onConfirm={confirmRemoval}
        onCancel={() => setRemoval(null)}
      />
    </Stack>
  );
}

interface MoveButtonsProps {
  id: string;
  title: string;
  index: number;
  count: number;
  busy: boolean;
  onMove: (delta: number) => void;
}

/** Up and down, each a real button with a spoken name; disabled at the ends. */
function MoveButtons({ id, title, index, count, busy, onMove }: MoveButtonsProps) {
  const { t } = useTranslation();
  return (
    <>
      <ActionIcon
        id={moveButtonId(id, 'up')}
        variant="subtle"
        disabled={index === 0}
        aria-label={t('quizContent.structure.moveUp', { title })}
        onClick={() => !busy && onMove(-1)}
      >
        <IconArrowUp size={18} aria-hidden="true" />
      </ActionIcon>
      <ActionIcon
        id={moveButtonId(id, 'down')}
        variant="subtle"
        disabled={index === count - 1}
        aria-label={t('quizContent.structure.moveDown', { title })}
        onClick={() => !busy && onMove(1)}
      >
        <IconArrowDown size={18} aria-hidden="true" />
      </ActionIcon>
    </>
  );
}

function RetireButton({
  title,
  retired,
  onToggle,
}: {
  title: string;
  retired: boolean;
  onToggle: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ActionIcon
      variant="subtle"
      color={retired ? 'teal' : 'gray'}
      aria-label={
        retired
          ? t('quizContent.structure.restoreLabel', { title })
          : t('quizContent.structure.retireLabel', { title })
      }
      onClick={onToggle}
    >
      {retired ? (
        <IconArchiveOff size={18} aria-hidden="true" />
      ) : (
        <IconArchive size={18} aria-hidden="true" />
      )}
    </ActionIcon>
  );
}
