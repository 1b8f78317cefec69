import { Box, Button, Collapse, Stack, Text, Textarea, type TextareaProps } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RichText } from './rich-text.tsx';
import type { StemFormat } from './types.ts';

interface TextPreviewFieldProps extends Omit<TextareaProps, 'value'> {
  label: string;
  value: string;
  format: StemFormat;
}

/**
 * A text area for question text with a preview of how participants will see it (Markdown
 * or HTML rendered safely). The preview opens under the field, so the text stays in view.
 */
export function TextPreviewField({ label, value, format, ...textarea }: TextPreviewFieldProps) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState(false);
  const previewId = useId();
  return (
    <Stack gap={6}>
      <Textarea label={label} value={value} autosize minRows={3} maxRows={16} {...textarea} />
      {format !== 'plain' && (
        <div>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={
              preview ? <IconEyeOff size={14} aria-hidden="true" /> : <IconEye size={14} aria-hidden="true" />
            }
            aria-expanded={preview}
            aria-controls={previewId}
            onClick={() => setPreview((open) => !open)}
          >
            {t('quizContent.editor.preview')}
          </Button>
        </div>
      )}
      <Collapse expanded={preview && format !== 'plain'} id={previewId}>
        <Box
          role="region"
          aria-label={t('quizContent.editor.previewOf', { field: label })}
          p="sm"
          bd="1px dashed var(--mantine-color-default-border)"
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
        >
          {value.trim() ? (
            <RichText text={value} format={format} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('quizContent.editor.previewEmpty')}
            </Text>
          )}
        </Box>
      </Collapse>
    </Stack>
  );
}
