// Runs analysis steps (core/steps.ts) a slice at a time on the page's main thread: each slice
// works until its time budget is spent, then hands the thread back to the page through a
// message-channel task, so no task of Lede's runs long enough to make the page stutter. The
// background runs the text stages the same way, so it keeps answering while it works.

import type { Steps } from './steps';

/** Where slices run: a page's window or a worker's global scope. */
export type SliceScope = Pick<typeof globalThis, 'MessageChannel' | 'performance'>;

/** Time a slice may work before it hands the thread back. Well under the 50 ms of a long task. */
const SLICE_BUDGET_MS = 12;

export interface SliceStats {
  slices: number;
  longestSliceMs: number;
  /** Time spent working, all slices together. */
  busyMs: number;
}

/** Thrown into the caller when a newer run superseded this one. */
export class Superseded extends Error {
  constructor() {
    super('superseded by a newer analysis');
  }
}

/**
 * Runs `steps` to their end in slices; rejects with Superseded as soon as `stale()` says a newer
 * run has started. `stats` collects the number of slices and the longest one.
 */
export function runInSlices<T>(
  steps: Steps<T>,
  scope: SliceScope,
  stale: () => boolean,
  stats: SliceStats,
  budgetMs = SLICE_BUDGET_MS,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const channel = new scope.MessageChannel();
    const slice = (): void => {
      if (stale()) {
        channel.port1.close();
        reject(new Superseded());
        return;
      }
      const start = scope.performance.now();
      // The longest step of this slice so far: the next one is not started when one as long
      // would overrun the budget, so a slice ends near its budget, not a whole step past it.
      let longestStep = 0;
      let before = start;
      try {
        for (;;) {
          const step = steps.next();
          const after = scope.performance.now();
          if (step.done) {
            channel.port1.close();
            recordSlice(stats, after - start);
            resolve(step.value);
            return;
          }
          longestStep = Math.max(longestStep, after - before);
          if (after - start + longestStep >= budgetMs) break;
          before = after;
        }
      } catch (error) {
        channel.port1.close();
        reject(error);
        return;
      }
      recordSlice(stats, scope.performance.now() - start);
      channel.port2.postMessage(null);
    };
    channel.port1.onmessage = slice;
    slice();
  });
}

/** Counts a slice of `ms` in `stats`. */
export function recordSlice(stats: SliceStats, ms: number): void {
  stats.slices++;
  stats.busyMs += ms;
  if (ms > stats.longestSliceMs) stats.longestSliceMs = ms;
}
