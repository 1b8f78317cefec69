import { Alert, Button, Group, Stack, Stepper, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { isApiError } from '../../lib/api.ts';
import { applyApiErrors, type FormErrors, zodResolver } from '../../lib/form.ts';
import { registrationTranslator } from './errors.ts';
import { useRegisterCompany } from './public-api.ts';
import { RegisterDone } from './register-done.tsx';
import { CoordinatorStep, OrganizationStep, ReviewStep, TeamStep } from './register-steps.tsx';
import {
  type CompanyRegistrationValues,
  companyRegistrationSchema,
  emptyRegistration,
  firstStepWithProblem,
  registrationSteps,
} from './schemas.ts';
import type { CompanyRegistrationResult } from './types.ts';

const REVIEW_STEP = registrationSteps.length;

/**
 * Organisation → you as coordinator → the first team → check and send. Each step is checked
 * before the next opens; problems the server finds send the person back to the step (and
 * field) they belong to.
 */
export function RegistrationWizard({ year }: { year: number }) {
  const { t, i18n } = useTranslation();
  const tr = registrationTranslator(i18n);
  const register = useRegisterCompany(year);
  const [active, setActive] = useState(0);
  const [result, setResult] = useState<CompanyRegistrationResult | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [organizationExists, setOrganizationExists] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const opened = useRef(false);
  /** Set when the server sent us back to a step: focus its first wrong field instead of its heading. */
  const toProblem = useRef(false);
  const form = useForm<CompanyRegistrationValues>({
    initialValues: emptyRegistration(),
    validate: zodResolver(companyRegistrationSchema, tr),
  });

  /** After a refused step, continue at the first field with a problem (once React has marked it). */
  const focusFirstProblem = () =>
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );

  // Moving to another step moves focus to its heading (not on first render: the page title comes first).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect is about `active` changing, not reading it
  useEffect(() => {
    if (!opened.current) {
      opened.current = true;
      return;
    }
    if (toProblem.current) {
      toProblem.current = false;
      focusFirstProblem();
    } else {
      headingRef.current?.focus();
    }
  }, [active]);

  const goTo = (step: number) => {
    setFormError(null);
    setActive(step);
  };

  /** Checks the fields of the open step only; later steps have not been filled in yet. */
  const checkStep = (): boolean => {
    const step = registrationSteps[active];
    if (!step) return true;
    const { errors } = form.validate();
    const own: FormErrors = {};
    for (const [path, message] of Object.entries(errors)) {
      if (path.startsWith(`${step}.`)) own[path] = message;
    }
    form.setErrors(own);
    const ok = Object.keys(own).length === 0;
    if (!ok) focusFirstProblem();
    return ok;
  };

  const send = () => {
    const parsed = companyRegistrationSchema.safeParse(form.getValues());
    if (!parsed.success) {
      // Cannot happen after checking every step, but never send what the form rejects.
      const step = firstStepWithProblem(parsed.error.issues.map((i) => i.path.map(String).join('.')));
      form.validate();
      goTo(step ?? 0);
      return;
    }
    setFormError(null);
    setOrganizationExists(false);
    const input = { ...parsed.data, coordinator: { ...parsed.data.coordinator, locale: currentLocale() } };
    register.mutate(input, {
      onSuccess: setResult,
      onError: (error) => {
        const general = applyApiErrors(form, error, tr);
        const step = firstStepWithProblem(isApiError(error) ? error.fieldProblems.map((p) => p.field) : []);
        setOrganizationExists(isApiError(error) && error.code === 'organization_exists');
        setFormError(general);
        if (step !== null && step !== active) {
          toProblem.current = true;
          setActive(step);
        } else if (step !== null) {
          focusFirstProblem();
        }
      },
    });
  };

  if (result) return <RegisterDone result={result} />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (active === REVIEW_STEP) send();
    else if (checkStep()) goTo(active + 1);
  };

  const stepProps = { form, headingRef };
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label={t('quizRegistration.register.title')}>
      <Stack gap="lg">
        <Stepper
          active={active}
          onStepClick={goTo}
          allowNextStepsSelect={false}
          size="sm"
          wrap
          aria-label={t('quizRegistration.register.stepsLabel')}
        >
          <Stepper.Step label={t('quizRegistration.register.steps.organization')}>
            <OrganizationStep {...stepProps} />
          </Stepper.Step>
          <Stepper.Step label={t('quizRegistration.register.steps.coordinator')}>
            <CoordinatorStep {...stepProps} />
          </Stepper.Step>
          <Stepper.Step label={t('quizRegistration.register.steps.team')}>
            <TeamStep {...stepProps} />
          </Stepper.Step>
          <Stepper.Step label={t('quizRegistration.register.steps.review')}>
            <ReviewStep {...stepProps} />
          </Stepper.Step>
        </Stepper>

        {organizationExists && active === 0 && (
          <Alert
            color="orange"
            icon={<IconAlertTriangle aria-hidden="true" />}
            title={t('quizRegistration.register.organizationExists.title')}
            role="alert"
          >
            <Text size="sm">{t('quizRegistration.register.organizationExists.text')}</Text>
          </Alert>
        )}
        {!organizationExists && <FormError message={formError} />}

        <Group justify="space-between">
          {active > 0 ? (
            <Button variant="default" type="button" onClick={() => goTo(active - 1)}>
              {t('quizRegistration.register.previous')}
            </Button>
          ) : (
            <span />
          )}
          <Button type="submit" loading={register.isPending}>
            {active === REVIEW_STEP
              ? t('quizRegistration.register.submit')
              : t('quizRegistration.register.next')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
