/** Where an uploaded image is served. Images never change, so the URL can be cached forever. */
export const mediaPath = (id: string): string => `/media/${id}`;

/** The absolute URL, for e-mails (which have no page to resolve a relative URL against). */
export const mediaUrl = (baseUrl: string, id: string): string =>
  `${baseUrl.replace(/\/+$/, '')}${mediaPath(id)}`;
