import { Box, Button, Checkbox, Group, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { applyPracticeApiErrors, practiceResolver } from './errors.ts';
import { isoWeekdays } from './figures.ts';
import {
  type CampaignFormValues,
  campaignFormValues,
  campaignSettingsSchema,
  useCreateCampaign,
  useUpdateCampaign,
} from './staff-api.ts';
import type { Campaign } from './types.ts';

interface CampaignFormProps {
  editionId: string;
  /** Absent: the form creates the campaign (with the server's defaults filled in). */
  campaign?: Campaign;
}

/** Cadence (weekdays and time), questions per send, entry-check size and pace. */
export function CampaignForm({ editionId, campaign }: CampaignFormProps) {
  const { t, i18n } = useTranslation();
  const create = useCreateCampaign(editionId);
  const update = useUpdateCampaign(editionId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CampaignFormValues>({
    initialValues: campaignFormValues(campaign),
    validate: practiceResolver(campaignSettingsSchema, i18n),
  });
  const finished = campaign?.status === 'finished';
  const locked = campaign?.entryCheckDrawn ?? false;

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    const settings = campaignSettingsSchema.parse(values);
    try {
      if (campaign) {
        const saved = await update.mutateAsync(settings);
        form.setInitialValues(campaignFormValues(saved));
        form.resetDirty(campaignFormValues(saved));
        notifySuccess(t('quizPractice.staff.settings.saved'));
      } else {
        await create.mutateAsync(settings);
        notifySuccess(t('quizPractice.staff.none.created'));
      }
    } catch (error) {
      setFormError(applyPracticeApiErrors(form, error, i18n));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      {/* A disabled fieldset keeps a finished campaign's settings readable but fixed. */}
      <Box component="fieldset" disabled={finished} m={0} p={0} style={{ border: 0, minWidth: 0 }}>
        <Stack gap="md">
          <Checkbox.Group
            label={t('quizPractice.staff.settings.weekdays')}
            required
            {...form.getInputProps('weekdays')}
          >
            <Group gap="md" mt={6}>
              {isoWeekdays.map((day) => (
                <Checkbox key={day} value={String(day)} label={t(`quizPractice.weekdays.${day}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="time"
              label={t('quizPractice.staff.settings.sendTime')}
              description={t('quizPractice.staff.settings.sendTimeHelp')}
              required
              {...form.getInputProps('sendTime')}
            />
            <NumberInput
              label={t('quizPractice.staff.settings.questionsPerSend')}
              description={t('quizPractice.staff.settings.questionsPerSendHelp')}
              required
              min={1}
              max={10}
              allowDecimal={false}
              {...form.getInputProps('questionsPerSend')}
            />
            <NumberInput
              label={t('quizPractice.staff.settings.entryCheckSize')}
              description={
                locked
                  ? t('quizPractice.staff.settings.entryCheckLocked')
                  : t('quizPractice.staff.settings.entryCheckSizeHelp')
              }
              required
              min={1}
              max={40}
              allowDecimal={false}
              disabled={locked}
              {...form.getInputProps('entryCheckSize')}
            />
            <NumberInput
              label={t('quizPractice.staff.settings.mailsPerMinute')}
              description={t('quizPractice.staff.settings.mailsPerMinuteHelp')}
              required
              min={1}
              max={10_000}
              allowDecimal={false}
              thousandSeparator=""
              {...form.getInputProps('mailsPerMinute')}
            />
          </SimpleGrid>
          <FormError message={formError} />
          {!finished && (
            <Group justify="flex-end">
              <Button type="submit" loading={create.isPending || update.isPending}>
                {campaign ? t('common.save') : t('quizPractice.staff.none.create')}
              </Button>
            </Group>
          )}
        </Stack>
      </Box>
    </form>
  );
}
