/**
 * The order in which one attempt serves its questions: random, but with the themes
 * interleaved so that a participant never gets a block of one theme.
 */
import { mulberry32, type Random, shuffle } from '../random.ts';

export interface OrderableQuestion {
  id: string;
  themeKey: string;
}

/**
 * Rounds of one question per theme: each round visits the themes that still have
 * questions in a shuffled order, taking the next question from that theme's shuffled
 * list. A round never starts with the theme the previous round ended with (when it
 * has a choice), so equally sized themes never produce the same theme twice in a row.
 *
 * Deterministic for a seed and independent of the input order (input is sorted by
 * theme key and id before shuffling).
 */
export function buildAttemptOrder<Q extends OrderableQuestion>(questions: readonly Q[], seed: number): Q[] {
  const random = mulberry32(seed);
  const byTheme = new Map<string, Q[]>();
  const sorted = [...questions].sort(
    (a, b) => compareText(a.themeKey, b.themeKey) || compareText(a.id, b.id),
  );
  for (const question of sorted) {
    const list = byTheme.get(question.themeKey) ?? [];
    list.push(question);
    byTheme.set(question.themeKey, list);
  }
  const queues = new Map<string, Q[]>();
  for (const [theme, list] of byTheme) queues.set(theme, shuffle(list, random));

  const order: Q[] = [];
  let lastTheme: string | undefined;
  while (order.length < sorted.length) {
    const themes = [...queues.keys()].filter((theme) => (queues.get(theme)?.length ?? 0) > 0);
    const round = shuffleAvoidingFirst(themes, lastTheme, random);
    for (const theme of round) {
      order.push(queues.get(theme)!.shift()!);
      lastTheme = theme;
    }
  }
  return order;
}

function shuffleAvoidingFirst(
  themes: readonly string[],
  avoid: string | undefined,
  random: Random,
): string[] {
  const round = shuffle(themes, random);
  if (round.length > 1 && round[0] === avoid) {
    // Swap with a random later position: still random, and deterministic for the seed.
    const j = 1 + Math.floor(random() * (round.length - 1));
    [round[0], round[j]] = [round[j]!, round[0]!];
  }
  return round;
}

/** Code-unit order, so the result does not depend on the machine's locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
