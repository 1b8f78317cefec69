import { Button, Collapse, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconCheck, IconMessagePlus, IconRotate } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import { currentLocale } from '../../i18n/i18n.ts';
import { formatDateTime } from '../../lib/format.ts';
import { describeQuizError } from './errors.ts';
import { useAddComment, useResolveComment } from './questions-api.ts';
import type { QuestionComment, QuestionDetail } from './types.ts';

/** Comments without a part of their own are about the whole question. */
export const isGeneralComment = (comment: QuestionComment): boolean => comment.anchor === null;

/** "de vraagtekst", "antwoord 2", "stap 2": the part of the question an anchor points at. */
export function useAnchorLabel(question: QuestionDetail) {
  const { t } = useTranslation();
  return (anchor: string | null): string => {
    const option = /^option:(\d+)$/.exec(anchor ?? '');
    if (option) {
      const number = Number(option[1]);
      return question.current.content.type === 'ordering'
        ? t('quizContent.comments.parts.step', { number })
        : t('quizContent.comments.parts.option', { number });
    }
    if (anchor === 'stem' || anchor === 'explanation' || anchor === 'settings') {
      return t(`quizContent.comments.parts.${anchor}`);
    }
    return t('quizContent.comments.general');
  };
}

interface AnchoredCommentsProps {
  question: QuestionDetail;
  /** `stem`, `explanation`, `option:N`, or null for the whole question. */
  anchor: string | null;
  canComment: boolean;
}

/**
 * The review comments on one part of a question, shown right under that part: open ones in
 * full, resolved ones folded away; and a small form to add one.
 */
export function AnchoredComments({ question, anchor, canComment }: AnchoredCommentsProps) {
  const { t } = useTranslation();
  const partLabel = useAnchorLabel(question)(anchor);
  const [showResolved, setShowResolved] = useState(false);
  const resolvedId = useId();
  const comments = question.comments.filter((c) =>
    anchor === null ? isGeneralComment(c) : c.anchor === anchor,
  );
  const open = comments.filter((c) => !c.resolved);
  const resolved = comments.filter((c) => c.resolved);
  if (comments.length === 0 && !canComment) return null;

  return (
    <Stack gap={6}>
      {open.map((comment) => (
        <CommentItem key={comment.id} question={question} comment={comment} canResolve={canComment} />
      ))}
      {resolved.length > 0 && (
        <div>
          <Button
            variant="subtle"
            size="compact-xs"
            aria-expanded={showResolved}
            aria-controls={resolvedId}
            onClick={() => setShowResolved((v) => !v)}
          >
            {showResolved
              ? t('quizContent.comments.hideResolved')
              : t('quizContent.comments.showResolved', { count: resolved.length })}
          </Button>
          <Collapse expanded={showResolved} id={resolvedId}>
            <Stack gap={6} mt={6}>
              {resolved.map((comment) => (
                <CommentItem key={comment.id} question={question} comment={comment} canResolve={canComment} />
              ))}
            </Stack>
          </Collapse>
        </div>
      )}
      {canComment && <CommentForm question={question} anchor={anchor} partLabel={partLabel} />}
    </Stack>
  );
}

function CommentItem({
  question,
  comment,
  canResolve,
}: {
  question: QuestionDetail;
  comment: QuestionComment;
  canResolve: boolean;
}) {
  const { t, i18n } = useTranslation();
  const resolve = useResolveComment(question.id);
  const name = comment.author?.name ?? t('quizContent.review.system');
  const olderVersion = question.versions.find(
    (v) => v.id === comment.versionId && v.id !== question.current.id,
  );

  const toggle = () =>
    resolve.mutate(
      { commentId: comment.id, resolved: !comment.resolved },
      { onError: (error) => notifyError(describeQuizError(error, i18n)) },
    );

  return (
    <Paper
      withBorder
      p="xs"
      radius="sm"
      bg={comment.resolved ? 'var(--mantine-color-gray-0)' : 'var(--mantine-color-yellow-0)'}
      style={{ borderLeft: `4px solid var(--mantine-color-${comment.resolved ? 'gray-4' : 'yellow-6'})` }}
      data-comment-anchor={comment.anchor ?? ''}
    >
      <Stack gap={4}>
        <Text size="xs" c="dimmed">
          <Text span fw={600} c="var(--mantine-color-text)" size="xs">
            {name}
          </Text>{' '}
          · {formatDateTime(comment.createdAt, currentLocale())}
          {olderVersion &&
            ` · ${t('quizContent.comments.onOlderVersion', { version: olderVersion.version })}`}
          {comment.resolved && ` · ${t('quizContent.comments.resolved')}`}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {comment.body}
        </Text>
        {canResolve && (
          <div>
            <Button
              size="compact-xs"
              variant="subtle"
              color={comment.resolved ? 'gray' : 'teal'}
              leftSection={
                comment.resolved ? (
                  <IconRotate size={12} aria-hidden="true" />
                ) : (
                  <IconCheck size={12} aria-hidden="true" />
                )
              }
              aria-label={
                comment.resolved
                  ? t('quizContent.comments.reopenLabel', { name })
                  : t('quizContent.comments.resolveLabel', { name })
              }
              loading={resolve.isPending}
              onClick={toggle}
            >
              {comment.resolved ? t('quizContent.comments.reopen') : t('quizContent.comments.resolve')}
            </Button>
          </div>
        )}
      </Stack>
    </Paper>
  );
}

function CommentForm({
  question,
  anchor,
  partLabel,
}: {
  question: QuestionDetail;
  anchor: string | null;
  partLabel: string;
}) {
  const { t, i18n } = useTranslation();
  const add = useAddComment(question.id);
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const label =
    anchor === null ? t('quizContent.comments.add') : t('quizContent.comments.addOn', { part: partLabel });

  const post = () => {
    if (body.trim() === '') {
      setError(t('validation.required'));
      return;
    }
    add.mutate(
      { body: body.trim(), ...(anchor ? { anchor } : {}) },
      {
        onSuccess: () => {
          notifySuccess(t('quizContent.comments.posted'));
          setBody('');
          setError(null);
          setOpen(false);
        },
        onError: (err) => setError(describeQuizError(err, i18n)),
      },
    );
  };

  if (!open) {
    return (
      <div>
        <Button
          variant="subtle"
          size="compact-xs"
          leftSection={<IconMessagePlus size={14} aria-hidden="true" />}
          onClick={() => setOpen(true)}
        >
          {label}
        </Button>
      </div>
    );
  }
  return (
    <Stack gap={6}>
      <Textarea
        label={label}
        autosize
        minRows={2}
        value={body}
        error={error}
        data-autofocus
        autoFocus
        onChange={(event) => setBody(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
      />
      <Group gap="xs">
        <Button size="xs" onClick={post} loading={add.isPending}>
          {t('quizContent.comments.post')}
        </Button>
        <Button size="xs" variant="default" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
