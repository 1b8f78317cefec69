/**
 * The entry check: a short baseline set spread evenly over all themes (and, within a
 * theme, over its learning objectives). Pure and reproducible from a seed.
 */
import { mulberry32, shuffle } from '../random.ts';

export interface PracticeCandidate {
  id: string;
  themeId: string;
  objectiveId: string;
}

export const DEFAULT_ENTRY_CHECK_SIZE = 12;

/**
 * Draws `size` questions: themes take turns (so 12 over 5 themes gives 3/3/2/2/2), and
 * within a theme the objectives take turns, so the set covers as many objectives as it
 * can. The result alternates themes, which is also a good order to show them in.
 * Returns fewer when the pool is smaller than `size`.
 */
export function drawEntryCheck<T extends PracticeCandidate>(
  candidates: readonly T[],
  size: number,
  seed: number,
): T[] {
  const random = mulberry32(seed);
  // theme → objective → questions, every level in seeded random order.
  const byTheme = new Map<string, Map<string, T[]>>();
  for (const c of shuffle(candidates, random)) {
    let objectives = byTheme.get(c.themeId);
    if (!objectives) {
      objectives = new Map();
      byTheme.set(c.themeId, objectives);
    }
    const list = objectives.get(c.objectiveId) ?? [];
    list.push(c);
    objectives.set(c.objectiveId, list);
  }
  const themes = shuffle([...byTheme.values()], random).map((objectives) => ({
    queues: [...objectives.values()],
    turn: 0,
  }));
  const picked: T[] = [];
  while (picked.length < size) {
    let progressed = false;
    for (const theme of themes) {
      if (picked.length >= size) break;
      const queue = nextNonEmpty(theme);
      if (!queue) continue;
      picked.push(queue.shift()!);
      progressed = true;
    }
    if (!progressed) break;
  }
  return picked;
}

/** The theme's next objective (round robin) that still has a question. */
function nextNonEmpty<T>(theme: { queues: T[][]; turn: number }): T[] | undefined {
  for (let i = 0; i < theme.queues.length; i++) {
    const queue = theme.queues[(theme.turn + i) % theme.queues.length]!;
    if (queue.length > 0) {
      theme.turn = (theme.turn + i + 1) % theme.queues.length;
      return queue;
    }
  }
  return undefined;
}
