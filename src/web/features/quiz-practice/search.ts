// Search parameters of the practice pages, validated by hand (the router is in the main
// bundle). Kept free of other imports so the router pulls in nothing else from this feature.

/** `?token=` of the links in practice mails (answer and pause links; at most 300 characters). */
export function validateTokenSearch(search: Record<string, unknown>): { token?: string | undefined } {
  const token = search.token;
  return { token: typeof token === 'string' && token !== '' && token.length <= 300 ? token : undefined };
}

/** `?year=` of `/oefenen`: an edition year, or undefined for "the one I take part in". */
export function validateYearSearch(search: Record<string, unknown>): { year?: number | undefined } {
  const value = typeof search.year === 'string' ? Number(search.year) : search.year;
  return {
    year:
      typeof value === 'number' && Number.isInteger(value) && value >= 2000 && value <= 2100
        ? value
        : undefined,
  };
}
