// The soak's three MCP servers: scripted servers on 127.0.0.1 that can be killed and started again
// on the same port, whose recorded tool calls are kept across every instance.
import {
  type RecordedCall,
  type ScriptedServer,
  startScriptedServer,
  type ToolBehaviour,
} from '../../e2e/fixtures/servers/scripted-server';

/** `echo` answers at once with its message (any size); `slow` answers after 1.5 s, to be cancelled. */
export const TOOLS: Record<string, ToolBehaviour> = {
  echo: { kind: 'echo' },
  slow: { kind: 'slow', ms: 1_500 },
};

export class SoakServers {
  /** Calls recorded by instances already stopped. */
  private readonly earlier: RecordedCall[] = [];
  kills = 0;

  private constructor(private readonly running: (ScriptedServer | undefined)[]) {}

  static async start(count: number): Promise<SoakServers> {
    return new SoakServers(
      await Promise.all(Array.from({ length: count }, () => startScriptedServer({ tools: TOOLS }))),
    );
  }

  get urls(): string[] {
    return this.running.map((s) => s?.url ?? '');
  }

  /** Kills server `index` (open calls die with it) and starts it again on its port after `downMs`. */
  async kill(index: number, downMs: number): Promise<void> {
    const server = this.running[index];
    if (!server) return;
    this.running[index] = undefined;
    this.kills++;
    this.earlier.push(...server.calls());
    await server.stop();
    await new Promise((resolve) => setTimeout(resolve, downMs));
    this.running[index] = await startScriptedServer({ port: server.port, tools: TOOLS });
  }

  /** Every tool call any instance received, in no particular order. */
  calls(): RecordedCall[] {
    return [...this.earlier, ...this.running.flatMap((s) => s?.calls() ?? [])];
  }

  async stop(): Promise<void> {
    await Promise.all(this.running.map((s) => s?.stop()));
  }
}
