import { Button, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconFilterOff, IconPlus } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../components/live-status.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { PaginationBar } from '../../components/pagination-bar.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { AnchorLink, ButtonLink } from '../../components/router-links.tsx';
import { SearchBox } from '../../components/search-box.tsx';
import { TableFrame } from '../../components/table-frame.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { DEFAULT_PAGE_SIZE } from '../../lib/api.ts';
import { formatDate } from '../../lib/format.ts';
import { useMe } from '../../lib/session.ts';
import { titleOf, useEdition } from './editions-api.ts';
import { parseMarkdown, plainTextOf } from './markdown.ts';
import { useQuestions } from './questions-api.ts';
import { hasQuestionFilters, type QuestionSearch } from './search.ts';
import { QuestionStatusBadge } from './status-badge.tsx';
import {
  type Edition,
  type QuestionSummary,
  questionPools,
  questionStatuses,
  questionTypes,
} from './types.ts';

const route = getRouteApi('/quiz/manage/$editionId/questions');

/** The list shows text, not mark-up: `**boze** klant` reads as "boze klant". */
const summaryOf = (question: QuestionSummary) => plainTextOf(parseMarkdown(question.stem));

/** The question bank of an edition: search, filter by theme, objective, pool, type, status and author. */
export function QuestionsPage() {
  const { t } = useTranslation();
  const { editionId } = route.useParams();
  const search = route.useSearch();
  const setSearch = route.useNavigate();
  const edition = useEdition(editionId);
  const questions = useQuestions(editionId, search);
  const locale = currentLocale();
  usePageTitle(edition.data ? `${t('quizContent.questions.title')} · ${edition.data.name}` : undefined);

  const update = (patch: Partial<QuestionSearch>) =>
    void setSearch({ search: (prev) => ({ ...prev, ...patch, page: undefined }), replace: true });

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2}>{t('quizContent.questions.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('quizContent.questions.intro')}
          </Text>
        </Stack>
        <ButtonLink
          to="/quiz/manage/$editionId/questions/new"
          params={{ editionId }}
          search={{ objectiveId: search.objectiveId }}
          leftSection={<IconPlus size={16} aria-hidden="true" />}
        >
          {t('quizContent.questions.new')}
        </ButtonLink>
      </Group>

      <SearchBox
        label={t('quizContent.questions.searchLabel')}
        value={search.q ?? ''}
        onSearch={(q) => update({ q: q || undefined })}
      />
      {edition.data && (
        <QuestionFilters
          edition={edition.data}
          search={search}
          authorName={questions.data?.items.find((q) => q.author?.id === search.authorId)?.author?.name}
          onChange={update}
        />
      )}

      <LiveStatus message={questions.data ? t('common.total', { count: questions.data.total }) : ''} />
      <QueryState query={questions}>
        {(data) =>
          data.total === 0 ? (
            <Stack gap="sm" align="flex-start">
              <Text>
                {hasQuestionFilters(search)
                  ? t('quizContent.questions.noMatch')
                  : t('quizContent.questions.empty')}
              </Text>
              {hasQuestionFilters(search) && (
                <Button
                  variant="light"
                  leftSection={<IconFilterOff size={16} aria-hidden="true" />}
                  onClick={() => void setSearch({ search: {}, replace: true })}
                >
                  {t('quizContent.questions.clearFilters')}
                </Button>
              )}
            </Stack>
          ) : (
            <>
              <TableFrame
                caption={t('quizContent.questions.caption', { name: edition.data?.name ?? '' })}
                minWidth={960}
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col" w="36%">
                      {t('quizContent.questions.columns.stem')}
                    </Table.Th>
                    <Table.Th scope="col">{t('quizContent.questions.columns.objective')}</Table.Th>
                    <Table.Th scope="col">{t('quizContent.questions.columns.type')}</Table.Th>
                    <Table.Th scope="col">{t('quizContent.questions.columns.pool')}</Table.Th>
                    <Table.Th scope="col">{t('quizContent.questions.columns.status')}</Table.Th>
                    <Table.Th scope="col">{t('quizContent.questions.columns.author')}</Table.Th>
                    <Table.Th scope="col">{t('quizContent.questions.columns.updatedAt')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((question) => (
                    <Table.Tr key={question.id}>
                      <Table.Th scope="row" fw={500}>
                        <AnchorLink to="/quiz/questions/$questionId" params={{ questionId: question.id }}>
                          {summaryOf(question)}
                        </AnchorLink>
                      </Table.Th>
                      <Table.Td>
                        <Text size="sm">{titleOf(question.objective, locale)}</Text>
                        <Text size="xs" c="dimmed">
                          {titleOf(question.theme, locale)}
                        </Text>
                      </Table.Td>
                      <Table.Td>{t(`quizContent.types.${question.type}`)}</Table.Td>
                      <Table.Td>{t(`quizContent.pools.${question.pool}`)}</Table.Td>
                      <Table.Td>
                        <QuestionStatusBadge
                          status={question.status}
                          pendingRevision={question.pendingRevision}
                        />
                        <Text size="xs" c="dimmed">
                          {t('quizContent.questions.version', { version: question.version })}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {question.author ? (
                          <AnchorLink
                            to="/quiz/manage/$editionId/questions"
                            params={{ editionId }}
                            search={{ ...search, authorId: question.author.id, page: undefined }}
                            title={t('quizContent.questions.byAuthor', { name: question.author.name })}
                            size="sm"
                          >
                            {question.author.name}
                          </AnchorLink>
                        ) : (
                          t('quizContent.questions.unknownAuthor')
                        )}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {formatDate(question.updatedAt, locale)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </TableFrame>
              <PaginationBar
                page={search.page ?? 1}
                pageSize={DEFAULT_PAGE_SIZE}
                total={data.total}
                onChange={(page) => void setSearch({ search: (prev) => ({ ...prev, page }) })}
              />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}

interface QuestionFiltersProps {
  edition: Edition;
  search: QuestionSearch;
  authorName: string | undefined;
  onChange: (patch: Partial<QuestionSearch>) => void;
}

function QuestionFilters({ edition, search, authorName, onChange }: QuestionFiltersProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const me = useMe();
  const themes = [...edition.themes].sort((a, b) => a.position - b.position);
  const objectiveGroups = themes
    .filter((theme) => !search.themeId || theme.id === search.themeId)
    .map((theme) => ({
      group: titleOf(theme, locale),
      items: [...theme.objectives]
        .sort((a, b) => a.position - b.position)
        .map((o) => ({ value: o.id, label: titleOf(o, locale) })),
    }))
    .filter((g) => g.items.length > 0);

  const authors = [
    ...(me.data ? [{ value: me.data.id, label: t('quizContent.questions.me', { name: me.data.name }) }] : []),
    ...(search.authorId && search.authorId !== me.data?.id
      ? [{ value: search.authorId, label: authorName ?? t('quizContent.questions.someoneElse') }]
      : []),
  ];

  return (
    <Stack gap="xs" component="section" aria-label={t('quizContent.questions.filtersLabel')}>
      <SimpleGrid cols={{ base: 2, md: 3 }} spacing="sm">
        <Select
          label={t('quizContent.questions.theme')}
          placeholder={t('quizContent.questions.allThemes')}
          data={themes.map((theme) => ({ value: theme.id, label: titleOf(theme, locale) }))}
          value={search.themeId ?? null}
          clearable
          searchable
          onChange={(themeId) => {
            // An objective of another theme would filter everything away.
            const theme = themes.find((th) => th.id === themeId);
            const keep = !themeId || !!theme?.objectives.some((o) => o.id === search.objectiveId);
            onChange({ themeId: themeId ?? undefined, objectiveId: keep ? search.objectiveId : undefined });
          }}
        />
        <Select
          label={t('quizContent.questions.objective')}
          placeholder={t('quizContent.questions.allObjectives')}
          data={objectiveGroups}
          value={search.objectiveId ?? null}
          clearable
          searchable
          onChange={(objectiveId) => onChange({ objectiveId: objectiveId ?? undefined })}
        />
        <Select
          label={t('quizContent.questions.pool')}
          placeholder={t('quizContent.questions.allPools')}
          data={questionPools.map((pool) => ({ value: pool, label: t(`quizContent.pools.${pool}`) }))}
          value={search.pool ?? null}
          clearable
          onChange={(pool) => onChange({ pool: (pool as QuestionSearch['pool']) ?? undefined })}
        />
        <Select
          label={t('quizContent.questions.type')}
          placeholder={t('quizContent.questions.allTypes')}
          data={questionTypes.map((type) => ({ value: type, label: t(`quizContent.types.${type}`) }))}
          value={search.type ?? null}
          clearable
          onChange={(type) => onChange({ type: (type as QuestionSearch['type']) ?? undefined })}
        />
        <Select
          label={t('quizContent.questions.status')}
          placeholder={t('quizContent.questions.activeStatuses')}
          data={questionStatuses.map((status) => ({
            value: status,
            label: t(`quizContent.questionStatuses.${status}`),
          }))}
          value={search.status ?? null}
          clearable
          onChange={(status) => onChange({ status: (status as QuestionSearch['status']) ?? undefined })}
        />
        <Select
          label={t('quizContent.questions.author')}
          placeholder={t('quizContent.questions.anyone')}
          data={authors}
          value={search.authorId ?? null}
          clearable
          onChange={(authorId) => onChange({ authorId: authorId ?? undefined })}
        />
      </SimpleGrid>
    </Stack>
  );
}
