import {
  Alert,
  Button,
  Card,
  FileInput,
  Group,
  List,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconDownload,
  IconFileUpload,
  IconUpload,
} from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { LiveStatus } from '../../components/live-status.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { ButtonLink } from '../../components/router-links.tsx';
import { TableFrame } from '../../components/table-frame.tsx';
import { ApiError } from '../../lib/api.ts';
import { useEdition } from './editions-api.ts';
import { describeIssue, describeQuizError } from './errors.ts';
import { formatOfFile, issuesFromDetails, MAX_IMPORT_BYTES, readTextFile } from './import-file.ts';
import { exportUrl, useImportQuestions } from './questions-api.ts';
import type { ImportIssue, ImportReport, QuestionFileFormat } from './types.ts';

const route = getRouteApi('/quiz/manage/$editionId/import');

interface LoadedFile {
  name: string;
  content: string;
}

type Outcome =
  | { kind: 'imported'; count: number }
  | { kind: 'refused'; errors: ImportIssue[]; message: string };

/**
 * Import a GIFT or CSV file in two steps: a preview (the server reads the whole file and
 * lists every error by line, nothing is stored), then import all or nothing, or on request
 * only the valid questions. Below: export buttons for GIFT and CSV.
 */
export function ImportPage() {
  const { t, i18n } = useTranslation();
  const { editionId } = route.useParams();
  const edition = useEdition(editionId);
  const importer = useImportQuestions(editionId);
  const [file, setFile] = useState<File | null>(null);
  const [loaded, setLoaded] = useState<LoadedFile | null>(null);
  const [format, setFormat] = useState<QuestionFileFormat>('gift');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [confirmValid, setConfirmValid] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  usePageTitle(edition.data ? `${t('quizContent.import.title')} · ${edition.data.name}` : undefined);

  const check = async (source: LoadedFile, chosen: QuestionFileFormat) => {
    setReport(null);
    setOutcome(null);
    setReadError(null);
    try {
      const result = await importer.mutateAsync({
        format: chosen,
        content: source.content,
        dryRun: true,
        skipInvalid: false,
      });
      setReport(result);
      requestAnimationFrame(() => resultRef.current?.focus());
    } catch (error) {
      setReadError(describeQuizError(error, i18n));
    }
  };

  const choose = async (next: File | null) => {
    setFile(next);
    setLoaded(null);
    setReport(null);
    setOutcome(null);
    setReadError(null);
    if (!next) return;
    if (next.size > MAX_IMPORT_BYTES) {
      setReadError(t('quizContent.import.tooLarge'));
      return;
    }
    let content: string;
    try {
      content = await readTextFile(next);
    } catch {
      setReadError(t('quizContent.import.readFailed'));
      return;
    }
    if (content.trim() === '') {
      setReadError(t('quizContent.issues.import.empty'));
      return;
    }
    const detected = formatOfFile(next.name);
    const source = { name: next.name, content };
    setFormat(detected);
    setLoaded(source);
    await check(source, detected);
  };

  const runImport = async (skipInvalid: boolean) => {
    if (!loaded) return;
    try {
      const result = await importer.mutateAsync({
        format,
        content: loaded.content,
        dryRun: false,
        skipInvalid,
      });
      setOutcome({ kind: 'imported', count: result.created ?? 0 });
      setReport(null);
      setLoaded(null);
      setFile(null);
    } catch (error) {
      setOutcome({
        kind: 'refused',
        errors: error instanceof ApiError ? issuesFromDetails(error.details) : [],
        message: describeQuizError(error, i18n),
      });
    } finally {
      setConfirmValid(false);
      requestAnimationFrame(() => resultRef.current?.focus());
    }
  };

  const checking = importer.isPending && importer.variables?.dryRun === true;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t('quizContent.import.title')}</Title>
        <Text size="sm" c="dimmed" maw={760}>
          {t('quizContent.import.intro')}
        </Text>
      </Stack>

      <Card withBorder padding="lg" component="section" aria-labelledby="import-file-title">
        <Stack gap="md">
          <Title order={3} id="import-file-title">
            {t('quizContent.import.importTitle')}
          </Title>
          <Group align="flex-end" gap="md">
            <FileInput
              label={t('quizContent.import.fileLabel')}
              description={t('quizContent.import.fileHelp')}
              placeholder={t('quizContent.import.filePlaceholder')}
              accept=".gift,.txt,.csv,text/plain,text/csv"
              leftSection={<IconFileUpload size={16} aria-hidden="true" />}
              value={file}
              onChange={(next) => void choose(next)}
              clearable
              clearButtonProps={{ 'aria-label': t('quizContent.import.clearFile') }}
              w={{ base: '100%', sm: 420 }}
              error={readError}
            />
            {loaded && (
              <SegmentedControl
                aria-label={t('quizContent.import.formatLabel')}
                value={format}
                onChange={(value) => {
                  const next = value as QuestionFileFormat;
                  setFormat(next);
                  void check(loaded, next);
                }}
                data={[
                  { value: 'gift', label: t('quizContent.import.formatGift') },
                  { value: 'csv', label: t('quizContent.import.formatCsv') },
                ]}
              />
            )}
          </Group>
          <LiveStatus message={checking ? t('quizContent.import.checking') : ''} />
          {checking && <Text size="sm">{t('quizContent.import.checking')}</Text>}
        </Stack>
      </Card>

      {/* Focus moves here when a check or an import finishes, so screen readers read the outcome next. */}
      <div ref={resultRef} tabIndex={-1} style={{ outline: 'none' }}>
        {outcome?.kind === 'imported' && (
          <Alert color="teal" icon={<IconCircleCheck aria-hidden="true" />} role="status">
            <Stack gap="xs" align="flex-start">
              <Text>{t('quizContent.import.imported', { count: outcome.count })}</Text>
              <ButtonLink
                to="/quiz/manage/$editionId/questions"
                params={{ editionId }}
                search={{ status: 'draft' }}
                size="xs"
                variant="white"
              >
                {t('quizContent.import.toQuestions')}
              </ButtonLink>
            </Stack>
          </Alert>
        )}
        {outcome?.kind === 'refused' && (
          <Stack gap="md">
            <Alert
              color="red"
              icon={<IconAlertTriangle aria-hidden="true" />}
              role="alert"
              title={t('quizContent.import.refused')}
            >
              {outcome.message}
            </Alert>
            {outcome.errors.length > 0 && (
              <IssueTable caption={t('quizContent.import.errorsCaption')} issues={outcome.errors} />
            )}
          </Stack>
        )}
        {report && loaded && (
          <ImportPreview
            fileName={loaded.name}
            report={report}
            importing={importer.isPending && importer.variables?.dryRun === false}
            onImportAll={() => void runImport(false)}
            onImportValid={() => setConfirmValid(true)}
          />
        )}
      </div>

      <ExportSection editionId={editionId} />

      <ConfirmDialog
        opened={confirmValid}
        title={t('quizContent.import.confirmValidTitle')}
        message={t('quizContent.import.confirmValidText', { valid: report?.valid ?? 0 })}
        confirmLabel={t('quizContent.import.importValid', { count: report?.valid ?? 0 })}
        loading={importer.isPending}
        onConfirm={() => void runImport(true)}
        onCancel={() => setConfirmValid(false)}
      />
    </Stack>
  );
}

/** Long labels wrap on a phone instead of being cut off. */
const wrappingButton = {
  h: 'auto',
  mih: 36,
  py: 6,
  styles: { label: { whiteSpace: 'normal' } },
} as const;

interface ImportPreviewProps {
  fileName: string;
  report: ImportReport;
  importing: boolean;
  onImportAll: () => void;
  onImportValid: () => void;
}

function ImportPreview({ fileName, report, importing, onImportAll, onImportValid }: ImportPreviewProps) {
  const { t } = useTranslation();
  const reasonId = useId();
  const hasErrors = report.errors.length > 0;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="import-preview-title">
      <Stack gap="md">
        <Title order={3} id="import-preview-title">
          {t('quizContent.import.previewTitle', { file: fileName })}
        </Title>
        <Text>{t('quizContent.import.summary', { count: report.total, valid: report.valid })}</Text>

        {hasErrors ? (
          <Alert
            color="red"
            icon={<IconAlertTriangle aria-hidden="true" />}
            title={t('quizContent.import.errorsTitle', { count: report.errors.length })}
            role="alert"
          >
            {t('quizContent.import.errorsIntro')}
          </Alert>
        ) : (
          <Alert color="teal" icon={<IconCircleCheck aria-hidden="true" />}>
            {t('quizContent.import.clean')}
          </Alert>
        )}

        {hasErrors && <IssueTable caption={t('quizContent.import.errorsCaption')} issues={report.errors} />}
        {report.warnings.length > 0 && (
          <Stack gap={4}>
            <Text fw={600}>{t('quizContent.import.warningsTitle', { count: report.warnings.length })}</Text>
            <IssueTable caption={t('quizContent.import.warningsCaption')} issues={report.warnings} />
          </Stack>
        )}

        {(report.creates.themes.length > 0 || report.creates.objectives.length > 0) && (
          <Stack gap={4}>
            <Text fw={600}>{t('quizContent.import.createsTitle')}</Text>
            {report.creates.themes.length > 0 && (
              <Text size="sm">
                {t('quizContent.import.createsThemes', { list: report.creates.themes.join(', ') })}
              </Text>
            )}
            {report.creates.objectives.length > 0 && (
              <>
                <Text size="sm">{t('quizContent.import.createsObjectives')}</Text>
                <List size="sm" withPadding>
                  {report.creates.objectives.map((o) => (
                    <List.Item key={`${o.theme}/${o.objective}`}>
                      {t('quizContent.import.createsObjective', { objective: o.objective, theme: o.theme })}
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </Stack>
        )}

        {report.questions.length > 0 && (
          <TableFrame caption={t('quizContent.import.questionsCaption')} minWidth={720}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('quizContent.import.questionColumns.line')}</Table.Th>
                <Table.Th scope="col">{t('quizContent.import.questionColumns.stem')}</Table.Th>
                <Table.Th scope="col">{t('quizContent.import.questionColumns.type')}</Table.Th>
                <Table.Th scope="col">{t('quizContent.import.questionColumns.pool')}</Table.Th>
                <Table.Th scope="col">{t('quizContent.import.questionColumns.objective')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.questions.map((q) => (
                <Table.Tr key={q.line}>
                  <Table.Td>{q.line}</Table.Td>
                  <Table.Th scope="row" fw={500}>
                    {q.stem}
                  </Table.Th>
                  <Table.Td>
                    {t(`quizContent.types.${q.type as 'single'}`, { defaultValue: q.type })}
                  </Table.Td>
                  <Table.Td>{t(`quizContent.pools.${q.pool as 'core'}`, { defaultValue: q.pool })}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{q.objective}</Text>
                    <Text size="xs" c="dimmed">
                      {q.theme}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </TableFrame>
        )}

        <Stack gap={4}>
          <Group gap="sm">
            <Button
              {...wrappingButton}
              leftSection={<IconUpload size={16} aria-hidden="true" />}
              disabled={hasErrors || report.valid === 0}
              aria-describedby={hasErrors ? reasonId : undefined}
              loading={importing}
              onClick={onImportAll}
            >
              {t('quizContent.import.importAllCount', { count: report.valid })}
            </Button>
            {hasErrors && report.valid > 0 && (
              <Button
                {...wrappingButton}
                variant="light"
                color="orange"
                onClick={onImportValid}
                disabled={importing}
              >
                {t('quizContent.import.importValid', { count: report.valid })}
              </Button>
            )}
          </Group>
          {hasErrors && (
            <Text size="sm" c="dimmed" id={reasonId}>
              {report.valid > 0
                ? t('quizContent.import.importAllDisabled')
                : t('quizContent.import.nothingValid')}
            </Text>
          )}
        </Stack>
      </Stack>
    </Card>
  );
}

/** Errors or warnings, one row each, by line, in words. */
function IssueTable({ caption, issues }: { caption: string; issues: ImportIssue[] }) {
  const { t, i18n } = useTranslation();
  return (
    <TableFrame caption={caption} minWidth={300}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" w={80}>
            {t('quizContent.import.line')}
          </Table.Th>
          <Table.Th scope="col">{t('quizContent.import.message')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {issues.map((issue, index) => (
          // Issues are a fixed list from one check; several can share a line and a code.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Table.Tr key={index} data-code={issue.code}>
            <Table.Td>{issue.line}</Table.Td>
            <Table.Td>{describeIssue(issue, i18n)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </TableFrame>
  );
}

function ExportSection({ editionId }: { editionId: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="export-title">
      <Stack gap="sm">
        <Title order={3} id="export-title">
          {t('quizContent.import.exportTitle')}
        </Title>
        <Text size="sm">{t('quizContent.import.exportIntro')}</Text>
        <Group gap="sm">
          <Button
            component="a"
            href={exportUrl(editionId, 'gift')}
            download
            variant="light"
            leftSection={<IconDownload size={16} aria-hidden="true" />}
          >
            {t('quizContent.import.exportGift')}
          </Button>
          <Button
            component="a"
            href={exportUrl(editionId, 'csv')}
            download
            variant="light"
            leftSection={<IconDownload size={16} aria-hidden="true" />}
          >
            {t('quizContent.import.exportCsv')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('quizContent.import.templateText')}
        </Text>
      </Stack>
    </Card>
  );
}
