/**
 * A path inside this app to go to after logging in, or null. Only same-site paths are
 * allowed, so a crafted link like /login?redirect=https://evil.example cannot send people away.
 */
export function safeRedirect(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (value.startsWith('/login')) return null;
  // A control character (e.g. a tab or newline) could make browsers read it as another URL.
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return null;
  }
  return value;
}
