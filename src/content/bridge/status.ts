// The servers' names and states, pushed by the background whenever they change.
import browser from 'webextension-polyfill';
import type { TabStatusPush } from '../../shared/messages/contract';
import { isPush, STATUS_PORT } from '../../shared/messages/push';
import { extensionAlive } from '../lifetime';

export function watchServers(signal: AbortSignal, onPush: (push: TabStatusPush) => void): void {
  const connect = () => {
    if (signal.aborted || !extensionAlive()) return;
    const port = browser.runtime.connect({ name: STATUS_PORT });
    port.onMessage.addListener((message: unknown) => {
      // The port is our background's alone; its pushes are typed by the contract.
      if (isPush<TabStatusPush>(message, 'tab-status')) onPush(message);
    });
    // The worker stopped (idle or updated): reconnecting wakes it and brings the state again.
    port.onDisconnect.addListener(() => setTimeout(connect, 1000));
    signal.addEventListener('abort', () => port.disconnect(), { once: true });
  };
  connect();
}
