// The content script's only way to the background: typed requests over runtime messaging.
import browser from 'webextension-polyfill';
import { SwitchboardError } from '../../shared/errors';
import { request } from '../../shared/messages/client';
import type { MessageName, Messages } from '../../shared/messages/contract';
import type { RequestOf, ResponseOf } from '../../shared/messages/define';

export async function ask<K extends MessageName>(
  name: K,
  payload: RequestOf<Messages[K]>,
): Promise<ResponseOf<Messages[K]>> {
  try {
    return await request((message) => browser.runtime.sendMessage(message), name, payload);
  } catch (error) {
    // This script belongs to an extension that was since updated or reloaded.
    if (error instanceof Error && /context invalidated/i.test(error.message)) {
      throw new SwitchboardError(
        'internal',
        'MCP Switchboard was updated or reloaded. Reload this page to use it.',
      );
    }
    throw error;
  }
}
