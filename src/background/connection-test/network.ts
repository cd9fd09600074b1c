// When the browser could not connect, what little more can be learned. Chromium's fetch rejects
// with the same "Failed to fetch" for a name that does not resolve, a refused port, a failed TLS
// handshake and a firewall, and a WebSocket's error event says nothing either. Loopback names
// always resolve, and a few no-cors requests (which need no permission and read nothing) show
// whether anything answers nearby.
import { isLoopbackHost } from '../../shared/host-access';

export interface NetworkFacts {
  loopback: boolean;
  /** For https:// and wss://: plain HTTP answers on the same host and port. */
  plainHttpAnswers?: boolean;
  /** For ws(s)://: HTTP answers on the same host and port, so only the WebSocket was refused. */
  httpAnswers?: boolean;
  /** Off loopback, on a port of its own: the host answers on its scheme's usual port. */
  hostAnswers?: boolean;
}

const PROBE_TIMEOUT_MS = 3_000;

export async function networkFacts(url: URL, fetchFn: typeof fetch): Promise<NetworkFacts> {
  const loopback = isLoopbackHost(url.hostname);
  const secure = url.protocol === 'https:' || url.protocol === 'wss:';
  const websocket = url.protocol === 'ws:' || url.protocol === 'wss:';
  const httpScheme = secure ? 'https:' : 'http:';
  // The same port, spelled out: http:// alone would mean port 80, not https's 443.
  const port = url.port || (secure ? '443' : '80');
  const [plainHttpAnswers, httpAnswers, hostAnswers] = await Promise.all([
    secure ? answers(`http://${url.hostname}:${port}/`, fetchFn) : undefined,
    websocket ? answers(`${httpScheme}//${url.hostname}:${port}/`, fetchFn) : undefined,
    !loopback && url.port ? answers(`${httpScheme}//${url.hostname}/`, fetchFn) : undefined,
  ]);
  return {
    loopback,
    ...(plainHttpAnswers === undefined ? {} : { plainHttpAnswers }),
    ...(httpAnswers === undefined ? {} : { httpAnswers }),
    ...(hostAnswers === undefined ? {} : { hostAnswers }),
  };
}

/** Whether anything answers HTTP at this URL: any status, even an opaque one, counts. */
async function answers(target: string, fetchFn: typeof fetch): Promise<boolean> {
  try {
    await fetchFn(target, {
      mode: 'no-cors',
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'manual',
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    return true;
  } catch {
    return false;
  }
}
