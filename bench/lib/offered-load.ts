/**
 * The answer rate the event-day schedule offers: when the players press start (the burst),
 * how many questions each answers and how long each thinks — as if every request took
 * 0 ms. No server can show more than this, so a run whose schedule offers less than the
 * budget's 2,000 answers/s cannot show the target, however fast the app is. Pure: no clock,
 * no I/O.
 */
import { mulberry32 } from '../../src/domain/random.ts';
import type { EventLoadParameters } from './event-load.ts';
import { bestSustained } from './histogram.ts';
import { burstStartOffsets } from './load-generator.ts';

type ScheduleParameters = Pick<EventLoadParameters, 'participants' | 'burstSeconds' | 'burstShare'>;

/**
 * Each player's start time in ms after the burst begins, in player order. Seeded, so every
 * run with the same flags plays the same schedule, and `offeredLoad` sees exactly the start
 * times `runEventLoad` plays.
 */
export function playerStartOffsets(p: ScheduleParameters): number[] {
  const random = mulberry32(7);
  const offsets = burstStartOffsets(p.participants, p.burstSeconds * 1000, p.burstShare, random);
  // The offsets come sorted: shuffle which player starts when, so the probes (the first
  // players) start at random points of the schedule rather than all at its beginning.
  for (let i = offsets.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [offsets[i], offsets[j]] = [offsets[j]!, offsets[i]!];
  }
  return offsets;
}

export interface OfferedLoad {
  /** Best mean over `sustainWindowSeconds` consecutive seconds (as the measured "sustained"). */
  sustained: number;
  /** The busiest single second. */
  peak: number;
  /** Answers offered in each second, from the second of the first answer on. */
  perSecond: number[];
}

/**
 * The answers per second players starting at `startsMs` would give if every request took
 * 0 ms: each answers `questions` questions, the k-th at its start + k × `thinkMs`, binned
 * per second like the load generator bins acknowledged answers.
 */
export function offeredAnswers(
  startsMs: readonly number[],
  questions: number,
  thinkMs: number,
  sustainWindowSeconds: number,
): OfferedLoad {
  const bins: number[] = [];
  for (const start of startsMs) {
    for (let k = 1; k <= questions; k++) {
      const second = Math.floor((start + k * thinkMs) / 1000);
      bins[second] = (bins[second] ?? 0) + 1;
    }
  }
  const first = bins.findIndex((n) => n !== undefined);
  const perSecond =
    first === -1 ? [] : Array.from({ length: bins.length - first }, (_v, i) => bins[first + i] ?? 0);
  return {
    sustained: bestSustained(perSecond, sustainWindowSeconds),
    peak: Math.max(0, ...perSecond),
    perSecond,
  };
}

/**
 * The answer rate the run's schedule offers at most (see `offeredAnswers`), with the run's
 * own start times. Every think time is the mean of `--think-min` and `--think-max` instead
 * of a fresh uniform sample: the k-th answer of a player then comes at its expected time,
 * so the figure is deterministic and needs no second random stream. Sampling would only
 * blur when each player's answers arrive (a player's 60 think times add up to 90 s ± 4.5 s);
 * with the full defaults that moved the 30-second best mean by under 1 %. The `--max-requests` and
 * `--max-duration` caps are left out: they cut a run's end, not its busiest seconds.
 */
export function offeredLoad(
  p: ScheduleParameters &
    Pick<EventLoadParameters, 'questions' | 'thinkMinMs' | 'thinkMaxMs' | 'sustainWindowSeconds'>,
): OfferedLoad {
  return offeredAnswers(
    playerStartOffsets(p),
    p.questions,
    (p.thinkMinMs + p.thinkMaxMs) / 2,
    p.sustainWindowSeconds,
  );
}
