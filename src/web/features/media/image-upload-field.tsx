import { Box, Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { IconPhoto, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../components/live-status.tsx';
import { describeError } from '../../lib/errors.ts';
import { useUploadImage } from './api.ts';
import { MediaImage } from './media-image.tsx';
import { acceptedImageTypes, checkImageFile, imageProblemOf, mediaUrl } from './upload.ts';

interface ImageUploadFieldProps {
  label: string;
  description?: string | undefined;
  /** The uploaded image's id, or null for none. */
  value: string | null;
  onChange: (imageId: string | null) => void;
  /** Alt text of the preview: the question's description, or the sponsor's name. */
  previewAlt: string;
  /** A problem from the form (e.g. the server no longer knows the image). */
  error?: ReactNode;
  disabled?: boolean | undefined;
  /** Preview height; logos are shown smaller than question images. */
  previewHeight?: number | undefined;
}

/**
 * Choose an image, upload it at once and show a preview; "remove" takes it off again. The id
 * goes into the form; the form's own save stores the reference.
 */
export function ImageUploadField({
  label,
  description,
  value,
  onChange,
  previewAlt,
  error,
  disabled,
  previewHeight = 200,
}: ImageUploadFieldProps) {
  const { t, i18n } = useTranslation();
  const upload = useUploadImage();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  // The form was reset or the image removed elsewhere: forget the chosen file too.
  useEffect(() => {
    if (!value) setFile(null);
  }, [value]);

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setProblem(null);
    if (!chosen) return;
    const local = checkImageFile(chosen);
    if (local) {
      setProblem(t(`media.errors.${local}`));
      setFile(null);
      return;
    }
    setStatus(t('media.upload.uploading'));
    upload.mutate(chosen, {
      onSuccess: (image) => {
        onChange(image.id);
        setStatus(t('media.upload.uploaded'));
      },
      onError: (failure) => {
        const known = imageProblemOf(failure);
        setProblem(known ? t(`media.errors.${known}`) : describeError(failure, i18n));
        setFile(null);
        setStatus('');
      },
    });
  };

  const remove = () => {
    setFile(null);
    setProblem(null);
    onChange(null);
    setStatus(t('media.upload.removed'));
  };

  return (
    <Stack gap={8}>
      <FileInput
        label={label}
        description={description ? `${description} ${t('media.upload.help')}` : t('media.upload.help')}
        placeholder={value ? t('media.upload.replace') : t('media.upload.choose')}
        accept={acceptedImageTypes}
        value={file}
        onChange={choose}
        error={problem ?? error}
        disabled={disabled || upload.isPending}
        leftSection={<IconPhoto size={18} aria-hidden="true" />}
        // Mantine's placeholder grey is too light to read (contrast below 4.5:1).
        styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
        style={{ maxWidth: 420 }}
      />
      <LiveStatus message={status} />
      {upload.isPending && (
        <Text size="sm" c="dimmed">
          {t('media.upload.uploading')}
        </Text>
      )}
      {value && (
        <Group align="flex-end" gap="md" wrap="wrap">
          <Box
            p={6}
            bd="1px solid var(--mantine-color-default-border)"
            style={{ borderRadius: 'var(--mantine-radius-md)', maxWidth: '100%' }}
          >
            <Text size="xs" c="dimmed" mb={4}>
              {t('media.upload.preview')}
            </Text>
            <MediaImage src={mediaUrl(value)} alt={previewAlt} maxHeight={previewHeight} eager />
          </Box>
          {!disabled && (
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              leftSection={<IconTrash size={14} aria-hidden="true" />}
              onClick={remove}
            >
              {t('media.upload.remove')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
