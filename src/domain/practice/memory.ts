/**
 * Spaced repetition for practice questions with FSRS (ts-fsrs). One card per person per
 * question remembers how well the person knows it; every answer is a review that moves the
 * card's due date. A wrong answer gets a short interval (the question comes back soon, in
 * one of the next sends), a right one a longer interval. Pure: time is an argument.
 */
import { type Card, createEmptyCard, fsrs, type Grade, Rating } from 'ts-fsrs';
import type { Credit } from '../scoring/evaluate.ts';

/** A card as stored (JSON): dates as ISO strings. */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review: string | null;
}

/**
 * Intervals in whole days: practice comes by mail a few times a week, so FSRS's
 * minute-level learning steps mean nothing here (enable_short_term off). No fuzz, so the
 * schedule is reproducible; intervals never exceed a practice period.
 */
const scheduler = fsrs({
  request_retention: 0.9,
  maximum_interval: 60,
  enable_fuzz: false,
  enable_short_term: false,
});

/** Right → Good, half right (multiple response) → Hard, wrong → Again. */
export function gradeForCredit(credit: Credit): Grade {
  if (credit === 1) return Rating.Good;
  if (credit === 0.5) return Rating.Hard;
  return Rating.Again;
}

/** The card after answering with `credit` at instant `at`; `card` null = first time. */
export function reviewCard(card: StoredCard | null, credit: Credit, at: number): StoredCard {
  const current = card ? toCard(card) : createEmptyCard(new Date(at));
  const next = scheduler.next(current, new Date(at), gradeForCredit(credit)).card;
  return toStored(next);
}

/** When the card is due again (epoch ms). */
export function cardDue(card: StoredCard): number {
  return Date.parse(card.due);
}

function toCard(s: StoredCard): Card {
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsed_days,
    scheduled_days: s.scheduled_days,
    learning_steps: s.learning_steps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state,
    ...(s.last_review ? { last_review: new Date(s.last_review) } : {}),
  };
}

function toStored(c: Card): StoredCard {
  return {
    due: c.due.toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    last_review: c.last_review ? c.last_review.toISOString() : null,
  };
}
