// @vitest-environment happy-dom
// When a press of Run counts: visible whole for a moment, a pointer that rested on the frame where
// it is now, one click; each refusal says why.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { POINTER_MS, RunGate, VISIBLE_MS } from './gate';

type Seen = { isIntersecting: boolean; intersectionRatio: number; isVisible: boolean };
let report: (entry: Seen) => void;
let now = 0;

class FakeObserver {
  constructor(callback: (entries: Seen[]) => void) {
    report = (entry) => callback([entry]);
  }
  observe() {}
  disconnect() {}
}

const visible: Seen = { isIntersecting: true, intersectionRatio: 1, isVisible: true };
const covered: Seen = { ...visible, isVisible: false };

/** A pointer event at the frame whose origin on screen is (`x0`, `y0`). */
function pointer(type: string, x0 = 100, y0 = 200) {
  const event = new MouseEvent(type, {
    clientX: 10,
    clientY: 10,
    screenX: x0 + 10,
    screenY: y0 + 10,
  });
  document.dispatchEvent(event);
}

/** A trusted-looking click as the browser makes it (happy-dom cannot make trusted events). */
function click(detail = 1, x0 = 100, y0 = 200): MouseEvent {
  const event = new MouseEvent('click', {
    detail,
    clientX: 10,
    clientY: 10,
    screenX: x0 + 10,
    screenY: y0 + 10,
  });
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

let gate: RunGate;
beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('PointerEvent', MouseEvent);
  now = 0;
  gate = new RunGate(
    document.createElement('button'),
    () => {},
    () => now,
  );
});
afterEach(() => {
  gate.stop();
  vi.unstubAllGlobals();
});

describe('RunGate', () => {
  it('counts a click once the button was seen whole and the pointer rested on the frame', () => {
    report(visible);
    now = VISIBLE_MS;
    pointer('pointermove');
    now += POINTER_MS;
    expect(gate.verdict(click())).toEqual({ ok: true });
  });

  it('refuses while the page covers or dims the card, and until it has been in view a moment', () => {
    report(covered);
    now = 10_000;
    pointer('pointermove');
    now += POINTER_MS;
    expect(gate.verdict(click())).toMatchObject({
      ok: false,
      reason: expect.stringContaining('covered'),
    });
    report(visible);
    expect(gate.verdict(click())).toMatchObject({
      ok: false,
      reason: expect.stringContaining('just came into view'),
    });
    now += VISIBLE_MS;
    expect(gate.verdict(click()).ok).toBe(true);
  });

  it('refuses a click whose pointer arrived with the card (moved under it), or a double-click', () => {
    report(visible);
    now = VISIBLE_MS;
    pointer('pointermove', 100, 200);
    now += POINTER_MS;
    // The page moved the card: the next event finds the frame somewhere else.
    expect(gate.verdict(click(1, 100, 450))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('moved'),
    });
    pointer('pointermove', 100, 450);
    expect(gate.verdict(click(1, 100, 450)).ok).toBe(false);
    now += POINTER_MS;
    expect(gate.verdict(click(1, 100, 450)).ok).toBe(true);
    expect(gate.verdict(click(2, 100, 450))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('double-click'),
    });
  });

  it('takes Enter or Space on the focused button once the card was seen', () => {
    report(visible);
    now = VISIBLE_MS;
    expect(gate.verdict(click(0)).ok).toBe(true);
  });

  it('never counts a click a script made', () => {
    report(visible);
    now = VISIBLE_MS * 10;
    expect(gate.verdict(new MouseEvent('click', { detail: 0 })).ok).toBe(false);
  });
});

describe('RunGate and fractions of a pixel', () => {
  it('takes a click at whole pixels after pointer moves at fractions, at the same place', () => {
    report(visible);
    now = VISIBLE_MS;
    pointer('pointermove', 100, 199.6);
    now += POINTER_MS;
    expect(gate.verdict(click(1, 100, 200)).ok).toBe(true);
    expect(gate.verdict(click(1, 100, 203)).ok).toBe(false);
  });
});
