import {
  Alert,
  Anchor,
  Button,
  Card,
  FileInput,
  Group,
  List,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconDownload, IconFileSpreadsheet } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../components/live-status.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { TableFrame } from '../../components/table-frame.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { type Upload, useCommitImport, usePreviewImport } from './coordinator-api.ts';
import { describeImportProblem, describeRegistrationError, importProblemsOf } from './errors.ts';
import { acceptedUploadTypes, MAX_UPLOAD_BYTES, readFileAsBase64 } from './file.ts';
import { groupProblemsByRow } from './import-problems.ts';
import { templateUrl } from './public-api.ts';
import type { ImportPreview, ImportProblem } from './types.ts';

/** Rows shown in the preview table; every problem is listed above it regardless. */
const PREVIEW_ROWS = 100;

/**
 * Upload a participant list (CSV or Excel): the file is checked first and every problem is
 * listed by row; "Importeren" only becomes possible when the file is clean, and then adds and
 * invites everyone at once (or no one).
 */
export function ImportSection({ teamId, teamName }: { teamId: string; teamName: string }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const preview = usePreviewImport(teamId);
  const commit = useCommitImport(teamId);
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [result, setResult] = useState<ImportPreview | null>(null);
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const resultRef = useRef<HTMLDivElement>(null);

  const reset = () => {
    setUpload(null);
    setResult(null);
    setProblems([]);
    setError(null);
  };

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    reset();
    if (!chosen) return;
    if (chosen.size > MAX_UPLOAD_BYTES) {
      setError(t('quizRegistration.import.tooLarge'));
      return;
    }
    setStatus(t('quizRegistration.import.checking'));
    let next: Upload;
    try {
      next = { filename: chosen.name, contentBase64: await readFileAsBase64(chosen) };
    } catch {
      setError(t('quizRegistration.import.unreadable'));
      setStatus('');
      return;
    }
    setUpload(next);
    preview.mutate(next, {
      onSuccess: (checked) => {
        setResult(checked);
        setProblems(checked.problems);
        setStatus(
          checked.canImport
            ? t('quizRegistration.import.clean', { count: checked.total })
            : t('quizRegistration.import.problemsFound', { count: checked.problems.length }),
        );
        requestAnimationFrame(() => resultRef.current?.focus());
      },
      onError: (failure) => {
        setError(describeRegistrationError(failure, i18n));
        setStatus('');
      },
    });
  };

  const runImport = () => {
    if (!upload) return;
    commit.mutate(upload, {
      onSuccess: (done) => {
        notifySuccess(t('quizRegistration.import.imported', { count: done.created, team: teamName }));
        setStatus(t('quizRegistration.import.imported', { count: done.created, team: teamName }));
        setFile(null);
        reset();
      },
      onError: (failure) => {
        // Someone else may have added one of these people meanwhile: show the new problems.
        const listed = importProblemsOf(failure);
        if (listed.length > 0) {
          setProblems(listed);
          setResult((prev) => (prev ? { ...prev, canImport: false, problems: listed } : prev));
        } else {
          setError(describeRegistrationError(failure, i18n));
        }
      },
    });
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="import-title">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id="import-title">
            {t('quizRegistration.import.title')}
          </Title>
          <Text size="sm">{t('quizRegistration.import.intro')}</Text>
        </div>
        <Group gap="lg" align="flex-end">
          <FileInput
            label={t('quizRegistration.import.file')}
            description={t('quizRegistration.import.fileHelp')}
            accept={acceptedUploadTypes}
            value={file}
            onChange={(chosen) => void choose(chosen)}
            clearable
            clearButtonProps={{ 'aria-label': t('quizRegistration.import.clear') }}
            leftSection={<IconFileSpreadsheet size={18} aria-hidden="true" />}
            miw={280}
            style={{ flexGrow: 1, maxWidth: 420 }}
          />
          <Anchor href={templateUrl(locale)} download size="sm">
            <IconDownload size={14} aria-hidden="true" /> {t('quizRegistration.import.template')}
          </Anchor>
        </Group>

        <LiveStatus message={status} />
        {preview.isPending && <Text size="sm">{t('quizRegistration.import.checking')}</Text>}
        {error && (
          <Alert color="red" icon={<IconAlertTriangle aria-hidden="true" />}>
            {error}
          </Alert>
        )}

        {result && (
          <Stack gap="md" ref={resultRef} tabIndex={-1} role="group" aria-labelledby="import-result-title">
            {problems.length === 0 ? (
              <Alert
                color="teal"
                icon={<IconCircleCheck aria-hidden="true" />}
                title={t('quizRegistration.import.cleanTitle')}
              >
                <span id="import-result-title">
                  {t('quizRegistration.import.clean', { count: result.total })}
                </span>
              </Alert>
            ) : (
              <Alert
                color="red"
                icon={<IconAlertTriangle aria-hidden="true" />}
                title={
                  <span id="import-result-title">
                    {t('quizRegistration.import.problemsTitle', { count: problems.length })}
                  </span>
                }
              >
                <Stack gap="xs">
                  <Text size="sm">
                    {t('quizRegistration.import.problemsText', { total: result.total, valid: result.valid })}
                  </Text>
                  <List size="sm" spacing={4}>
                    {groupProblemsByRow(problems).map(({ row, problems: rowProblems }) => (
                      <List.Item key={row}>
                        <Text span fw={700} size="sm">
                          {row === 0
                            ? t('quizRegistration.import.wholeFile')
                            : t('quizRegistration.import.row', { row })}
                          :
                        </Text>{' '}
                        {rowProblems.map((p) => describeImportProblem(p, i18n)).join(' ')}
                      </List.Item>
                    ))}
                  </List>
                </Stack>
              </Alert>
            )}
            {result.rows.length > 0 && <PreviewTable preview={result} />}
            <Group>
              <Button
                onClick={runImport}
                disabled={problems.length > 0 || !result.canImport}
                loading={commit.isPending}
              >
                {t('quizRegistration.import.submit', { count: result.total })}
              </Button>
              {problems.length > 0 && (
                <Text size="sm" c="dimmed">
                  {t('quizRegistration.import.fixFirst')}
                </Text>
              )}
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function PreviewTable({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const rows = preview.rows.slice(0, PREVIEW_ROWS);
  return (
    <Stack gap={4}>
      <TableFrame
        caption={t('quizRegistration.import.previewCaption', { count: preview.rows.length })}
        minWidth={560}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" ta="right">
              {t('quizRegistration.import.rowColumn')}
            </Table.Th>
            <Table.Th scope="col">{t('quizRegistration.member.name')}</Table.Th>
            <Table.Th scope="col">{t('quizRegistration.member.email')}</Table.Th>
            <Table.Th scope="col">{t('quizRegistration.member.role')}</Table.Th>
            <Table.Th scope="col">{t('quizRegistration.import.check')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr
              key={row.row}
              bg={row.problems.length > 0 ? 'var(--mantine-color-red-light)' : undefined}
            >
              <Table.Td ta="right">{row.row}</Table.Td>
              <Table.Td>{row.name || t('common.none')}</Table.Td>
              <Table.Td>{row.email || t('common.none')}</Table.Td>
              <Table.Td>{t(`account.jobRoles.${row.role}`)}</Table.Td>
              <Table.Td>
                {/* Icon and words, not colour alone; the text keeps the body colour for contrast on any row. */}
                {row.problems.length > 0 ? (
                  <Group gap={4} wrap="nowrap">
                    <IconAlertTriangle size={16} color="var(--mantine-color-red-9)" aria-hidden="true" />
                    <Text size="sm" fw={700}>
                      {t('quizRegistration.import.rowProblems', { count: row.problems.length })}
                    </Text>
                  </Group>
                ) : (
                  <Group gap={4} wrap="nowrap">
                    <IconCircleCheck size={16} color="var(--mantine-color-teal-9)" aria-hidden="true" />
                    <Text size="sm">{t('quizRegistration.import.rowOk')}</Text>
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </TableFrame>
      {preview.rows.length > PREVIEW_ROWS && (
        <Text size="sm" c="dimmed">
          {t('quizRegistration.import.moreRows', { count: preview.rows.length - PREVIEW_ROWS })}
        </Text>
      )}
    </Stack>
  );
}
