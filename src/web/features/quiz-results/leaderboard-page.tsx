import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle, IconTrophy, IconUsersGroup } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../components/live-status.tsx';
import { Loading } from '../../components/loading.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { AnchorLink, ButtonLink } from '../../components/router-links.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { isApiError } from '../../lib/api.ts';
import { useMe } from '../../lib/session.ts';
import { describeResultsError } from './errors.ts';
import { formatScore } from './format.ts';
import { myPlayerIndex, myTeamIndex, placeAnnouncement } from './live-board.ts';
import classes from './results.module.css';
import type { BoardMe, BoardPlayer, BoardTeam, LiveBoard } from './types.ts';
import { type LiveConnection, useLiveBoard } from './use-live-board.ts';

const route = getRouteApi('/quiz/$year/leaderboard');

/**
 * `/quiz/$year/leaderboard`: the live, provisional standings of the event day for anyone,
 * with the logged-in participant's own place and team highlighted (also outside the top 10).
 */
export function LeaderboardPage() {
  const { t } = useTranslation();
  const { year } = route.useParams();
  usePageTitle(t('quizResults.board.pageTitle', { year }));
  if (!/^\d{4}$/.test(year)) return <NotFound />;
  return <Leaderboard year={Number(year)} />;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>{t('quizResults.board.title')}</Title>
      <Alert color="yellow" variant="light">
        {t('quizResults.notFound')}
      </Alert>
    </Stack>
  );
}

function Leaderboard({ year }: { year: number }) {
  const me = useMe();
  // Wait for who is looking: the board's `me` part depends on it.
  if (me.isPending) return <Loading />;
  return <LiveLeaderboard year={year} viewerId={me.data?.id ?? null} />;
}

function LiveLeaderboard({ year, viewerId }: { year: number; viewerId: string | null }) {
  const { t, i18n } = useTranslation();
  const { board, connection } = useLiveBoard(year, viewerId);
  const announcement = usePlaceAnnouncement(board.data?.me, board.isSuccess);

  if (board.isPending) return <Loading />;
  if (board.isError) {
    if (isApiError(board.error) && board.error.status === 404) return <NotFound />;
    return (
      <Stack gap="md" maw={640}>
        <Title order={1}>{t('quizResults.board.title')}</Title>
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden="true" />}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{describeResultsError(board.error, i18n)}</Text>
            <Button size="xs" variant="white" color="red" onClick={() => void board.refetch()}>
              {t('common.retry')}
            </Button>
          </Stack>
        </Alert>
      </Stack>
    );
  }
  const data = board.data;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Text fw={600} c="dimmed" tt="uppercase" size="sm">
          {t('quizResults.board.kicker', { name: data.edition.name })}
        </Text>
        <Group justify="space-between" align="center" gap="sm">
          <Title order={1}>{t('quizResults.board.title')}</Title>
          <ConnectionBadge connection={connection} />
        </Group>
        <Text size="sm" c="dimmed">
          {t('quizResults.board.updatedAt', { time: formatClock(data.updatedAt) })} ·{' '}
          {t('quizResults.board.counts', { playing: data.counts.playing, finished: data.counts.finished })}
        </Text>
      </Stack>
      <PhaseNote board={data} />
      {data.me ? (
        <MyPlace me={data.me} teamMinimum={data.teamMinimum} />
      ) : viewerId ? null : (
        <Group gap="sm">
          <Text size="sm">{t('quizResults.board.loginHint')}</Text>
          <ButtonLink
            to="/login"
            search={{ redirect: `/quiz/${year}/leaderboard` }}
            size="xs"
            variant="light"
          >
            {t('quizResults.board.login')}
          </ButtonLink>
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <PlayersSection board={data} />
        <TeamsSection board={data} />
      </SimpleGrid>
      <AnchorLink to="/quiz/rules" size="sm">
        {t('quizResults.rulesLink')}
      </AnchorLink>
      <LiveStatus message={announcement} />
    </Stack>
  );
}

const clock = new Map<string, Intl.DateTimeFormat>();
function formatClock(iso: string): string {
  const locale = currentLocale();
  let format = clock.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
      timeStyle: 'medium',
      timeZone: 'Europe/Amsterdam',
    });
    clock.set(locale, format);
  }
  return format.format(new Date(iso));
}

/** The spoken news of the board: only the viewer's own place when it changes (see live-board.ts). */
function usePlaceAnnouncement(me: BoardMe | null | undefined, loaded: boolean): string {
  const { t } = useTranslation();
  const previous = useRef<BoardMe | null | undefined>(undefined);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!loaded) return;
    const next = me ?? null;
    const news = placeAnnouncement(previous.current, next);
    previous.current = next;
    if (news) setMessage(t(`quizResults.board.${news.key}`, { rank: news.rank, of: news.of }));
  }, [me, loaded, t]);
  return message;
}

function ConnectionBadge({ connection }: { connection: LiveConnection }) {
  const { t } = useTranslation();
  const color = { connecting: 'gray', live: 'teal', reconnecting: 'orange', polling: 'blue' }[connection];
  return (
    // A status, so a dropped connection is heard too (polite: it does not interrupt).
    <Badge
      role="status"
      size="lg"
      variant="light"
      color={color}
      leftSection={<span className={classes.liveDot} data-state={connection} aria-hidden="true" />}
      styles={{ label: { textTransform: 'none' } }}
      data-testid="live-connection"
    >
      {t(`quizResults.board.connection.${connection}`)}
    </Badge>
  );
}

function PhaseNote({ board }: { board: LiveBoard }) {
  const { t } = useTranslation();
  return (
    <Alert
      color={board.phase === 'open' ? 'teal' : 'indigo'}
      variant="light"
      icon={<IconInfoCircle aria-hidden="true" />}
    >
      <Stack gap={6} align="flex-start">
        <Text size="sm">{t(`quizResults.board.phase.${board.phase}`)}</Text>
        {board.phase !== 'after' && <Text size="sm">{t('quizResults.board.provisional')}</Text>}
        {board.phase === 'after' && (
          <AnchorLink
            to="/quiz/$year/results"
            params={{ year: String(board.edition.year) }}
            size="sm"
            fw={600}
            c="indigo.9"
          >
            {t('quizResults.board.toResults')}
          </AnchorLink>
        )}
      </Stack>
    </Alert>
  );
}

function MyPlace({ me, teamMinimum }: { me: BoardMe; teamMinimum: number }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="my-place-title" bg="yellow.0">
      <Stack gap="xs">
        <Title order={2} size="h4" id="my-place-title">
          {t('quizResults.board.me.title')}
        </Title>
        {me.rank === null ? (
          <Text>{t('quizResults.board.me.noPlace')}</Text>
        ) : (
          <Group gap="lg" align="baseline">
            <Text fz={32} fw={800} lh={1} data-testid="my-place">
              {t('quizResults.board.me.place', { rank: me.rank, of: me.of })}
            </Text>
            {me.score !== null && (
              <Text fw={600} data-testid="my-score">
                {t('quizResults.score', { count: me.score, score: formatScore(me.score, locale) })}
              </Text>
            )}
          </Group>
        )}
        <Text size="sm">
          {t('quizResults.board.me.team', { team: me.team.teamName })}
          {' · '}
          {me.team.eligible && me.team.rank !== null
            ? t('quizResults.board.me.teamPlace', { rank: me.team.rank, of: me.team.of })
            : t('quizResults.board.me.teamNotEligible', { count: teamMinimum, players: me.team.playerCount })}
        </Text>
        {me.display === 'hidden' && (
          <Text size="sm" c="dimmed">
            {t('quizResults.board.me.hidden')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function PlayersSection({ board }: { board: LiveBoard }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const mine = myPlayerIndex(board.topPlayers, board.me);
  const meOutside = board.me && board.me.rank !== null && mine === -1 ? board.me : null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="players-title">
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          <IconTrophy size={22} aria-hidden="true" color="var(--mantine-color-yellow-8)" />
          <Title order={2} size="h3" id="players-title">
            {t('quizResults.board.players')}
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          {t('quizResults.board.playersHint')}
        </Text>
        {board.topPlayers.length === 0 ? (
          <Text>{t('quizResults.board.noPlayers')}</Text>
        ) : (
          <ol className={classes.rankList} aria-labelledby="players-title" data-testid="top-players">
            {board.topPlayers.map((player, index) => (
              <PlayerRow
                // Rows have no ids (hidden people have no name either); a board's order is fixed.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                key={`${player.rank}-${index}`}
                player={player}
                me={index === mine}
                locale={locale}
              />
            ))}
            {meOutside && (
              <>
                <li className={classes.gap} aria-hidden="true">
                  ⋮
                </li>
                <PlayerRow
                  player={{
                    rank: meOutside.rank ?? 0,
                    name: meOutside.name,
                    teamName: meOutside.team.teamName,
                    organizationName: null,
                    score: meOutside.score ?? 0,
                    tieBreak: 'decided_by_score',
                  }}
                  me
                  locale={locale}
                />
              </>
            )}
          </ol>
        )}
      </Stack>
    </Card>
  );
}

function PlayerRow({ player, me, locale }: { player: BoardPlayer; me: boolean; locale: 'nl' | 'en' }) {
  const { t } = useTranslation();
  const name = player.name ?? t('quizResults.anonymous');
  const where = [player.teamName, player.organizationName].filter(Boolean).join(' · ');
  return (
    <li className={classes.rankRow} data-me={me || undefined} value={player.rank}>
      <span className={classes.rankNumber} aria-hidden="true">
        {player.rank}
      </span>
      <div style={{ minWidth: 0 }}>
        <Text fw={600} truncate>
          <VisuallyHidden component="span">
            {t('quizResults.board.placeLabel', { rank: player.rank })}:{' '}
          </VisuallyHidden>
          {name}
          {me && (
            <Badge ml={6} size="sm" color="yellow" variant="filled" c="black">
              {t('quizResults.you')}
            </Badge>
          )}
        </Text>
        {where && (
          <Text size="xs" c="dimmed" truncate>
            {where}
          </Text>
        )}
      </div>
      <span className={classes.rankScore}>{formatScore(player.score, locale)}</span>
    </li>
  );
}

function TeamsSection({ board }: { board: LiveBoard }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const mine = myTeamIndex(board.topTeams, board.me);
  const team = board.me?.team;
  const teamOutside = team?.eligible && team.rank !== null && mine === -1 ? team : null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="teams-title">
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          <IconUsersGroup size={22} aria-hidden="true" color="var(--mantine-color-indigo-7)" />
          <Title order={2} size="h3" id="teams-title">
            {t('quizResults.board.teams')}
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          {t('quizResults.board.teamsHint', { minimum: board.teamMinimum })}
        </Text>
        {board.topTeams.length === 0 ? (
          <Text>{t('quizResults.board.noTeams', { minimum: board.teamMinimum })}</Text>
        ) : (
          <ol className={classes.rankList} aria-labelledby="teams-title" data-testid="top-teams">
            {board.topTeams.map((row, index) => (
              <TeamRow
                key={`${row.organizationName}/${row.teamName}`}
                team={row}
                me={index === mine}
                locale={locale}
              />
            ))}
            {teamOutside && (
              <>
                <li className={classes.gap} aria-hidden="true">
                  ⋮
                </li>
                <TeamRow
                  team={{
                    rank: teamOutside.rank ?? 0,
                    teamName: teamOutside.teamName,
                    organizationName: '',
                    meanScore: teamOutside.meanScore,
                    playerCount: teamOutside.playerCount,
                    confirmedCount: teamOutside.confirmedCount,
                    tieBreak: 'decided_by_score',
                  }}
                  me
                  locale={locale}
                />
              </>
            )}
          </ol>
        )}
      </Stack>
    </Card>
  );
}

function TeamRow({ team, me, locale }: { team: BoardTeam; me: boolean; locale: 'nl' | 'en' }) {
  const { t } = useTranslation();
  return (
    <li className={classes.rankRow} data-me={me || undefined} value={team.rank}>
      <span className={classes.rankNumber} aria-hidden="true">
        {team.rank}
      </span>
      <div style={{ minWidth: 0 }}>
        <Text fw={600} truncate>
          <VisuallyHidden component="span">
            {t('quizResults.board.placeLabel', { rank: team.rank })}:{' '}
          </VisuallyHidden>
          {team.teamName}
          {me && (
            <Badge ml={6} size="sm" color="yellow" variant="filled" c="black">
              {t('quizResults.yourTeam')}
            </Badge>
          )}
        </Text>
        <Text size="xs" c="dimmed" truncate>
          {team.organizationName
            ? t('quizResults.board.teamMeta', {
                organization: team.organizationName,
                count: team.playerCount,
              })
            : t('quizResults.board.players_count', { count: team.playerCount })}
        </Text>
      </div>
      <span className={classes.rankScore}>
        {t('quizResults.board.meanScore', { score: formatScore(team.meanScore, locale) })}
      </span>
    </li>
  );
}
