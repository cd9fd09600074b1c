// An application-level ping on a live connection. It keeps long-lived connections honest and the
// MV3 worker alive (WebSocket data frames count as activity; ping/pong control frames do not).
// Two missed answers in a row mean the peer is dead.
import type { Client } from '@modelcontextprotocol/client';

export class Heartbeat<C extends Pick<Client, 'ping'> = Pick<Client, 'ping'>> {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private client: C | undefined;
  private missed = 0;

  constructor(
    private readonly intervalMs: number,
    private readonly onDead: (client: C) => void,
  ) {}

  start(client: C): void {
    this.stop();
    this.client = client;
    this.missed = 0;
    this.schedule(client);
  }

  stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.client = undefined;
  }

  private schedule(client: C): void {
    this.timer = setTimeout(() => void this.beat(client), this.intervalMs);
  }

  private async beat(client: C): Promise<void> {
    try {
      await client.ping({ timeout: Math.min(10_000, this.intervalMs) });
      this.missed = 0;
    } catch {
      this.missed++;
    }
    if (this.client !== client) return; // stopped, or started again for another connection
    if (this.missed >= 2) {
      this.stop();
      this.onDead(client);
      return;
    }
    this.schedule(client);
  }
}
