// Search parameters of pages, validated by hand so the router (in the main bundle) needs no
// schema library. Anything malformed in a URL is dropped rather than shown as an error, so an
// edited or old link still opens the page.

/** A 1-based page number, or undefined. */
export function pageParam(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 1 ? n : undefined;
}

/** Free text up to `max` characters; the router reads `?q=2024` as a number, so numbers become text again. */
export function textParam(value: unknown, max = 200): string | undefined {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  return typeof text === 'string' && text !== '' && text.length <= max ? text : undefined;
}

/** One of a fixed set of values, or undefined. */
export function oneOfParam<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

export interface ListSearch {
  q?: string | undefined;
  page?: number | undefined;
}

export function validateListSearch(search: Record<string, unknown>): ListSearch {
  return { q: textParam(search.q), page: pageParam(search.page) };
}

export interface PageSearch {
  page?: number | undefined;
}

export function validatePageSearch(search: Record<string, unknown>): PageSearch {
  return { page: pageParam(search.page) };
}
