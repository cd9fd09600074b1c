import { describe, expect, it } from 'vitest';
import { networkFacts } from './network';

/** A fetch where only these URLs answer; it records every URL asked for and how. */
function fakeFetch(answering: string[]) {
  const asked: { url: string; mode?: RequestMode; credentials?: RequestCredentials }[] = [];
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    asked.push({ url, mode: init?.mode, credentials: init?.credentials });
    if (!answering.includes(url)) throw new TypeError('Failed to fetch');
    return new Response(null, { status: 200 });
  }) as typeof fetch;
  return { fetchFn, asked };
}

describe('networkFacts', () => {
  it('asks nothing more about a loopback http URL: it can only have been refused', async () => {
    const { fetchFn, asked } = fakeFetch([]);
    expect(await networkFacts(new URL('http://127.0.0.1:9/mcp'), fetchFn)).toEqual({
      loopback: true,
    });
    expect(asked).toEqual([]);
  });

  it('checks whether the host answers on its usual port, without credentials or CORS', async () => {
    const { fetchFn, asked } = fakeFetch(['http://mcp.example.com/']);
    expect(await networkFacts(new URL('http://mcp.example.com:8080/mcp'), fetchFn)).toEqual({
      loopback: false,
      hostAnswers: true,
    });
    expect(asked).toEqual([
      { url: 'http://mcp.example.com/', mode: 'no-cors', credentials: 'omit' },
    ]);
  });

  it('checks whether plain HTTP answers on the port an https:// URL names', async () => {
    const { fetchFn, asked } = fakeFetch(['http://mcp.example.com:443/']);
    expect(await networkFacts(new URL('https://mcp.example.com/mcp'), fetchFn)).toEqual({
      loopback: false,
      plainHttpAnswers: true,
    });
    expect(asked.map((a) => a.url)).toEqual(['http://mcp.example.com:443/']);
  });

  it('checks whether HTTP answers where a WebSocket did not open', async () => {
    const { fetchFn } = fakeFetch(['http://127.0.0.1:3002/']);
    expect(await networkFacts(new URL('ws://127.0.0.1:3002/ws'), fetchFn)).toEqual({
      loopback: true,
      httpAnswers: true,
    });
  });
});
