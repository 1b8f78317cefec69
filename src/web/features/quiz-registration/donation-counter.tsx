import { Box, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../components/live-status.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { counterAnnouncement } from './counter.ts';
import { formatEuro, percentOfGoal } from './money.ts';
import type { DonationCounter as Counter } from './types.ts';

/**
 * The live donation counter: the total so far as a large figure and as a bar towards the
 * goal, split into the sponsors' part (per confirmed participant) and companies' extra
 * donations. The figures are refreshed by the page's query; screen readers hear only
 * milestones (see counter.ts), not every €2.
 */
export function DonationCounter({ counter }: { counter: Counter }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const announcement = useMilestoneAnnouncement(counter);
  const percent = percentOfGoal(counter.totalCents, counter.goalCents);
  const scale = Math.max(counter.goalCents ?? 0, counter.totalCents, 1);
  const sponsorPart = (counter.sponsorTotalCents / scale) * 100;
  const pledgedPart = (counter.pledgedCents / scale) * 100;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="counter-title" bg="grape.0">
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap">
          <IconHeartHandshake size={28} aria-hidden="true" color="var(--mantine-color-grape-9)" />
          <Title order={2} size="h3" id="counter-title">
            {t('quizRegistration.counter.title')}
          </Title>
        </Group>
        <div>
          <Text fz={{ base: 36, sm: 44 }} fw={800} lh={1.1} data-testid="donation-total">
            {formatEuro(counter.totalCents, locale)}
          </Text>
          <Text size="sm">
            {counter.goalCents
              ? t('quizRegistration.counter.ofGoal', {
                  goal: formatEuro(counter.goalCents, locale),
                  percent: percent ?? 0,
                })
              : t('quizRegistration.counter.raised')}
          </Text>
        </div>
        <Progress.Root size={18} radius="xl" aria-hidden="true" bg="white">
          <Progress.Section value={sponsorPart} color="grape.8" />
          <Progress.Section value={pledgedPart} color="pink.5" />
        </Progress.Root>
        <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          <LegendItem color="var(--mantine-color-grape-8)">
            {t('quizRegistration.counter.sponsorPart', {
              count: counter.confirmedParticipants,
              perParticipant: formatEuro(counter.sponsorCentsPerParticipant, locale),
              amount: formatEuro(counter.sponsorTotalCents, locale),
            })}
          </LegendItem>
          <LegendItem color="var(--mantine-color-pink-5)">
            {t('quizRegistration.counter.pledgedPart', { amount: formatEuro(counter.pledgedCents, locale) })}
          </LegendItem>
        </Stack>
        <Text size="xs" c="dimmed">
          {t('quizRegistration.counter.live')}
        </Text>
      </Stack>
      <LiveStatus message={announcement} />
    </Card>
  );
}

function LegendItem({ color, children }: { color: string; children: string }) {
  return (
    <Group component="li" gap="xs" wrap="nowrap" align="flex-start">
      <Box w={12} h={12} mt={5} bg={color} style={{ borderRadius: 3, flexShrink: 0 }} aria-hidden="true" />
      <Text size="sm">{children}</Text>
    </Group>
  );
}

/** The sentence for the live region when the counter passes a milestone; empty otherwise. */
function useMilestoneAnnouncement(counter: Counter): string {
  const { t } = useTranslation();
  const previous = useRef<number | null>(null);
  const [message, setMessage] = useState('');
  const { totalCents, goalCents } = counter;

  useEffect(() => {
    const before = previous.current;
    previous.current = totalCents;
    // The first figure is read with the page; only later changes are news.
    if (before === null) return;
    const kind = counterAnnouncement(before, totalCents, goalCents);
    if (!kind) return;
    const locale = currentLocale();
    setMessage(
      kind === 'goal_reached'
        ? t('quizRegistration.counter.goalReached', { amount: formatEuro(totalCents, locale) })
        : t('quizRegistration.counter.nowAt', { amount: formatEuro(totalCents, locale) }),
    );
  }, [totalCents, goalCents, t]);

  return message;
}
