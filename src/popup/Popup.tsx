// The toolbar popup, the quick glance: this tab's chat site, tool calls waiting or running in
// chat tabs, broken site support, and every server with its live state. It opens with a fixed
// handful of requests, however many servers there are, and follows the background's pushes.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { ask, type ServerFeed } from '../ui/background';
import { Later, LaterPart } from '../ui/later';
import { StorageProblems } from '../ui/StorageProblems';
import { useServers } from '../ui/use-servers';
import { CurrentTab } from './CurrentTab';
import { currentTab, type PopupTab } from './current-tab';
import { summariesByServer } from './latency';
import { PendingList } from './PendingList';
import { ServerRow } from './ServerRow';
import { SiteHealthList } from './SiteHealthList';
import { useAnswer } from './use-answer';

// Shown only now and then: loaded when first shown, so the popup opens with less script.
const addServerForm = new LaterPart(
  () => import('../options/servers/AddServerForm').then((module) => module.AddServerForm),
  'add-server form',
);
const approvals = new LaterPart(
  () => import('./Approvals').then((module) => module.Approvals),
  'calls waiting for you',
);

const OPTIONS_URL = browser.runtime.getURL('src/options/index.html');

const loadHealth = () => ask('health.get', {});
const loadSites = async () => (await ask('sites.get', {})).sites;
const loadPending = async () => (await ask('calls.pending', {})).calls;
const loadWaiting = async () => (await ask('consent.list', {})).waiting;
const loadMetrics = async () => summariesByServer((await ask('activity.get', {})).metrics.servers);

export function Popup({ feed }: { feed: ServerFeed }) {
  const servers = useServers(feed);
  const [tab, setTab] = useState<PopupTab | null>();
  useEffect(() => {
    currentTab().then(
      (found) => setTab(found ?? null),
      () => setTab(null),
    );
  }, []);
  // Health is reported by tabs as they check themselves, which follows server and settings changes.
  const health = useAnswer(feed, 'servers', loadHealth);
  const sites = useAnswer(feed, 'servers', loadSites);
  const pending = useAnswer(feed, 'activity', loadPending);
  const waiting = useAnswer(feed, 'activity', loadWaiting);
  const metrics = useAnswer(feed, 'activity', loadMetrics);
  const failed = [health, sites, pending, waiting, metrics].find((answer) => answer.error)?.error;
  const [adding, setAdding] = useState(false);
  const openOptions = (event: Event) => {
    event.preventDefault();
    void browser.runtime.openOptionsPage();
  };
  const showForm = adding || servers?.length === 0;

  return (
    <main>
      <header>
        <h1>MCP Switchboard</h1>
        <a href={OPTIONS_URL} onClick={openOptions}>
          Settings
        </a>
      </header>
      <StorageProblems feed={feed} />
      {failed && (
        <p class="form-error" role="alert">
          {`Could not load everything: ${failed}`}
        </p>
      )}
      <CurrentTab tab={tab} sites={sites.value} health={health.value} />
      {waiting.value?.length ? <Later part={approvals} props={{ waiting: waiting.value }} /> : null}
      <PendingList calls={pending.value} />
      <SiteHealthList broken={health.value?.broken} />
      <section class="server-list" aria-labelledby="servers-title">
        <div class="row">
          <h2 id="servers-title">Servers</h2>
          {servers !== undefined && servers.length > 0 && (
            <button
              type="button"
              class="link"
              aria-expanded={adding}
              onClick={() => setAdding(!adding)}
            >
              {adding ? 'Close' : 'Add server'}
            </button>
          )}
        </div>
        {showForm && (
          <>
            <Later part={addServerForm} props={{ compact: true }} />
            <p class="hint">
              The transport is picked from the URL. Headers, timeout and transport:{' '}
              <a href={`${OPTIONS_URL}#servers`} onClick={openOptions}>
                Settings
              </a>
              .
            </p>
          </>
        )}
        {servers === undefined && <p class="empty">Loading…</p>}
        {servers?.length === 0 && <p class="empty">No servers yet: add one above.</p>}
        <ul class="servers" aria-label="Servers">
          {servers?.map((server) => (
            <ServerRow key={server.id} server={server} calls={metrics.value?.get(server.name)} />
          ))}
        </ul>
      </section>
    </main>
  );
}
