// Extension pages' way to the background: typed requests, the live server-status feed, and word
// of new activity. The router checks every answer against the contract before it leaves the
// background, and only our own extension's contexts can answer, so answers and pushes are opened,
// not checked again: the pages then load no schema library, and the popup opens sooner.
import browser from 'webextension-polyfill';
import { openAnswer } from '../shared/messages/answer';
import type { ActivityPush, MessageName, Messages, StatusPush } from '../shared/messages/contract';
import type { RequestOf, ResponseOf } from '../shared/messages/define';
import { isPush, STATUS_PORT } from '../shared/messages/push';
import type { ServerView, StorageProblem } from '../shared/messages/views';
import { ActivityCue } from './activity-cue';

export function ask<K extends MessageName>(
  name: K,
  payload: RequestOf<Messages[K]>,
): Promise<ResponseOf<Messages[K]>> {
  return browser.runtime
    .sendMessage({ type: name, payload })
    .then((answer) => openAnswer(name, answer) as ResponseOf<Messages[K]>);
}

/** What to tell the user when `ask` failed: the background's message, which is written for them. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

type Listener = (servers: ServerView[] | undefined) => void;

/** The latest server list pushed by the background; reconnects if the worker restarts. */
export class ServerFeed {
  private servers: ServerView[] | undefined;
  private storageProblems: StorageProblem[] = [];
  private readonly listeners = new Set<Listener>();
  private readonly problemListeners = new Set<(problems: StorageProblem[]) => void>();
  private readonly activityListeners = new Set<() => void>();
  private readonly activity = new ActivityCue(() => {
    for (const listener of this.activityListeners) listener();
  });

  constructor() {
    this.connect();
  }

  get current(): ServerView[] | undefined {
    return this.servers;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** What the background could not save, as of its last push. */
  get problems(): StorageProblem[] {
    return this.storageProblems;
  }

  onProblems(listener: (problems: StorageProblem[]) => void): () => void {
    this.problemListeners.add(listener);
    return () => this.problemListeners.delete(listener);
  }

  /**
   * Calls `listener` when calls were recorded or the activity cleared (once a burst of them is
   * over, and not while the page is hidden), and after a reconnect.
   */
  onActivity(listener: () => void): () => void {
    this.activityListeners.add(listener);
    return () => this.activityListeners.delete(listener);
  }

  private connect(): void {
    const port = browser.runtime.connect({ name: STATUS_PORT });
    port.onMessage.addListener((message: unknown) => {
      if (isPush<ActivityPush>(message, 'activity')) {
        this.activity.notify();
        return;
      }
      if (!isPush<StatusPush>(message, 'servers')) return;
      this.servers = message.servers;
      for (const listener of this.listeners) listener(this.servers);
      if (JSON.stringify(message.problems) !== JSON.stringify(this.storageProblems)) {
        this.storageProblems = message.problems;
        for (const listener of this.problemListeners) listener(this.storageProblems);
      }
    });
    // The worker was stopped (idle or updated); a new port wakes it and resends the state.
    // Calls may land before the new port does, so listeners to activity ask again too.
    port.onDisconnect.addListener(() =>
      setTimeout(() => {
        this.connect();
        this.activity.now();
      }, 250),
    );
  }
}
