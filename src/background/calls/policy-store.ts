// The user's consent choices in chrome.storage.local; only extension pages may change them.
import { withPolicy } from '../../shared/mcp/policy';
import type { ItemStorage } from '../../shared/storage/item-storage';
import { type Policies, type Policy, policiesItem } from '../../shared/storage/items';

export class PolicyStore {
  constructor(private readonly storage: ItemStorage) {}

  /** From memory once read; a change by any context is read again (ItemStorage). */
  get(): Promise<Policies> {
    return this.storage.get(policiesItem);
  }

  /** Sets one tool's policy, or the server's default when `tool` is undefined; null clears it. */
  async set(serverId: string, tool: string | undefined, policy: Policy | null): Promise<void> {
    await this.storage.update(policiesItem, (policies) =>
      withPolicy(policies, serverId, tool, policy),
    );
  }
}
