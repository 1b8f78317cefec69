// Set-up through the HTTP API, for journeys that test a later step in the browser.

/** The demo accounts' password (README). */
export const DEMO_PASSWORD = 'wegwijs-demo';

/** A calendar date in Europe/Amsterdam, `offsetDays` from today. */
export function amsterdamDate(offsetDays = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );
}

/** Logs a demo account in with its password over the API and returns the Cookie header. */
export async function passwordLogin(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200)
    throw new Error(`log-in of ${email} → ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** A JSON API caller with a session cookie; a non-2xx answer throws with its body. */
export function apiClient(baseUrl: string, cookie: string) {
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
}

export type Api = ReturnType<typeof apiClient>;
