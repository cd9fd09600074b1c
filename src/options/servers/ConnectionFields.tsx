// The connection settings shared by the add and edit forms: transport, headers, call timeout,
// the cap on calls a minute, the Origin switch. Header values are secrets: a saved one is never shown again, only replaced or
// kept.
import { useId } from 'preact/hooks';
import type { HeadersInput } from '../../shared/messages/contract';
import {
  DEFAULT_CALLS_PER_MINUTE,
  MAX_CALLS_PER_MINUTE,
  type TransportPreference,
} from '../../shared/storage/items';
import { Switch } from '../../ui/Switch';

export interface HeaderRow {
  /** Stable identity for the list, as names change while typed. */
  id: number;
  name: string;
  /** Undefined keeps the saved value. */
  value?: string;
  saved: boolean;
}

export interface ConnectionDraft {
  transport: TransportPreference;
  timeoutSeconds: string;
  callsPerMinute: string;
  headers: HeaderRow[];
  omitOrigin: boolean;
}

export const TRANSPORT_LABELS: Record<TransportPreference, string> = {
  auto: 'Automatic (from the URL)',
  'streamable-http': 'Streamable HTTP',
  sse: 'HTTP+SSE (legacy)',
  websocket: 'WebSocket',
};

let nextRowId = 1;

/** Rows for headers already saved: names only, values hidden. */
export function savedHeaderRows(names: readonly string[]): HeaderRow[] {
  return names.map((name) => ({ id: nextRowId++, name, saved: true }));
}

export function headersInput(rows: HeaderRow[]): HeadersInput {
  return rows
    .filter((r) => r.name.trim())
    .map((r) => ({ name: r.name.trim(), ...(r.value === undefined ? {} : { value: r.value }) }));
}

export function ConnectionFields({
  url,
  draft,
  onChange,
}: {
  url: string;
  draft: ConnectionDraft;
  onChange: (draft: ConnectionDraft) => void;
}) {
  const websocket = draft.transport === 'websocket' || /^wss?:/i.test(url.trim());
  const originHintId = useId();
  const capHintId = useId();
  const setRow = (i: number, row: Partial<HeaderRow>) =>
    onChange({ ...draft, headers: draft.headers.map((r, j) => (j === i ? { ...r, ...row } : r)) });
  return (
    <fieldset class="connection">
      <legend>Connection</legend>
      <label>
        Transport
        <select
          name="transport"
          value={draft.transport}
          onChange={(e) =>
            onChange({ ...draft, transport: e.currentTarget.value as TransportPreference })
          }
        >
          {Object.entries(TRANSPORT_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Tool call timeout (seconds)
        <input
          name="timeout"
          type="number"
          min={1}
          max={3600}
          value={draft.timeoutSeconds}
          onInput={(e) => onChange({ ...draft, timeoutSeconds: e.currentTarget.value })}
        />
      </label>
      <label>
        Tool calls per minute, at most
        <input
          name="callsPerMinute"
          type="number"
          min={1}
          max={MAX_CALLS_PER_MINUTE}
          value={draft.callsPerMinute}
          aria-describedby={capHintId}
          onInput={(e) => onChange({ ...draft, callsPerMinute: e.currentTarget.value })}
        />
      </label>
      <p id={capHintId} class="hint">
        Calls over this are not sent, whoever approved them, and the model is told to wait; it keeps
        a runaway auto mode from flooding the server. {DEFAULT_CALLS_PER_MINUTE} unless you change
        it.
      </p>
      <fieldset class="headers">
        <legend class="label-text">
          Headers sent with every request (for example Authorization)
        </legend>
        {websocket && (
          <p class="hint" role="note">
            Browsers cannot send headers on a WebSocket, so these are not used for this server. Put
            a token in the URL only if the server asks for it there.
          </p>
        )}
        {draft.headers.map((row, i) => (
          <div class="header-row" key={row.id}>
            <input
              aria-label={`Header ${i + 1} name`}
              placeholder="Authorization"
              value={row.name}
              onInput={(e) => setRow(i, { name: e.currentTarget.value })}
            />
            {row.saved && row.value === undefined ? (
              <>
                <span class="secret">•••••• saved (hidden)</span>
                <button type="button" onClick={() => setRow(i, { value: '' })}>
                  Replace
                </button>
              </>
            ) : (
              <input
                aria-label={`Header ${i + 1} value`}
                type="password"
                autocomplete="off"
                placeholder="Bearer …"
                value={row.value ?? ''}
                onInput={(e) => setRow(i, { value: e.currentTarget.value })}
              />
            )}
            <button
              type="button"
              aria-label={`Remove header ${i + 1}`}
              onClick={() =>
                onChange({ ...draft, headers: draft.headers.filter((_, j) => j !== i) })
              }
            >
              ×
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() =>
            onChange({
              ...draft,
              headers: [...draft.headers, { id: nextRowId++, name: '', value: '', saved: false }],
            })
          }
        >
          Add header
        </button>
      </fieldset>
      <div class="origin-switch">
        <Switch
          label="Send requests without the Origin header"
          checked={draft.omitOrigin}
          describedBy={originHintId}
          onChange={(omitOrigin) => onChange({ ...draft, omitOrigin })}
        />
        <p id={originHintId} class="hint">
          For a server that refuses MCP Switchboard’s Origin (HTTP 403): the extension’s requests to
          this server’s URL are then sent without one, as a desktop app’s are. The cost: the server
          can no longer tell them from a desktop app’s, and its allowed-origins list no longer
          guards it from this extension; web pages gain nothing, as only the extension’s own
          requests are changed.
        </p>
      </div>
    </fieldset>
  );
}

export function timeoutMs(draft: ConnectionDraft): number | undefined {
  const seconds = Number(draft.timeoutSeconds);
  return Number.isFinite(seconds) && seconds >= 1 ? Math.round(seconds * 1000) : undefined;
}

/** The cap typed, when it is one the background takes; undefined keeps the saved one. */
export function callsPerMinute(draft: ConnectionDraft): number | undefined {
  const cap = Number(draft.callsPerMinute);
  return Number.isInteger(cap) && cap >= 1 && cap <= MAX_CALLS_PER_MINUTE ? cap : undefined;
}
