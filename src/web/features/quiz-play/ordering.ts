/** The order a participant builds for an ordering question: a list of display positions. */

/** A copy of `list` with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  if (list.length === 0) return next;
  const source = Math.min(Math.max(from, 0), list.length - 1);
  const target = Math.min(Math.max(to, 0), list.length - 1);
  const [item] = next.splice(source, 1);
  next.splice(target, 0, item as T);
  return next;
}

/** The starting order: the options as the server listed them (already shuffled per person). */
export const initialOrder = (optionCount: number): number[] =>
  Array.from({ length: optionCount }, (_, i) => i);

/**
 * Where a dragged item belongs: after every other item whose vertical middle the pointer
 * has passed. `middles` are the items' middles in list order, the dragged one included.
 */
export function dropIndex(middles: readonly number[], pointerY: number, dragged: number): number {
  return middles.reduce((n, middle, index) => (index !== dragged && middle < pointerY ? n + 1 : n), 0);
}

/** How many items stand in the right place, for the feedback ("3 of 4 in the right place"). */
export function positionsRight(given: readonly number[], right: readonly number[]): number {
  return given.reduce((n, item, index) => (right[index] === item ? n + 1 : n), 0);
}
