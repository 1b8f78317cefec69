import { type CSSVariablesResolver, createTheme, darken } from '@mantine/core';

/**
 * Colours chosen for contrast: shade 8 of the primary colour keeps white text on filled
 * buttons and links on white above 4.5:1 (WCAG AA); Mantine's defaults (shade 6) do not.
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 4 },
  defaultRadius: 'md',
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '700' },
  focusRing: 'auto',
  cursorType: 'pointer',
});

/**
 * Where Mantine's light-scheme defaults fall below 4.5:1 on white or on tinted backgrounds:
 * secondary ("dimmed") text, error text, and the text of light badges and alerts (teal,
 * orange and red are too pale on their own tint).
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => {
  const lightText: Record<string, string> = {};
  for (const [name, shades] of Object.entries(resolved.colors)) {
    if (shades[9]) lightText[`--mantine-color-${name}-light-color`] = darken(shades[9], 0.25);
  }
  return {
    variables: {},
    light: {
      '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
      '--mantine-color-error': 'var(--mantine-color-red-9)',
      ...lightText,
    },
    dark: {},
  };
};
