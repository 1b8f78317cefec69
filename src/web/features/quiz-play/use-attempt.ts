import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isApiError } from '../../lib/api.ts';
import { createAnswerSlots, deliverAnswer } from './answer-delivery.ts';
import {
  type AnswerFeedback,
  type AnswerResponse,
  type AttemptSummary,
  type CurrentQuestion,
  fetchCurrent,
  postAnswer,
  takeReceivedCurrent,
} from './api.ts';
import { createWakeableWait } from './retry.ts';

/** The server accepts answers this long after the visible clock reaches 0 (rules: 2 s), plus a margin. */
const GRACE_AND_MARGIN_MS = 2500;
/** When the server still shows the question (within its grace), ask again after this long. */
const ASK_AGAIN_MS = 1000;

export type Delivery =
  | { status: 'idle' }
  | { status: 'sending' }
  | { status: 'retrying' }
  | { status: 'failed'; error: unknown };

export type AttemptView =
  | { kind: 'loading'; reconnecting: boolean }
  | {
      kind: 'question';
      current: CurrentQuestion;
      /** When the clock reaches 0, on `performance.now()`'s clock (immune to changes of the device clock). */
      deadline: number;
      delivery: Delivery;
    }
  | { kind: 'timedOut'; current: CurrentQuestion; askAgainMs: number }
  | { kind: 'feedback'; current: CurrentQuestion; response: AnswerResponse; feedback: AnswerFeedback }
  | { kind: 'done'; summary: AttemptSummary }
  | { kind: 'error'; error: unknown };

/** Outcomes that mean "the server knows better where we are": load the current question again. */
const resyncCodes = new Set(['attempt_ended', 'not_served', 'already_answered']);

/**
 * One attempt, driven by the server: it says which question is up and how much time is
 * left; this hook shows it, sends the answer (same key on every retry, remembered across
 * reloads), shows the feedback, and moves on when the time is up.
 */
export function useAttempt(attemptId: string) {
  const [view, setView] = useState<AttemptView>({ kind: 'loading', reconnecting: false });
  /** Shown above the next question after a 409 already_answered. */
  const [alreadyAnswered, setAlreadyAnswered] = useState(false);
  const queryClient = useQueryClient();
  const slots = useMemo(() => createAnswerSlots(), []);
  const waiter = useMemo(() => createWakeableWait(), []);
  const lifetime = useRef<AbortController>(new AbortController());
  // `deliver` and `load` call each other; the ref breaks the cycle between the two callbacks.
  const loadRef = useRef<() => Promise<void>>(async () => undefined);

  useEffect(() => {
    const controller = new AbortController();
    lifetime.current = controller;
    return () => controller.abort(new DOMException('Left the quiz', 'AbortError'));
  }, []);

  const deliver = useCallback(
    async (current: CurrentQuestion, response: AnswerResponse) => {
      const { position } = current;
      const signal = lifetime.current.signal;
      const key = slots.keyFor(attemptId, position);
      slots.rememberPending(attemptId, position, key, response);
      const setDelivery = (delivery: Delivery) =>
        setView((v) => (v.kind === 'question' && v.current.position === position ? { ...v, delivery } : v));
      setDelivery({ status: 'sending' });
      try {
        const outcome = await deliverAnswer(
          (body) => postAnswer(attemptId, body),
          { position, key, response },
          {
            signal,
            wait: waiter.wait,
            onRetry: () => setDelivery({ status: 'retrying' }),
          },
        );
        slots.settle(attemptId, position);
        if (outcome.kind === 'recorded') {
          setView({ kind: 'feedback', current, response, feedback: outcome.feedback });
        } else {
          setAlreadyAnswered(true);
          void loadRef.current();
        }
      } catch (error) {
        if (signal.aborted) return;
        if (isApiError(error) && (resyncCodes.has(error.code) || error.status === 404)) {
          slots.settle(attemptId, position);
          void loadRef.current();
          return;
        }
        setDelivery({ status: 'failed', error });
      }
    },
    [attemptId, slots, waiter],
  );

  const load = useCallback(async () => {
    const signal = lifetime.current.signal;
    setView({ kind: 'loading', reconnecting: false });
    try {
      // The first question usually came with the play state (the route's beforeLoad): no request.
      const received = takeReceivedCurrent(queryClient, attemptId);
      const current =
        received?.view ??
        (await fetchCurrent(attemptId, {
          signal,
          wait: waiter.wait,
          onRetry: () => setView({ kind: 'loading', reconnecting: true }),
        }));
      // The server's time left counts from when its answer arrived, not from now.
      const receivedAt = received?.receivedAt ?? performance.now();
      if (current.done) {
        setView({ kind: 'done', summary: current.summary });
        return;
      }
      // An answer given before a reload or a lost connection goes out again, with its key
      // (also in the server's grace period, when the clock already shows 0).
      const pending = slots.pendingFor(attemptId, current.position);
      const deadline = receivedAt + current.remainingMs;
      if (deadline <= performance.now() && pending === undefined) {
        // Still in the server's grace period: it skips the question in a moment.
        setView({ kind: 'timedOut', current, askAgainMs: ASK_AGAIN_MS });
        return;
      }
      setView({
        kind: 'question',
        current,
        deadline,
        delivery: { status: 'idle' },
      });
      if (pending !== undefined) void deliver(current, pending);
    } catch (error) {
      if (!signal.aborted) setView({ kind: 'error', error });
    }
  }, [attemptId, queryClient, slots, waiter, deliver]);

  useEffect(() => {
    loadRef.current = load;
    void load();
  }, [load]);

  // The clock reaches 0 with no answer on its way: the question is over.
  useEffect(() => {
    if (view.kind !== 'question') return;
    if (view.delivery.status === 'sending' || view.delivery.status === 'retrying') return;
    const timer = setTimeout(
      () => {
        slots.settle(attemptId, view.current.position);
        setView((v) =>
          v === view ? { kind: 'timedOut', current: view.current, askAgainMs: GRACE_AND_MARGIN_MS } : v,
        );
      },
      Math.max(0, view.deadline - performance.now()),
    );
    return () => clearTimeout(timer);
  }, [view, attemptId, slots]);

  // After the time is up, ask the server what comes next (it skips the question after its grace).
  useEffect(() => {
    if (view.kind !== 'timedOut') return;
    const timer = setTimeout(() => void load(), view.askAgainMs);
    return () => clearTimeout(timer);
  }, [view, load]);

  const answer = useCallback(
    (response: AnswerResponse) => {
      if (view.kind !== 'question') return;
      if (view.delivery.status === 'sending' || view.delivery.status === 'retrying') return;
      if (performance.now() >= view.deadline) return;
      void deliver(view.current, response);
    },
    [view, deliver],
  );

  const next = useCallback(() => {
    setAlreadyAnswered(false);
    void load();
  }, [load]);

  return { view, answer, next, retryNow: waiter.wake, alreadyAnswered };
}
