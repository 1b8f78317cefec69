import { isApiError } from '../../lib/api.ts';

/**
 * Failures worth sending the very same request again for: no answer at all (offline, a
 * dropped 4G connection), a timeout, rate limiting, or a server or gateway error. Every
 * other answer is final.
 */
export function isTransient(error: unknown): boolean {
  if (!isApiError(error)) return false;
  return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}

/**
 * Exponential back-off with jitter: 0.5 s, 1 s, 2 s, 4 s … up to `maxMs`, each drawn from
 * the upper half of its step, so thousands of phones that lost the same cell tower do not
 * all come back in the same instant.
 */
export function backoffDelay(
  retry: number,
  baseMs = 500,
  maxMs = 10_000,
  random: () => number = Math.random,
) {
  const step = Math.min(maxMs, baseMs * 2 ** Math.max(0, retry - 1));
  return Math.round(step / 2 + (random() * step) / 2);
}

export interface RetryInfo {
  /** 1 for the first retry. */
  retry: number;
  delayMs: number;
  error: unknown;
}

export interface RetryOptions {
  /** Called before each wait, e.g. to show "we proberen het opnieuw". */
  onRetry?: (info: RetryInfo) => void;
  /** Waits `ms` (may resolve early, e.g. when the browser is back online); rejects when aborted. */
  wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
  baseDelayMs?: number;
  maxDelayMs?: number;
  random?: () => number;
}

/**
 * Runs `operation` until it succeeds or fails with a final (non-transient) error; there is
 * no limit on the number of tries, only on the delay between them. Stops when `signal` aborts.
 */
export async function withRetry<T>(operation: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const wait = options.wait ?? waitOrOnline;
  for (let retry = 1; ; retry++) {
    options.signal?.throwIfAborted();
    try {
      return await operation();
    } catch (error) {
      if (!isTransient(error)) throw error;
      options.signal?.throwIfAborted();
      const delayMs = backoffDelay(retry, options.baseDelayMs, options.maxDelayMs, options.random);
      options.onRetry?.({ retry, delayMs, error });
      await wait(delayMs, options.signal);
    }
  }
}

/** Waits `ms`, or less when the browser reports it is online again. */
export function waitOrOnline(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      globalThis.removeEventListener?.('online', done);
      signal?.removeEventListener('abort', aborted);
      resolve();
    };
    const aborted = () => {
      clearTimeout(timer);
      globalThis.removeEventListener?.('online', done);
      reject(signal?.reason);
    };
    const timer = setTimeout(done, ms);
    globalThis.addEventListener?.('online', done);
    signal?.addEventListener('abort', aborted, { once: true });
  });
}

/**
 * A wait that can also be cut short by hand ("Nu opnieuw proberen"), next to the timer and
 * the browser's online event.
 */
export function createWakeableWait() {
  let wakeUp: (() => void) | null = null;
  return {
    wait(ms: number, signal?: AbortSignal): Promise<void> {
      const early = new AbortController();
      const onAbort = () => early.abort(signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      return new Promise<void>((resolve, reject) => {
        wakeUp = resolve;
        waitOrOnline(ms, early.signal).then(resolve, reject);
      }).finally(() => {
        wakeUp = null;
        signal?.removeEventListener('abort', onAbort);
        early.abort();
      });
    },
    wake(): void {
      wakeUp?.();
    },
  };
}
