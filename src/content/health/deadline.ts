// A timer that each event pushes back, for "nothing happened for N ms". A streaming reply changes
// the page hundreds of times a second; clearing and setting a timer on each change is the costly
// way. This one keeps a single timer: it wakes at the old deadline and sleeps again for what is left.

export class Deadline {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private at = 0;

  constructor(
    private readonly ms: number,
    private readonly fire: () => void,
  ) {}

  /** Fires `ms` from now, unless pushed again before. */
  push(): void {
    this.at = Date.now() + this.ms;
    this.timer ??= setTimeout(this.wake, this.ms);
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly wake = () => {
    const left = this.at - Date.now();
    if (left > 0) {
      this.timer = setTimeout(this.wake, left);
      return;
    }
    this.timer = undefined;
    this.fire();
  };
}
