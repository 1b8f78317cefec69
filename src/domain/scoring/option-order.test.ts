import { describe, expect, it } from 'vitest';
import { questionTypes } from '../questions/model.ts';
import { evaluateAnswer } from './evaluate.ts';
import { shuffleOptions, toDisplayIndex, toStoredIndex, toStoredResponse } from './option-order.ts';

const isPermutation = (order: number[], n: number) =>
  order.length === n && [...order].sort((a, b) => a - b).every((v, i) => v === i);

describe('shuffleOptions', () => {
  it('returns a permutation, deterministic per seed, for every type', () => {
    for (const type of questionTypes) {
      for (let seed = 0; seed < 50; seed++) {
        const order = shuffleOptions(type, 5, seed);
        expect(isPermutation(order, 5)).toBe(true);
        expect(shuffleOptions(type, 5, seed)).toEqual(order);
      }
    }
  });

  it('keeps true/false in stored order', () => {
    for (let seed = 0; seed < 20; seed++) expect(shuffleOptions('truefalse', 2, seed)).toEqual([0, 1]);
  });

  it('actually shuffles choice questions', () => {
    const orders = new Set(Array.from({ length: 50 }, (_, seed) => shuffleOptions('single', 4, seed).join()));
    expect(orders.size).toBeGreaterThan(10);
  });

  it('never shows an ordering question in its right order', () => {
    for (let seed = 0; seed < 500; seed++) {
      for (const n of [2, 3, 4]) {
        const order = shuffleOptions('ordering', n, seed);
        expect(isPermutation(order, n)).toBe(true);
        expect(order.every((stored, position) => stored === position)).toBe(false);
      }
    }
  });

  it('handles tiny option counts', () => {
    expect(shuffleOptions('single', 1, 3)).toEqual([0]);
    expect(shuffleOptions('single', 0, 3)).toEqual([]);
  });
});

describe('display ↔ stored mapping', () => {
  const displayOrder = [2, 0, 3, 1];

  it('maps single positions both ways', () => {
    expect(toStoredIndex(displayOrder, 0)).toBe(2);
    expect(toDisplayIndex(displayOrder, 2)).toBe(0);
    expect(toStoredIndex(displayOrder, 4)).toBeUndefined();
    expect(toStoredIndex(displayOrder, 1.5)).toBeUndefined();
    expect(toDisplayIndex(displayOrder, 9)).toBeUndefined();
  });

  it('maps whole responses, keeping shape and order', () => {
    expect(toStoredResponse(displayOrder, 2)).toEqual({ ok: true, value: 3 });
    expect(toStoredResponse(displayOrder, [3, 0])).toEqual({ ok: true, value: [1, 2] });
  });

  it('rejects positions that do not exist and wrong shapes', () => {
    const outOfRange = toStoredResponse(displayOrder, [0, 7]);
    expect(outOfRange.ok || outOfRange.error.code).toBe('option_out_of_range');
    const wrong = toStoredResponse(displayOrder, 'x' as unknown as number);
    expect(wrong.ok || wrong.error.code).toBe('response_wrong_shape');
  });

  it('round-trips: clicking the displayed right order scores as right', () => {
    const question = { type: 'ordering' as const, options: [0, 1, 2, 3].map(() => ({ correct: true })) };
    const shown = shuffleOptions('ordering', 4, 12345);
    // The participant drags the shown options into the right order: the display position of stored 0, 1, 2, 3.
    const clicked = [0, 1, 2, 3].map((stored) => toDisplayIndex(shown, stored)!);
    const stored = toStoredResponse(shown, clicked);
    expect(stored).toEqual({ ok: true, value: [0, 1, 2, 3] });
    if (!stored.ok) return;
    const result = evaluateAnswer(question, stored.value);
    expect(result.ok && result.value.credit).toBe(1);
  });
});
