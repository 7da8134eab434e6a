// Long work in steps. The analysis is written as generators that yield at points where they may
// pause; a caller either runs them to the end at once (the CLI, tests) or a slice at a time
// between the page's own tasks (the content script), so no step holds the page's main thread
// for long. A generator yields only every so many units of work, so pausing costs next to nothing.

export type Steps<T> = Generator<void, T, void>;

/** Units of work (nodes, tokens, figures) between two points where the work may pause. */
export const STEP = 256;

/** Runs steps to their end, synchronously. */
export function runToEnd<T>(steps: Steps<T>): T {
  let result = steps.next();
  while (!result.done) result = steps.next();
  return result.value;
}

/** The clock `timed` steps read by default. */
export const performanceNow = (): number => performance.now();

/** Runs steps, adding the time spent in them (not the pauses between) through `add`. */
export function* timed<T>(steps: Steps<T>, now: () => number, add: (ms: number) => void): Steps<T> {
  for (;;) {
    const t = now();
    const step = steps.next();
    add(now() - t);
    if (step.done) return step.value;
    yield;
  }
}
