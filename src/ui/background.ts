// Extension pages' way to the background: typed requests, and the live server-status feed.
import browser from 'webextension-polyfill';
import { request } from '../shared/messages/client';
import { type MessageName, type Messages, statusPushSchema } from '../shared/messages/contract';
import type { RequestOf, ResponseOf } from '../shared/messages/define';
import { STATUS_PORT } from '../shared/messages/push';
import type { ServerView } from '../shared/messages/views';

export function ask<K extends MessageName>(
  name: K,
  payload: RequestOf<Messages[K]>,
): Promise<ResponseOf<Messages[K]>> {
  return request((message) => browser.runtime.sendMessage(message), name, payload);
}

/** What to tell the user when `ask` failed: the background's message, which is written for them. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

type Listener = (servers: ServerView[] | undefined) => void;

/** The latest server list pushed by the background; reconnects if the worker restarts. */
export class ServerFeed {
  private servers: ServerView[] | undefined;
  private readonly listeners = new Set<Listener>();

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

  private connect(): void {
    const port = browser.runtime.connect({ name: STATUS_PORT });
    port.onMessage.addListener((message: unknown) => {
      const push = statusPushSchema.safeParse(message);
      if (!push.success) return;
      this.servers = push.data.servers;
      for (const listener of this.listeners) listener(this.servers);
    });
    // The worker was stopped (idle or updated); a new port wakes it and resends the state.
    port.onDisconnect.addListener(() => setTimeout(() => this.connect(), 250));
  }
}
