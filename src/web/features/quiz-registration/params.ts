/** An edition year from a URL segment (`/quiz/2027`), or null when it is not a plausible year. */
export function parseYear(value: string): number | null {
  if (!/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 2000 && year <= 2100 ? year : null;
}
