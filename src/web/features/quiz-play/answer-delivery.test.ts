import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api.ts';
import { createAnswerSlots, deliverAnswer, newAnswerKey } from './answer-delivery.ts';
import type { AnswerBody, AnswerFeedback } from './api.ts';
import { backoffDelay, isTransient, withRetry } from './retry.ts';

const feedback: AnswerFeedback = {
  position: 3,
  credit: 1,
  correct: true,
  late: false,
  points: 1012,
  streak: 2,
  correctOptions: [1],
  explanation: 'Omdat.',
  optionFeedback: [null, null, null],
  progress: { answered: 4, total: 10 },
};

const offline = () => new ApiError(0, 'network_error', 'The server could not be reached.');

/** A server that fails the first `failures` requests with the given errors, then answers. */
function flakyServer(failures: Error[], answer: () => Promise<AnswerFeedback> = async () => feedback) {
  const received: AnswerBody[] = [];
  return {
    received,
    post: async (body: AnswerBody) => {
      received.push(structuredClone(body));
      const failure = failures.shift();
      if (failure) throw failure;
      return answer();
    },
  };
}

function recordingWait() {
  const waits: number[] = [];
  return { waits, wait: async (ms: number) => void waits.push(ms) };
}

describe('deliverAnswer', () => {
  it('retries network failures with the same key and body until the answer is acknowledged', async () => {
    const server = flakyServer([offline(), new ApiError(503, 'http_503', 'HTTP 503'), offline()]);
    const { waits, wait } = recordingWait();
    const retries: number[] = [];
    const body = { position: 3, key: 'key-1234-abcd', response: [2, 0] };

    const outcome = await deliverAnswer(server.post, body, {
      wait,
      random: () => 1,
      onRetry: ({ retry }) => retries.push(retry),
    });

    expect(outcome).toEqual({ kind: 'recorded', feedback });
    expect(server.received).toHaveLength(4);
    for (const sent of server.received) expect(sent).toEqual(body);
    expect(retries).toEqual([1, 2, 3]);
    // Exponential back-off: each wait twice the one before.
    expect(waits).toEqual([500, 1000, 2000]);
  });

  it('sends what was answered at the time, even if the caller changes its array afterwards', async () => {
    const server = flakyServer([offline()]);
    const response = [1, 2];
    const { wait } = recordingWait();
    const delivery = deliverAnswer(server.post, { position: 0, key: 'key-abcdefgh', response }, { wait });
    response.push(0);
    await delivery;
    expect(server.received.map((b) => b.response)).toEqual([
      [1, 2],
      [1, 2],
    ]);
  });

  it('treats 409 already_answered as acknowledged (an earlier answer counts)', async () => {
    const server = flakyServer([
      offline(),
      new ApiError(409, 'already_answered', 'This question has already been answered.'),
    ]);
    const { wait } = recordingWait();
    const outcome = await deliverAnswer(
      server.post,
      { position: 1, key: 'key-abcdefgh', response: 0 },
      { wait },
    );
    expect(outcome).toEqual({ kind: 'already_answered' });
    expect(server.received).toHaveLength(2);
  });

  it('gives up at once on a final error such as the quiz having ended', async () => {
    const server = flakyServer([new ApiError(409, 'attempt_ended', 'This quiz has ended.')]);
    const { waits, wait } = recordingWait();
    await expect(
      deliverAnswer(server.post, { position: 1, key: 'key-abcdefgh', response: 0 }, { wait }),
    ).rejects.toMatchObject({ code: 'attempt_ended' });
    expect(waits).toEqual([]);
  });

  it('stops retrying when the page stops it', async () => {
    const controller = new AbortController();
    const server = flakyServer([offline(), offline(), offline()]);
    const wait = async () => controller.abort(new Error('left the page'));
    await expect(
      deliverAnswer(
        server.post,
        { position: 1, key: 'key-abcdefgh', response: 0 },
        { wait, signal: controller.signal },
      ),
    ).rejects.toThrow('left the page');
    expect(server.received).toHaveLength(1);
  });
});

describe('withRetry and back-off', () => {
  it('retries only failures that may pass: offline, timeouts, rate limits and server errors', () => {
    expect(isTransient(offline())).toBe(true);
    expect(isTransient(new ApiError(502, 'internal_error', 'Bad gateway'))).toBe(true);
    expect(isTransient(new ApiError(429, 'rate_limited', 'Slow down'))).toBe(true);
    expect(isTransient(new ApiError(400, 'validation_failed', 'Bad'))).toBe(false);
    expect(isTransient(new ApiError(401, 'unauthenticated', 'Log in'))).toBe(false);
    expect(isTransient(new Error('bug'))).toBe(false);
  });

  it('caps the delay and keeps it within the upper half of each step', () => {
    expect(backoffDelay(1, 500, 10_000, () => 0)).toBe(250);
    expect(backoffDelay(1, 500, 10_000, () => 1)).toBe(500);
    expect(backoffDelay(4, 500, 10_000, () => 1)).toBe(4000);
    expect(backoffDelay(20, 500, 10_000, () => 1)).toBe(10_000);
    expect(backoffDelay(20, 500, 10_000, () => 0)).toBe(5000);
  });

  it('returns the first success', async () => {
    let calls = 0;
    const value = await withRetry(
      async () => {
        calls++;
        if (calls < 3) throw offline();
        return 'ok';
      },
      { wait: async () => undefined },
    );
    expect(value).toBe('ok');
    expect(calls).toBe(3);
  });
});

describe('answer slots', () => {
  function memoryStorage() {
    const data = new Map<string, string>();
    return {
      data,
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    };
  }

  it('generates a key once per question and keeps it across page loads', () => {
    const storage = memoryStorage();
    const first = createAnswerSlots(storage).keyFor('attempt-1', 4);
    // A reload: a new page with the same storage.
    const again = createAnswerSlots(storage).keyFor('attempt-1', 4);
    expect(again).toBe(first);
    expect(createAnswerSlots(storage).keyFor('attempt-1', 5)).not.toBe(first);
  });

  it('remembers an unacknowledged answer until it is settled', () => {
    const storage = memoryStorage();
    const slots = createAnswerSlots(storage);
    const key = slots.keyFor('attempt-1', 2);
    slots.rememberPending('attempt-1', 2, key, [3, 1, 0, 2]);
    const reloaded = createAnswerSlots(storage);
    expect(reloaded.pendingFor('attempt-1', 2)).toEqual([3, 1, 0, 2]);
    expect(reloaded.keyFor('attempt-1', 2)).toBe(key);
    reloaded.settle('attempt-1', 2);
    expect(reloaded.pendingFor('attempt-1', 2)).toBeUndefined();
    expect(storage.data.size).toBe(0);
  });

  it('survives a broken stored value', () => {
    const storage = memoryStorage();
    storage.setItem('wegwijs.play.answer.attempt-1.0', '{not json');
    const key = createAnswerSlots(storage).keyFor('attempt-1', 0);
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('makes version 4 UUIDs', () => {
    expect(newAnswerKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
