// The user's consent choices in chrome.storage.local; only extension pages may change them.
import { readItem, type StorageAreaLike, writeItem } from '../../shared/storage/item';
import { type Policies, type Policy, policiesItem } from '../../shared/storage/items';

export class PolicyStore {
  private writes: Promise<unknown> = Promise.resolve();

  constructor(private readonly area: StorageAreaLike) {}

  async get(): Promise<Policies> {
    return (await readItem(this.area, policiesItem)).value;
  }

  /** Sets one tool's policy, or the server's default when `tool` is undefined; null clears it. */
  set(serverId: string, tool: string | undefined, policy: Policy | null): Promise<void> {
    const run = this.writes.then(async () => {
      const policies = structuredClone(await this.get());
      const server = policies[serverId] ?? { tools: {} };
      policies[serverId] = server;
      if (tool === undefined) {
        if (policy) server.default = policy;
        else delete server.default;
      } else if (policy) server.tools[tool] = policy;
      else delete server.tools[tool];
      await writeItem(this.area, policiesItem, policies);
    });
    this.writes = run.catch(() => {});
    return run;
  }
}
