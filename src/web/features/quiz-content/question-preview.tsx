import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MediaImage } from '../media/media-image.tsx';
import { mediaUrl } from '../media/upload.ts';
import { RichText } from './rich-text.tsx';
import type { QuestionContentInput } from './types.ts';

/** A stored version read-only: text, image, answers (right ones marked, in words), feedback, explanation. */
export function QuestionPreview({ content }: { content: QuestionContentInput }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <RichText text={content.stem} format={content.stemFormat} />
      {content.imageId && (
        <MediaImage src={mediaUrl(content.imageId)} alt={content.imageAlt ?? ''} maxHeight={320} />
      )}
      <List type={content.type === 'ordering' ? 'ordered' : 'unordered'} spacing={6} withPadding>
        {content.options.map((option, index) => (
          // Options of a stored version never move: their position is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <List.Item key={index}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <RichText text={option.text} format={content.stemFormat} />
              {content.type !== 'ordering' && (
                <Badge size="sm" variant="light" color={option.correct ? 'teal' : 'gray'} tt="none">
                  {option.correct ? t('quizContent.editor.correctMark') : t('quizContent.editor.wrongMark')}
                </Badge>
              )}
            </Group>
            {option.feedback && (
              <Text size="sm" c="dimmed">
                {t('quizContent.editor.feedbackLabel')}: {option.feedback}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
      <Stack gap={2}>
        <Text fw={600} size="sm">
          {t('quizContent.editor.explanation')}
        </Text>
        <RichText text={content.explanation} format={content.stemFormat} />
      </Stack>
    </Stack>
  );
}
