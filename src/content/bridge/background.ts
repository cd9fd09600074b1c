// The content script's only way to the background: typed requests over runtime messaging.
import browser from 'webextension-polyfill';
import { request } from '../../shared/messages/client';
import type { MessageName, Messages } from '../../shared/messages/contract';
import type { RequestOf, ResponseOf } from '../../shared/messages/define';

export function ask<K extends MessageName>(
  name: K,
  payload: RequestOf<Messages[K]>,
): Promise<ResponseOf<Messages[K]>> {
  return request((message) => browser.runtime.sendMessage(message), name, payload);
}
