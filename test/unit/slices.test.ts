// The slice runner on a fake clock: how it cuts work into slices around its budget.
import { describe, expect, it } from 'vitest';
import { runInSlices, type SliceStats } from '../../core/slices';
import type { Steps } from '../../core/steps';

/** Steps that each take the given time on a fake clock, and a window whose clock it is. */
function clocked(durations: number[]): { steps: Steps<string>; win: Window & typeof globalThis } {
  let now = 0;
  const win = { performance: { now: () => now }, MessageChannel } as unknown as Window & typeof globalThis;
  const steps = (function* (): Steps<string> {
    for (const ms of durations) {
      now += ms;
      yield;
    }
    return 'done';
  })();
  return { steps, win };
}

const run = async (durations: number[], budgetMs: number): Promise<SliceStats & { value: string }> => {
  const { steps, win } = clocked(durations);
  const stats: SliceStats = { slices: 0, longestSliceMs: 0, busyMs: 0 };
  const value = await runInSlices(steps, win, () => false, stats, budgetMs);
  return { ...stats, value };
};

describe('runInSlices', () => {
  it('does not start a step that would take a slice past its budget', async () => {
    // 5 ms steps, 12 ms budget: two steps a slice (10 ms), never a third (15 ms).
    const stats = await run(Array(12).fill(5), 12);
    expect(stats.value).toBe('done');
    expect(stats.busyMs).toBe(60);
    expect(stats.longestSliceMs).toBe(10);
  });

  it('ends a slice after a step longer than the budget', async () => {
    // A long step cannot be foreseen; the steps after it wait for the next slice.
    const stats = await run([1, 1, 20, 1, 1], 12);
    expect(stats.longestSliceMs).toBe(22);
    expect(stats.slices).toBe(2);
    expect(stats.busyMs).toBe(24);
  });

  it('keeps short steps together', async () => {
    const stats = await run(Array(100).fill(0.1), 12);
    expect(stats.slices).toBe(1);
  });
});
