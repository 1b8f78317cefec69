import { Box, Group, Stack, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { getRouteApi, Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/query-state.tsx';
import { AnchorLink, RouterNavLink } from '../../components/router-links.tsx';
import { useMe } from '../../lib/session.ts';
import { isQuizStaff } from './access.ts';
import { useEdition } from './editions-api.ts';
import { manageTabs } from './manage-tabs.ts';
import { EditionStatusBadge } from './status-badge.tsx';

const route = getRouteApi('/quiz/manage/$editionId');

/**
 * One edition in Quizbeheer: its name as the page's main heading, and tabs for its sections
 * (settings, questions, coverage, import, and whatever `manageTabs` adds). The pages below
 * start at heading level 2.
 */
export function ManageLayout() {
  const { t } = useTranslation();
  const { editionId } = route.useParams();
  const edition = useEdition(editionId);
  const me = useMe();
  const staff = isQuizStaff(me.data);

  return (
    <Stack gap="lg">
      <AnchorLink to="/quiz/manage" size="sm">
        <IconArrowLeft size={14} aria-hidden="true" /> {t('quizContent.layout.allEditions')}
      </AnchorLink>
      <QueryState query={edition}>
        {(data) => (
          <Stack gap="lg">
            <Group gap="sm" align="center">
              <Title order={1}>{data.name}</Title>
              <EditionStatusBadge status={data.status} />
            </Group>
            <Box
              component="nav"
              aria-label={t('quizContent.tabs.label', { name: data.name })}
              style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
              pb={4}
            >
              <Group gap={4}>
                {manageTabs
                  .filter((tab) => staff || !tab.staffOnly)
                  .map((tab) => (
                    <RouterNavLink
                      key={tab.path}
                      // The paths are routes below /quiz/manage/$editionId (see manage-tabs.ts).
                      to={`/quiz/manage/$editionId${tab.path}` as '/quiz/manage/$editionId'}
                      params={{ editionId }}
                      label={t(tab.label)}
                      activeOptions={{ exact: tab.path === '', includeSearch: false }}
                      w="auto"
                      py={6}
                      px="sm"
                    />
                  ))}
              </Group>
            </Box>
            <Outlet />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
