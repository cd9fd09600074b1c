// The content script's only way to the background: typed requests over runtime messaging. The
// background checks every request against the contract; its answers are opened, not re-checked,
// so that no schema library is injected into chat pages.
import browser from 'webextension-polyfill';
import { SwitchboardError } from '../../shared/errors';
import { openAnswer } from '../../shared/messages/answer';
import type { MessageName, Messages } from '../../shared/messages/contract';
import type { RequestOf, ResponseOf } from '../../shared/messages/define';

export async function ask<K extends MessageName>(
  name: K,
  payload: RequestOf<Messages[K]>,
): Promise<ResponseOf<Messages[K]>> {
  let answer: unknown;
  try {
    answer = await browser.runtime.sendMessage({ type: name, payload });
  } catch (error) {
    // This script belongs to an extension that was since updated or reloaded.
    if (error instanceof Error && /context invalidated/i.test(error.message)) {
      throw new SwitchboardError(
        'internal',
        'MCP Switchboard was updated or reloaded. Reload this page to use it.',
      );
    }
    // The worker stopped (killed or crashed) while it held this request: say so plainly, and
    // that nothing retried it, instead of Chrome's wording about listeners and channels.
    if (error instanceof Error && /message channel closed/i.test(error.message)) {
      throw new SwitchboardError(
        'internal',
        'MCP Switchboard stopped before this finished. It may have run once; it was not run again.',
      );
    }
    throw error;
  }
  return openAnswer(name, answer) as ResponseOf<Messages[K]>;
}
