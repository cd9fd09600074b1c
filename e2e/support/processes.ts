// The processes a test started, read from /proc (Linux, where the e2e tests run): whether one
// still runs, and which ones descend from another.
import { readdirSync, readFileSync } from 'node:fs';

function stat(pid: number): { state: string; ppid: number } | undefined {
  try {
    // The command name in parentheses may hold spaces and parentheses: read after the last ')'.
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [state, ppid] = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { state: state!, ppid: Number(ppid) };
  } catch {
    return undefined;
  }
}

const pids = () =>
  readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);

/** Runs, and is not a zombie waiting for its parent to collect it. */
export function alive(pid: number): boolean {
  const s = stat(pid);
  return s !== undefined && s.state !== 'Z';
}

/** Processes whose command line contains `text`. */
export function processesWith(text: string): number[] {
  return pids().filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text);
    } catch {
      return false;
    }
  });
}

/** `pid`'s children, their children, and so on. */
export function descendants(pid: number): number[] {
  const parents = new Map(pids().map((p) => [p, stat(p)?.ppid]));
  const found: number[] = [];
  const visit = (parent: number) => {
    for (const [child, ppid] of parents) {
      if (ppid === parent && !found.includes(child)) {
        found.push(child);
        visit(child);
      }
    }
  };
  visit(pid);
  return found;
}
