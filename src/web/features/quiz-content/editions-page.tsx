import { Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { IconCopy, IconPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../components/notify.ts';
import { usePageTitle } from '../../components/page-title.ts';
import { QueryState } from '../../components/query-state.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { TableFrame } from '../../components/table-frame.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { formatDate } from '../../lib/format.ts';
import { useMe } from '../../lib/session.ts';
import { isQuizStaff } from './access.ts';
import { useCopyEdition, useCreateEdition, useEditions } from './editions-api.ts';
import { EditionStatusBadge } from './status-badge.tsx';
import type { EditionSummary } from './types.ts';
import { YearNameForm } from './year-name-form.tsx';

/** Quizbeheer's start page: the editions, newest first; staff create one or copy one to a new year. */
export function EditionsPage() {
  const { t } = useTranslation();
  const editions = useEditions();
  const me = useMe();
  const staff = isQuizStaff(me.data);
  const [creating, setCreating] = useState(false);
  const [copying, setCopying] = useState<EditionSummary | null>(null);
  const locale = currentLocale();
  usePageTitle(t('quizContent.editions.title'));

  const nextYear = Math.max(new Date().getFullYear(), ...(editions.data ?? []).map((e) => e.year)) + 1;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t('quizContent.editions.title')}</Title>
          <Text maw={720}>{t('quizContent.editions.intro')}</Text>
        </Stack>
        {staff && (
          <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setCreating(true)}>
            {t('quizContent.editions.new')}
          </Button>
        )}
      </Group>

      <QueryState query={editions}>
        {(items) =>
          items.length === 0 ? (
            <Text>{staff ? t('quizContent.editions.empty') : t('quizContent.editions.emptyExpert')}</Text>
          ) : (
            <TableFrame caption={t('quizContent.editions.caption')} minWidth={720}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('quizContent.editions.columns.year')}</Table.Th>
                  <Table.Th scope="col">{t('quizContent.editions.columns.name')}</Table.Th>
                  <Table.Th scope="col">{t('quizContent.editions.columns.status')}</Table.Th>
                  <Table.Th scope="col">{t('quizContent.editions.columns.eventDate')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('quizContent.editions.columns.questions')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('quizContent.editions.columns.approved')}
                  </Table.Th>
                  {staff && <Table.Th scope="col">{t('quizContent.editions.columns.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((edition) => (
                  <Table.Tr key={edition.id}>
                    <Table.Td>{edition.year}</Table.Td>
                    <Table.Th scope="row" fw={500}>
                      <AnchorLink
                        to={staff ? '/quiz/manage/$editionId' : '/quiz/manage/$editionId/questions'}
                        params={{ editionId: edition.id }}
                      >
                        {edition.name}
                      </AnchorLink>
                    </Table.Th>
                    <Table.Td>
                      <EditionStatusBadge status={edition.status} />
                    </Table.Td>
                    <Table.Td>{formatDate(edition.eventDate, locale) || t('common.none')}</Table.Td>
                    <Table.Td ta="right">{edition.questionCount}</Table.Td>
                    <Table.Td ta="right">{edition.approvedCount}</Table.Td>
                    {staff && (
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="light"
                          leftSection={<IconCopy size={14} aria-hidden="true" />}
                          aria-label={t('quizContent.editions.copyLabel', { name: edition.name })}
                          onClick={() => setCopying(edition)}
                        >
                          {t('quizContent.editions.copy')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </TableFrame>
          )
        }
      </QueryState>

      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('quizContent.editions.createTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {creating && <CreateEditionForm year={nextYear} onDone={() => setCreating(false)} />}
      </Modal>

      <Modal
        opened={copying !== null}
        onClose={() => setCopying(null)}
        title={t('quizContent.editions.copyTitle', { name: copying?.name ?? '' })}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {copying && <CopyEditionForm source={copying} year={nextYear} onDone={() => setCopying(null)} />}
      </Modal>
    </Stack>
  );
}

function CreateEditionForm({ year, onDone }: { year: number; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateEdition();
  const navigate = useNavigate();
  return (
    <YearNameForm
      initialValues={{ year, name: `Klantcontactquiz ${year}` }}
      submitLabel={t('common.create')}
      onCancel={onDone}
      onSubmit={async (values) => {
        const edition = await create.mutateAsync(values);
        onDone();
        notifySuccess(t('quizContent.editions.created', { name: edition.name }));
        await navigate({ to: '/quiz/manage/$editionId', params: { editionId: edition.id } });
      }}
    />
  );
}

function CopyEditionForm({
  source,
  year,
  onDone,
}: {
  source: EditionSummary;
  year: number;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const copy = useCopyEdition(source.id);
  const navigate = useNavigate();
  const name = source.name.includes(String(source.year))
    ? source.name.replace(String(source.year), String(year))
    : `Klantcontactquiz ${year}`;
  return (
    <YearNameForm
      initialValues={{ year, name }}
      intro={t('quizContent.editions.copyIntro')}
      submitLabel={t('quizContent.editions.copySubmit')}
      onCancel={onDone}
      onSubmit={async (values) => {
        const edition = await copy.mutateAsync(values);
        onDone();
        notifySuccess(t('quizContent.editions.copied', { name: edition.name }));
        await navigate({ to: '/quiz/manage/$editionId', params: { editionId: edition.id } });
      }}
    />
  );
}
