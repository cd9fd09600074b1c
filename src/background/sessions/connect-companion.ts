// Opens an SDK client to a local server through the companion, and says what went wrong in a
// process's terms: it could not start, it exited, or it never answered the handshake.
import { SdkError, SdkErrorCode } from '@modelcontextprotocol/client';
import { companionServerName } from '../../shared/companion/url';
import { SwitchboardError } from '../../shared/errors';
import { stderrTail } from '../companion/wording';
import { CompanionTransport } from '../transports/companion';
import { connectClient, newClient, type Opened, type OpenOptions } from './client';
import { chain } from './diagnose';

const isTimeout = (error: unknown) =>
  chain(error).some((e) => e instanceof SdkError && e.code === SdkErrorCode.RequestTimeout);

export async function openCompanion(url: URL, options: OpenOptions): Promise<Opened> {
  const link = options.companion;
  const name = companionServerName(url);
  if (!link || !name)
    throw new SwitchboardError(
      'companion_unavailable',
      'Local servers run through the companion; their state shows in the server list.',
    );
  const cached = options.verdict?.transport === 'companion' ? options.verdict : undefined;
  const attempt = async (legacy: boolean): Promise<Opened> => {
    const client = newClient(options, legacy ? 'legacy' : 'auto');
    const transport = new CompanionTransport(link, name);
    try {
      const verdict = await connectClient(
        client,
        transport,
        legacy ? { transport: 'companion', era: 'legacy' } : cached,
        options.timeoutMs,
      );
      return { client, transport, verdict: { ...verdict, transport: 'companion' } };
    } catch (error) {
      const ended = transport.closeReason;
      // Some stdio servers exit on any request before `initialize`: ask again the old way, once.
      if (ended && !legacy && !cached && transport.received === 0) return attempt(true);
      if (ended) throw new SwitchboardError(ended.code, ended.message);
      if (isTimeout(error))
        throw new SwitchboardError(
          'not_mcp',
          `“${name}” started but did not answer the MCP handshake within ${Math.round(options.timeoutMs / 1000)} s, so it was stopped.${stderrTail(link.server(name)?.process)}`,
        );
      throw error;
    }
  };
  return attempt(false);
}
