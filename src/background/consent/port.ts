// A consent frame's port: the frame names the proposal it shows in its first message, and from
// then on hears every change to it. The frame's tab is the browser's word, not the frame's.
import type { Runtime } from 'webextension-polyfill';
import type { ConsentPush } from '../../shared/messages/consent';
import type { ConsentService } from './service';

const PROPOSAL_ID = /^[0-9a-f-]{36}$/;

export function attachConsentPort(port: Runtime.Port, consent: ConsentService): void {
  const tabId = port.sender?.tab?.id;
  let detach: (() => void) | undefined;
  port.onMessage.addListener((message: unknown) => {
    const proposalId = (message as { proposalId?: unknown } | null)?.proposalId;
    if (detach || typeof proposalId !== 'string' || !PROPOSAL_ID.test(proposalId)) return;
    detach = consent.attach(
      { proposalId, post: (push: ConsentPush) => port.postMessage(push) },
      tabId,
    );
  });
  port.onDisconnect.addListener(() => detach?.());
}
