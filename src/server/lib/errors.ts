/**
 * The catalogue of named errors. Each has a stable code (translated in the web app)
 * and an HTTP status; the global error handler turns them into
 * `{ error: { code, message, details } }`.
 */
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

export interface ErrorDetails {
  fields?: FieldProblem[];
  [key: string]: unknown;
}

export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: ErrorDetails | undefined;

  constructor(status: number, code: string, message: string, details?: ErrorDetails) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export const unauthenticated = () => new AppError(401, 'unauthenticated', 'You need to log in first.');
export const forbidden = (message = 'You are not allowed to do this.') =>
  new AppError(403, 'forbidden', message);
export const notFound = (what: string) => new AppError(404, 'not_found', `${what} was not found.`, { what });
export const conflict = (code: string, message: string, details?: ErrorDetails) =>
  new AppError(409, code, message, details);
export const invalidCredentials = () =>
  new AppError(401, 'invalid_credentials', 'The e-mail address or password is not correct.');

/** A validation problem on one or more named fields. */
export const invalidFields = (fields: FieldProblem[]) =>
  new AppError(400, 'validation_failed', fields.map((f) => `${f.field}: ${f.message}`).join('; '), {
    fields,
  });

export const invalidField = (field: string, code: string, message: string) =>
  invalidFields([{ field, code, message }]);

/** Postgres unique_violation, for turning constraint races into clear conflicts. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = findPgError(error);
  return e?.code === '23505' && (constraint === undefined || e.constraint === constraint);
}

function findPgError(error: unknown): { code?: string; constraint?: string } | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const c = current as { code?: unknown; constraint?: string; cause?: unknown };
    if (typeof c.code === 'string' && /^[0-9A-Z]{5}$/.test(c.code))
      return c as { code: string; constraint?: string };
    current = c.cause;
  }
  return undefined;
}
