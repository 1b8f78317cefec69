import type { CSSProperties } from 'react';

interface MediaImageProps {
  /** `/media/:id` as the API gives it. */
  src: string;
  /** The text alternative: the question's alt text, or the sponsor's name for a logo. */
  alt: string;
  /** Tallest the image may be; it never gets wider than its container. */
  maxHeight?: CSSProperties['maxHeight'];
  /** Load at once (the image is in view now, e.g. the question being played). */
  eager?: boolean;
  style?: CSSProperties;
}

/**
 * An uploaded image, responsive: at most as wide as its container and `maxHeight` tall, with
 * its own proportions. Decoded off the main thread; lazy unless it is in view anyway.
 */
export function MediaImage({
  src,
  alt,
  maxHeight = 'min(50vh, 28rem)',
  eager = false,
  style,
}: MediaImageProps) {
  return (
    <img
      src={src}
      alt={alt}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
      style={{
        display: 'block',
        maxWidth: '100%',
        height: 'auto',
        maxHeight,
        objectFit: 'contain',
        borderRadius: 'var(--mantine-radius-sm)',
        ...style,
      }}
    />
  );
}
