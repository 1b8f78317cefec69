/**
 * Which practice questions a person gets in the next send, after the entry check.
 * Due cards first (wrong answers are due soonest), with at least one new question mixed in
 * when the send has room for two or more, new questions chosen so themes stay balanced and
 * unseen objectives come first. Pure and reproducible from a seed.
 */
import { mulberry32, type Random, shuffle } from '../random.ts';
import type { PracticeCandidate } from './entry-check.ts';

/** What the person's card says about a question they have answered before. */
export interface QuestionMemory {
  questionId: string;
  /** When FSRS wants it asked again (epoch ms). */
  due: number;
  /** Credit of the last answer (0, 0.5 or 1). */
  lastCredit: number;
}

export interface PickInput<T extends PracticeCandidate> {
  /** Approved practice-pool questions that may be sent. */
  candidates: readonly T[];
  memories: readonly QuestionMemory[];
  /** Questions already sent to the person and not answered yet: never sent twice at once. */
  pending: ReadonlySet<string>;
  /** Every question the person has been sent before (answered or not), for balance and novelty. */
  history: ReadonlyArray<{ questionId: string; themeId: string; objectiveId: string }>;
  count: number;
  /** The send time (epoch ms). */
  now: number;
  seed: number;
}

export type PickReason = 'review' | 'new' | 'ahead';

export interface Pick<T> {
  question: T;
  reason: PickReason;
}

export function pickQuestions<T extends PracticeCandidate>(input: PickInput<T>): Array<Pick<T>> {
  const random = mulberry32(input.seed);
  const byId = new Map(input.candidates.map((c) => [c.id, c]));
  const memory = new Map(input.memories.map((m) => [m.questionId, m]));
  const seen = new Set(input.history.map((h) => h.questionId));
  const available = (id: string) => byId.has(id) && !input.pending.has(id);

  const byUrgency = (a: QuestionMemory, b: QuestionMemory) =>
    a.due - b.due || a.lastCredit - b.lastCredit || a.questionId.localeCompare(b.questionId);
  const remembered = input.memories.filter((m) => available(m.questionId)).sort(byUrgency);
  const due = remembered.filter((m) => m.due <= input.now);
  const notDue = remembered.filter((m) => m.due > input.now);
  const fresh = input.candidates.filter((c) => !memory.has(c.id) && !seen.has(c.id) && available(c.id));

  const count = Math.max(0, input.count);
  const newQuota = count >= 2 ? Math.min(1, fresh.length) : due.length > 0 ? 0 : Math.min(1, fresh.length);
  const picks: Array<Pick<T>> = [];
  const taken = new Set<string>();
  const take = (id: string, reason: PickReason) => {
    picks.push({ question: byId.get(id)!, reason });
    taken.add(id);
  };

  for (const m of due.slice(0, count - newQuota)) take(m.questionId, 'review');
  const themeCounts = countBy(input.history, (h) => h.themeId);
  const objectiveCounts = countBy(input.history, (h) => h.objectiveId);
  for (const p of picks) {
    bump(themeCounts, p.question.themeId);
    bump(objectiveCounts, p.question.objectiveId);
  }
  let pool = shuffle(fresh, random);
  while (picks.length < count && pool.length > 0) {
    const next = balancedNext(pool, themeCounts, objectiveCounts, random);
    pool = pool.filter((c) => c.id !== next.id);
    take(next.id, 'new');
    bump(themeCounts, next.themeId);
    bump(objectiveCounts, next.objectiveId);
  }
  for (const m of due) if (picks.length < count && !taken.has(m.questionId)) take(m.questionId, 'review');
  // Nothing new and nothing due: practise ahead with what is due soonest rather than skip a send.
  for (const m of notDue) if (picks.length < count) take(m.questionId, 'ahead');
  return picks;
}

/** The candidate of the least-practised theme, preferring an objective the person has not met. */
function balancedNext<T extends PracticeCandidate>(
  pool: readonly T[],
  themeCounts: Map<string, number>,
  objectiveCounts: Map<string, number>,
  random: Random,
): T {
  let best: T[] = [];
  let bestKey: [number, number] | undefined;
  for (const c of pool) {
    const key: [number, number] = [themeCounts.get(c.themeId) ?? 0, objectiveCounts.get(c.objectiveId) ?? 0];
    const cmp = bestKey ? key[0] - bestKey[0] || key[1] - bestKey[1] : -1;
    if (cmp < 0) {
      best = [c];
      bestKey = key;
    } else if (cmp === 0) best.push(c);
  }
  return best[Math.floor(random() * best.length)]!;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) bump(counts, key(item));
  return counts;
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
