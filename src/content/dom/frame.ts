// The next frame, or a short wait where there are none: a hidden tab paints no frames, and work
// such as auto mode must go on there too.

const HIDDEN_TAB_WAIT_MS = 100;

/** Runs `callback` once, at the next frame or after a short wait, whichever comes first. */
export function onNextFrame(callback: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    callback();
  };
  const frame = requestAnimationFrame(run);
  const timer = setTimeout(run, HIDDEN_TAB_WAIT_MS);
}

export const nextFrame = (): Promise<void> => new Promise((resolve) => onNextFrame(resolve));
