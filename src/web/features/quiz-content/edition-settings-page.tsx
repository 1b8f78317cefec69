import {
  Alert,
  Box,
  Button,
  Card,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { usePageTitle } from '../../components/page-title.ts';
import { QueryState } from '../../components/query-state.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { useMe } from '../../lib/session.ts';
import { isQuizStaff } from './access.ts';
import { EditionStatusSection } from './edition-status.tsx';
import {
  type EditionFormValues,
  editionFormPath,
  editionFormValues,
  editionSchema,
  useEdition,
  useUpdateEdition,
} from './editions-api.ts';
import { applyQuizApiErrors } from './errors.ts';
import { quizResolver } from './form-resolver.ts';
import { StructureEditor } from './structure-editor.tsx';
import type { Edition } from './types.ts';

const route = getRouteApi('/quiz/manage/$editionId/');

/** An edition's settings: status, calendar, play window, time and money; then its themes and objectives. */
export function EditionSettingsPage() {
  const { t } = useTranslation();
  const { editionId } = route.useParams();
  const edition = useEdition(editionId);
  const me = useMe();
  const staff = isQuizStaff(me.data);
  usePageTitle(edition.data ? `${t('quizContent.settings.title')} · ${edition.data.name}` : undefined);

  return (
    <QueryState query={edition}>
      {(data) => (
        <Stack gap="xl">
          <Title order={2}>{t('quizContent.settings.title')}</Title>
          {!staff && (
            <Alert color="blue" icon={<IconInfoCircle aria-hidden="true" />}>
              {t('quizContent.readOnly')}
            </Alert>
          )}
          <EditionStatusSection edition={data} canChange={staff} />
          <EditionSettingsForm key={`${data.id}`} edition={data} readOnly={!staff} />
          <StructureEditor edition={data} canChange={staff} />
        </Stack>
      )}
    </QueryState>
  );
}

function EditionSettingsForm({ edition, readOnly }: { edition: Edition; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateEdition(edition.id);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<EditionFormValues>({
    initialValues: editionFormValues(edition),
    validate: quizResolver(editionSchema, i18n),
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const saved = await update.mutateAsync(editionSchema.parse(values));
      form.setInitialValues(editionFormValues(saved.edition));
      form.resetDirty(editionFormValues(saved.edition));
      notifySuccess(t('quizContent.settings.saved'));
    } catch (error) {
      setFormError(applyQuizApiErrors(form, error, i18n, editionFormPath));
    }
  });

  const field = (name: keyof EditionFormValues) => form.getInputProps(name);
  // Euros as people write them: € 2,00 in Dutch, € 2.00 in English.
  const moneyProps =
    currentLocale() === 'nl'
      ? ({ prefix: '€ ', decimalScale: 2, decimalSeparator: ',', thousandSeparator: '.' } as const)
      : ({ prefix: '€ ', decimalScale: 2, decimalSeparator: '.', thousandSeparator: ',' } as const);

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="edition-settings-title">
      <form onSubmit={submit} noValidate>
        {/* A disabled fieldset makes every field read-only for people who may only look. */}
        <Box component="fieldset" disabled={readOnly} m={0} p={0} style={{ border: 0, minWidth: 0 }}>
          <Stack gap="lg">
            <Title order={3} id="edition-settings-title">
              {t('quizContent.settings.calendarTitle')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput
                label={t('quizContent.editionFields.year')}
                required
                min={2000}
                max={2100}
                allowDecimal={false}
                thousandSeparator=""
                {...field('year')}
              />
              <TextInput label={t('quizContent.editionFields.name')} required {...field('name')} />
              <TextInput
                type="date"
                label={t('quizContent.editionFields.registrationOpensOn')}
                {...field('registrationOpensOn')}
              />
              <TextInput
                type="date"
                label={t('quizContent.editionFields.registrationClosesOn')}
                {...field('registrationClosesOn')}
              />
              <TextInput
                type="date"
                label={t('quizContent.editionFields.practiceStartsOn')}
                {...field('practiceStartsOn')}
              />
              <TextInput
                type="date"
                label={t('quizContent.editionFields.practiceEndsOn')}
                {...field('practiceEndsOn')}
              />
              <TextInput
                type="date"
                label={t('quizContent.editionFields.eventDate')}
                {...field('eventDate')}
              />
            </SimpleGrid>
            <Stack gap={4}>
              <SimpleGrid cols={{ base: 2 }}>
                <TextInput
                  type="time"
                  label={t('quizContent.editionFields.windowStart')}
                  required
                  {...field('windowStart')}
                />
                <TextInput
                  type="time"
                  label={t('quizContent.editionFields.windowEnd')}
                  required
                  {...field('windowEnd')}
                />
              </SimpleGrid>
              <Text size="sm" c="dimmed">
                {t('quizContent.editionFields.windowHelp')}
              </Text>
            </Stack>

            <Title order={3}>{t('quizContent.settings.moneyTitle')}</Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NumberInput
                label={t('quizContent.editionFields.defaultTimeLimitSeconds')}
                description={t('quizContent.editionFields.defaultTimeLimitHelp')}
                required
                min={5}
                max={600}
                allowDecimal={false}
                {...field('defaultTimeLimitSeconds')}
              />
              <NumberInput
                label={t('quizContent.editionFields.sponsorAmount')}
                description={t('quizContent.editionFields.sponsorAmountHelp')}
                required
                min={0}
                {...moneyProps}
                fixedDecimalScale
                {...field('sponsorEuros')}
              />
              <NumberInput
                label={t('quizContent.editionFields.donationGoal')}
                description={t('quizContent.editionFields.donationGoalHelp')}
                min={0}
                {...moneyProps}
                {...field('donationGoalEuros')}
              />
            </SimpleGrid>
            <FormError message={formError} />
            {!readOnly && (
              <Group justify="flex-end">
                <Button type="submit" loading={update.isPending}>
                  {t('common.save')}
                </Button>
              </Group>
            )}
          </Stack>
        </Box>
      </form>
    </Card>
  );
}
