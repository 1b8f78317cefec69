import { isApiError } from '../../lib/api.ts';
import type { AnswerBody, AnswerFeedback, AnswerResponse } from './api.ts';
import { type RetryOptions, withRetry } from './retry.ts';

/**
 * How an answer ended: stored with its feedback, or the server already had an answer for
 * this question (sent before a reload, or by another tab) — which then counts.
 */
export type DeliveryOutcome = { kind: 'recorded'; feedback: AnswerFeedback } | { kind: 'already_answered' };

/**
 * Sends one answer until the server acknowledges it. The body, key included, is fixed
 * before the first try and sent unchanged on every retry, so however often it arrives the
 * server records it once (and returns the same feedback). A 409 `already_answered` is an
 * acknowledgement too. Other errors (the quiz ended, a broken request) are thrown.
 */
export async function deliverAnswer(
  post: (body: AnswerBody) => Promise<AnswerFeedback>,
  body: AnswerBody,
  options: RetryOptions = {},
): Promise<DeliveryOutcome> {
  const fixed: AnswerBody = Object.freeze({
    position: body.position,
    key: body.key,
    response: Array.isArray(body.response) ? [...body.response] : body.response,
  });
  try {
    const feedback = await withRetry(() => post(fixed), options);
    return { kind: 'recorded', feedback };
  } catch (error) {
    if (isApiError(error) && error.status === 409 && error.code === 'already_answered') {
      return { kind: 'already_answered' };
    }
    throw error;
  }
}

/** A v4 UUID; `crypto.randomUUID` only exists on https and localhost, so fall back to random bytes. */
export function newAnswerKey(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** What we remember about one question of an attempt until its answer is acknowledged. */
export interface AnswerSlot {
  key: string;
  /** The answer given but not yet acknowledged, to send again after a reload. */
  pending?: AnswerResponse;
}

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const prefix = 'wegwijs.play.answer.';
const memory = new Map<string, string>();
const memoryStore: KeyValueStore = {
  getItem: (k) => memory.get(k) ?? null,
  setItem: (k, v) => void memory.set(k, v),
  removeItem: (k) => void memory.delete(k),
};

/** localStorage survives closing the tab; when the browser blocks it we keep slots in memory. */
function defaultStore(): KeyValueStore {
  try {
    const store = globalThis.localStorage;
    if (store) {
      store.setItem(`${prefix}probe`, '1');
      store.removeItem(`${prefix}probe`);
      return store;
    }
  } catch {
    // Blocked storage (private mode, strict settings).
  }
  return memoryStore;
}

/**
 * Keeps each question's idempotency key — generated once per question, also across
 * reloads — and the answer still on its way.
 */
export function createAnswerSlots(store: KeyValueStore = defaultStore()) {
  const name = (attemptId: string, position: number) => `${prefix}${attemptId}.${position}`;
  const read = (attemptId: string, position: number): AnswerSlot | null => {
    try {
      const raw = store.getItem(name(attemptId, position));
      const parsed = raw ? (JSON.parse(raw) as AnswerSlot) : null;
      return parsed && typeof parsed.key === 'string' ? parsed : null;
    } catch {
      return null;
    }
  };
  const write = (attemptId: string, position: number, slot: AnswerSlot) => {
    try {
      store.setItem(name(attemptId, position), JSON.stringify(slot));
    } catch {
      // A full or blocked store: the key still lives for this page's lifetime in the caller.
    }
  };
  return {
    /** The key for this question: the stored one, or a new one that is stored at once. */
    keyFor(attemptId: string, position: number): string {
      const existing = read(attemptId, position);
      if (existing) return existing.key;
      const key = newAnswerKey();
      write(attemptId, position, { key });
      return key;
    },
    /** The answer sent but not yet acknowledged, if any (e.g. before a reload). */
    pendingFor(attemptId: string, position: number): AnswerResponse | undefined {
      return read(attemptId, position)?.pending;
    },
    rememberPending(attemptId: string, position: number, key: string, response: AnswerResponse): void {
      write(attemptId, position, { key, pending: response });
    },
    /** The server has the answer: nothing to remember any more. */
    settle(attemptId: string, position: number): void {
      try {
        store.removeItem(name(attemptId, position));
      } catch {
        // Nothing to do.
      }
    },
  };
}

export type AnswerSlots = ReturnType<typeof createAnswerSlots>;
