import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, type FrameScope } from '../../effects/afterFirstPaint';

/** A window whose frames are drawn when the test says so; its timers are vitest's fake ones. */
function framesOnCue(): { win: FrameScope; drawFrame: () => void } {
  let waiting: FrameRequestCallback[] = [];
  const win = {
    requestAnimationFrame: (callback: FrameRequestCallback) => waiting.push(callback),
    setTimeout: (handler: () => void, ms: number) => setTimeout(handler, ms),
    clearTimeout: (id: number) => clearTimeout(id),
  } as unknown as FrameScope;
  const drawFrame = (): void => {
    const callbacks = waiting;
    waiting = [];
    for (const callback of callbacks) callback(0);
  };
  return { win, drawFrame };
}

describe('afterFirstPaint', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves in the task after the second frame, not before', async () => {
    const { win, drawFrame } = framesOnCue();
    let resolved = false;
    void afterFirstPaint(win).then(() => {
      resolved = true;
    });
    drawFrame();
    await vi.advanceTimersByTimeAsync(0);
    expect(resolved).toBe(false);
    drawFrame();
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(resolved).toBe(true);
  });

  it('resolves after the timeout on a tab that draws no frames', async () => {
    const { win } = framesOnCue();
    let resolved = false;
    void afterFirstPaint(win, 500).then(() => {
      resolved = true;
    });
    await vi.advanceTimersByTimeAsync(499);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(resolved).toBe(true);
  });
});
