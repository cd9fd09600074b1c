// The user's consent choices in chrome.storage.local; only extension pages may change them.
import { withPolicy } from '../../shared/mcp/policy';
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
      await writeItem(
        this.area,
        policiesItem,
        withPolicy(await this.get(), serverId, tool, policy),
      );
    });
    this.writes = run.catch(() => {});
    return run;
  }
}
