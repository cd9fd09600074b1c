// The consent frame: an extension page a call's card frames in the chat page. It shows the
// proposal named in its address as the background holds it, and follows it over a port.
import '../shared/zod-setup';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { CONSENT_PORT, type ConsentPush, type ConsentView } from '../shared/messages/consent';
import { isPush } from '../shared/messages/push';
import { ask } from '../ui/background';
import { ConsentCard } from './ConsentCard';
import './consent.css';
import './frame.css';

const params = new URLSearchParams(location.hash.slice(1));
const proposalId = params.get('p') ?? '';
document.documentElement.dataset.theme = params.get('t') === 'dark' ? 'dark' : 'light';

/** Tells the card around this frame something it needs to know: its height, or that the call
 * must be proposed again. Nothing in it is secret, so any parent may read it. */
const tell = (message: { type: string; height?: number }) =>
  window.parent.postMessage({ ...message, source: 'mcp-switchboard-consent' }, '*');

function Frame() {
  const [view, setView] = useState<ConsentView>();
  useEffect(() => {
    let port: ReturnType<typeof browser.runtime.connect> | undefined;
    const connect = () => {
      port = browser.runtime.connect({ name: CONSENT_PORT });
      port.onMessage.addListener((message: unknown) => {
        if (isPush<ConsentPush>(message, 'consent.view') && message.view.proposalId === proposalId)
          setView(message.view);
      });
      // The worker stopped: connect again, and hear the proposal's state anew.
      port.onDisconnect.addListener(() => setTimeout(connect, 500));
      port.postMessage({ proposalId });
    };
    connect();
    return () => port?.disconnect();
  }, []);
  useEffect(() => {
    if (view?.state === 'gone') tell({ type: 'stale' });
  }, [view?.state]);
  if (!view) return <p class="loading">Loading the call…</p>;
  const after = (next: Promise<ConsentView>) => next.then(setView);
  return (
    <ConsentCard
      view={view}
      actions={{
        run: () => after(ask('consent.approve', { proposalId })),
        deny: () => after(ask('consent.deny', { proposalId })),
        cancel: () => ask('consent.cancel', { proposalId }).then(() => undefined),
        answer: (elicitId, answer) =>
          ask('elicit.answer', { elicitId, ...answer }).then(() => undefined),
      }}
    />
  );
}

const root = document.getElementById('app')!;
if (window.top === window) {
  root.textContent = 'This page only works inside a tool call’s card in a chat.';
} else {
  render(<Frame />, root);
  new ResizeObserver(() => tell({ type: 'height', height: document.body.scrollHeight })).observe(
    document.body,
  );
}
