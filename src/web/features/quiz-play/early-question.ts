import { EARLY_QUESTION_ID } from '../../../domain/page-data.ts';

// The play page's HTML can carry the current question as a plain form (src/server/modules/
// play/early-question.ts), shown over the app until the app shows the question itself.
// Whatever was chosen there carries over; then the plain form goes.

function earlyElement(): HTMLElement | null {
  return globalThis.document?.getElementById(EARLY_QUESTION_ID) ?? null;
}

/** The options chosen in the plain form for the question at `position` (display order), or null. */
export function earlyChoice(position: number): number[] | null {
  const element = earlyElement();
  if (!element || element.dataset.position !== String(position)) return null;
  const chosen = Array.from(
    element.querySelectorAll<HTMLInputElement>('input[name="response"]:checked'),
    (input) => Number(input.value),
  ).filter((index) => Number.isInteger(index) && index >= 0);
  return chosen.length > 0 ? chosen : null;
}

/** Removes the plain form: the app shows what it showed, or something else now. */
export function removeEarlyQuestion(): void {
  earlyElement()?.remove();
}
