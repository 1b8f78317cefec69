import { DataList, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyRegistrationValues } from './schemas.ts';

// The field groups of the registration wizard, one per step. Each step starts with a heading
// that takes focus when the step opens, so screen-reader users hear where they are.

/** What the steps use of the wizard's Mantine form. */
export interface WizardForm {
  getInputProps: (path: string) => object;
  getValues: () => CompanyRegistrationValues;
}

interface StepProps {
  form: WizardForm;
  headingRef: Ref<HTMLHeadingElement>;
}

function StepHeading({
  headingRef,
  title,
  text,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  title: string;
  text: string;
}) {
  return (
    <div>
      <Title order={2} size="h3" ref={headingRef} tabIndex={-1}>
        {title}
      </Title>
      <Text size="sm" c="dimmed">
        {text}
      </Text>
    </div>
  );
}

export function OrganizationStep({ form, headingRef }: StepProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <StepHeading
        headingRef={headingRef}
        title={t('quizRegistration.register.organization.title')}
        text={t('quizRegistration.register.organization.text')}
      />
      <TextInput
        label={t('quizRegistration.register.organization.name')}
        required
        autoComplete="organization"
        {...form.getInputProps('organization.name')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('organizations.fields.kvkNumber')}
          description={t('quizRegistration.register.organization.kvkHelp')}
          inputMode="numeric"
          maxLength={8}
          {...form.getInputProps('organization.kvkNumber')}
        />
        <TextInput
          label={t('organizations.fields.billingEmail')}
          description={t('quizRegistration.register.organization.billingHelp')}
          type="email"
          required
          autoComplete="email"
          {...form.getInputProps('organization.billingEmail')}
        />
        <TextInput
          label={t('organizations.fields.street')}
          required
          autoComplete="street-address"
          {...form.getInputProps('organization.street')}
        />
        <TextInput
          label={t('organizations.fields.postalCode')}
          required
          autoComplete="postal-code"
          {...form.getInputProps('organization.postalCode')}
        />
        <TextInput
          label={t('organizations.fields.city')}
          required
          autoComplete="address-level2"
          {...form.getInputProps('organization.city')}
        />
      </SimpleGrid>
    </Stack>
  );
}

export function CoordinatorStep({ form, headingRef }: StepProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <StepHeading
        headingRef={headingRef}
        title={t('quizRegistration.register.coordinator.title')}
        text={t('quizRegistration.register.coordinator.text')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('quizRegistration.register.coordinator.name')}
          required
          autoComplete="name"
          {...form.getInputProps('coordinator.name')}
        />
        <TextInput
          label={t('quizRegistration.register.coordinator.email')}
          description={t('quizRegistration.register.coordinator.emailHelp')}
          type="email"
          required
          autoComplete="email"
          inputMode="email"
          {...form.getInputProps('coordinator.email')}
        />
      </SimpleGrid>
    </Stack>
  );
}

export function TeamStep({ form, headingRef }: StepProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <StepHeading
        headingRef={headingRef}
        title={t('quizRegistration.register.team.title')}
        text={t('quizRegistration.register.team.text')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('quizRegistration.team.name')}
          required
          description={t('quizRegistration.team.nameHelp')}
          {...form.getInputProps('team.name')}
        />
        <TextInput
          label={t('quizRegistration.team.department')}
          description={t('quizRegistration.team.departmentHelp')}
          {...form.getInputProps('team.department')}
        />
      </SimpleGrid>
    </Stack>
  );
}

/** Everything entered, to check before sending. */
export function ReviewStep({ form, headingRef }: StepProps) {
  const { t } = useTranslation();
  const { organization, coordinator, team } = form.getValues();
  const none = t('common.none');
  const rows: [string, string][] = [
    [t('quizRegistration.register.organization.name'), organization.name],
    [t('organizations.fields.kvkNumber'), organization.kvkNumber || none],
    [
      t('quizRegistration.register.review.address'),
      `${organization.street}, ${organization.postalCode} ${organization.city}`,
    ],
    [t('organizations.fields.billingEmail'), organization.billingEmail],
    [t('quizRegistration.register.review.coordinator'), `${coordinator.name} (${coordinator.email})`],
    [
      t('quizRegistration.register.review.team'),
      team.department ? `${team.name} (${team.department})` : team.name,
    ],
  ];
  return (
    <Stack gap="md">
      <StepHeading
        headingRef={headingRef}
        title={t('quizRegistration.register.review.title')}
        text={t('quizRegistration.register.review.text')}
      />
      <DataList labelWidth="12rem">
        {rows.map(([label, value]) => (
          <DataList.Item key={label}>
            <DataList.ItemLabel>{label}</DataList.ItemLabel>
            <DataList.ItemValue>{value}</DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
      <Text size="sm">{t('quizRegistration.register.review.next')}</Text>
    </Stack>
  );
}
