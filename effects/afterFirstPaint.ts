// When a page has just loaded, the browser is still laying it out, painting and rasterizing its
// first frames. Lede's first analysis waits until the page has been shown, so it neither delays
// the reader's first sight of the page nor runs at half speed beside that work (measured on a
// two-core machine: the same analysis took about twice as long started at once as started after
// the first frames). The wait is a couple of frames, about 30 ms on a visible tab.

/** What the wait needs from the page's window. */
export type FrameScope = Pick<Window, 'requestAnimationFrame' | 'setTimeout' | 'clearTimeout'>;

/** A hidden tab draws no frames: it is analysed after this long instead. */
const FIRST_PAINT_TIMEOUT_MS = 1000;

/**
 * Resolves in the first task after the page's next frame has been drawn: a frame callback runs
 * before its frame is drawn, so the second callback comes after the first frame is done.
 */
export function afterFirstPaint(win: FrameScope, timeoutMs = FIRST_PAINT_TIMEOUT_MS): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      win.clearTimeout(timer);
      resolve();
    };
    const timer = win.setTimeout(done, timeoutMs);
    win.requestAnimationFrame(() => win.requestAnimationFrame(() => win.setTimeout(done, 0)));
  });
}
