import { describe, expect, it } from 'vitest';
import { explain, type Findings, type FoundServer } from './explain';
import type { Failure } from './failure';
import type { NetworkFacts } from './network';

const everything: FoundServer = {
  transport: 'streamable-http',
  era: 'legacy',
  protocolVersion: '2025-06-18',
  name: 'mcp-servers/everything',
  version: '2.0.0',
  toolCount: 13,
  resourceCount: 2,
  promptCount: 0,
};

const failed = (
  failure: Failure,
  more: Partial<Extract<Findings, { kind: 'failed' }>> = {},
  url = 'http://127.0.0.1:3001/mcp',
): Findings => ({
  kind: 'failed',
  url: new URL(url),
  failure,
  tried: [{ url, transport: 'streamable-http', failure }],
  preference: 'auto',
  withCredentials: false,
  extensionOrigin: 'chrome-extension://abcdef',
  ...more,
});

const network = (url: string, facts: NetworkFacts) =>
  explain(failed({ kind: 'network' }, { network: facts }, url));

describe('explain: connected', () => {
  it('names the transport, the initialize era, the server and its counts', () => {
    const report = explain({
      kind: 'connected',
      url: new URL('http://127.0.0.1:3001/mcp'),
      server: everything,
      tried: [{ url: 'http://127.0.0.1:3001/mcp', transport: 'streamable-http' }],
    });
    expect(report).toMatchObject({ outcome: 'connected', title: 'Connected', server: everything });
    expect(report.detail).toBe(
      'mcp-servers/everything 2.0.0 answered over Streamable HTTP with the initialize handshake (protocol 2025-06-18), and offers 13 tools, 2 resources.',
    );
    expect(report.tried).toEqual([
      { url: 'http://127.0.0.1:3001/mcp', transport: 'streamable-http', result: 'connected' },
    ]);
  });

  it('says when the 2026-07-28 protocol was found with server/discover', () => {
    const report = explain({
      kind: 'connected',
      url: new URL('https://mcp.example.com/mcp'),
      server: {
        ...everything,
        era: 'modern',
        protocolVersion: '2026-07-28',
        name: undefined,
        toolCount: 1,
        resourceCount: 0,
      },
      tried: [],
    });
    expect(report.detail).toBe(
      'It answered over Streamable HTTP with the 2026-07-28 protocol (found with server/discover), and offers 1 tool.',
    );
  });
});

describe('explain: no connection at all', () => {
  it('is sure a loopback port with nothing on it refused', () => {
    const report = network('http://127.0.0.1:9/mcp', { loopback: true });
    expect(report).toMatchObject({ outcome: 'refused', title: 'Connection refused' });
    expect(report.detail).toBe('Nothing is listening at 127.0.0.1:9: the connection was refused.');
    expect(report.advice).toContain('Start the server');
  });

  it('says honestly that it cannot tell a name that does not resolve from a refused port', () => {
    const report = network('http://mcp.example.invalid:8080/mcp', {
      loopback: false,
      hostAnswers: false,
    });
    expect(report.outcome).toBe('unreachable');
    expect(report.detail).toBe(
      'Could not connect to mcp.example.invalid:8080, and the browser does not say why: the name may not resolve (DNS), nothing may be listening on that port, a firewall may block it.',
    );
    expect(report.advice).toContain('Open http://mcp.example.invalid:8080/ in a tab');
  });

  it('adds the certificate to the possible causes over https', () => {
    const report = network('https://mcp.example.com/mcp', {
      loopback: false,
      plainHttpAnswers: false,
    });
    expect(report.detail).toContain('its TLS certificate may not be trusted by this browser');
  });

  it('knows the port is the problem when the host answers on its usual one', () => {
    const report = network('http://mcp.example.com:8080/mcp', {
      loopback: false,
      hostAnswers: true,
    });
    expect(report).toMatchObject({ outcome: 'refused', title: 'Port not answering' });
    expect(report.detail).toBe(
      'mcp.example.com answers, but nothing accepted a connection on port 8080.',
    );
  });

  it('suggests http:// when the port speaks plain HTTP to an https:// URL', () => {
    expect(
      network('https://127.0.0.1:3001/mcp', { loopback: true, plainHttpAnswers: true }),
    ).toMatchObject({
      outcome: 'tls',
      title: 'Not HTTPS',
      suggestedUrl: 'http://127.0.0.1:3001/mcp',
    });
    expect(
      network('https://mcp.example.com/mcp', { loopback: false, plainHttpAnswers: true })
        .suggestedUrl,
    ).toBe('http://mcp.example.com:443/mcp');
  });

  it('says when HTTP answers where the WebSocket did not', () => {
    const report = network('ws://127.0.0.1:3002/ws', { loopback: true, httpAnswers: true });
    expect(report).toMatchObject({ outcome: 'not_mcp', title: 'WebSocket refused' });
    expect(report.detail).toContain('did not accept a WebSocket at /ws');
  });

  it('reports a server that never answered', () => {
    expect(explain(failed({ kind: 'timeout' }))).toMatchObject({
      outcome: 'timeout',
      detail: '127.0.0.1:3001 did not answer in time.',
    });
  });
});

describe('explain: the server answered no', () => {
  it('says sign-in is needed on a 401, or that the token was refused', () => {
    const bare = explain(failed({ kind: 'http', status: 401 }));
    expect(bare).toMatchObject({ outcome: 'unauthorized', title: 'Sign-in needed' });
    expect(bare.detail).toBe('The server needs you to sign in (HTTP 401).');
    expect(bare.advice).toContain('add an Authorization header');
    const withToken = explain(failed({ kind: 'http', status: 401 }, { withCredentials: true }));
    expect(withToken.detail).toContain('did not accept the credentials sent');
  });

  it('explains a 403 that rejects the extension’s Origin, and what to allow', () => {
    const report = explain(
      failed({
        kind: 'http',
        status: 403,
        body: 'Invalid Origin header: chrome-extension://abcdef',
      }),
    );
    expect(report).toMatchObject({ outcome: 'forbidden', title: 'Access refused' });
    expect(report.detail).toBe(
      'The server refused the Origin header MCP Switchboard sends, “Origin: chrome-extension://abcdef” (HTTP 403). It said: “Invalid Origin header: chrome-extension://abcdef”',
    );
    expect(report.advice).toBe(
      "Allow the origin chrome-extension://abcdef in the server's settings (often an allowed-origins list), or turn on “Send requests without the Origin header” under Connection for this server.",
    );
  });

  it('still names the Origin as a possible cause of a 403 that does not say why', () => {
    const report = explain(failed({ kind: 'http', status: 403 }));
    expect(report.detail).toBe('The server refused access (HTTP 403).');
    expect(report.advice).toContain('allow chrome-extension://abcdef');
  });

  it('reports a server error with what it said', () => {
    expect(explain(failed({ kind: 'http', status: 502, body: 'Bad gateway' }))).toMatchObject({
      outcome: 'error',
      detail: 'The server answered HTTP 502. It said: “Bad gateway”',
    });
  });
});

describe('explain: not an MCP endpoint', () => {
  it('suggests the nearby path that answered as MCP', () => {
    const report = explain(
      failed(
        { kind: 'http', status: 404 },
        {
          elsewhere: { url: new URL('http://127.0.0.1:3001/mcp'), server: everything },
        },
        'http://127.0.0.1:3001/sse',
      ),
    );
    expect(report).toMatchObject({
      outcome: 'wrong_path',
      suggestedUrl: 'http://127.0.0.1:3001/mcp',
      server: everything,
      advice: 'Use http://127.0.0.1:3001/mcp instead.',
    });
    expect(report.detail).toBe(
      'No MCP endpoint at /sse (HTTP 404), but http://127.0.0.1:3001/mcp answers as MCP over Streamable HTTP.',
    );
  });

  it('tells a 404, a web page and JSON that is not JSON-RPC apart', () => {
    expect(explain(failed({ kind: 'http', status: 404 })).detail).toBe(
      'No MCP endpoint at http://127.0.0.1:3001/mcp (HTTP 404).',
    );
    const page = explain(failed({ kind: 'content-type', contentType: 'text/html; charset=utf-8' }));
    expect(page).toMatchObject({ outcome: 'not_mcp', title: 'Not an MCP endpoint' });
    expect(page.detail).toBe('http://127.0.0.1:3001/mcp serves a web page, not an MCP endpoint.');
    expect(explain(failed({ kind: 'not-json-rpc' })).detail).toBe(
      'http://127.0.0.1:3001/mcp answered, but not with JSON-RPC, so it is not MCP.',
    );
  });

  it('says when the URL answers over another transport than the one forced', () => {
    const url = 'http://127.0.0.1:3001/mcp';
    const report = explain(
      failed(
        { kind: 'http', status: 400 },
        { preference: 'sse', elsewhere: { url: new URL(url), server: everything } },
        url,
      ),
    );
    expect(report).toMatchObject({
      outcome: 'wrong_transport',
      title: 'Wrong transport',
      detail:
        'http://127.0.0.1:3001/mcp does not answer over HTTP+SSE (HTTP 400), but it does over Streamable HTTP.',
      advice: 'Choose Streamable HTTP or Automatic as the transport under More options.',
      server: everything,
    });
    expect(report.suggestedUrl).toBeUndefined();
  });

  it('points at the transport the user forced', () => {
    const report = explain(failed({ kind: 'http', status: 405 }, { preference: 'sse' }));
    expect(report.advice).toContain('You chose the HTTP+SSE transport: Automatic tries the others');
  });
});

describe('explain: before any request', () => {
  it('reports a bad URL and a missing permission', () => {
    expect(explain({ kind: 'invalid-url', message: 'Use http(s):// or ws(s)://.' })).toEqual({
      outcome: 'invalid_url',
      title: 'Not a usable URL',
      detail: 'Use http(s):// or ws(s)://.',
      tried: [],
    });
    expect(explain({ kind: 'no-permission', origin: 'https://mcp.example.com' }).detail).toBe(
      'MCP Switchboard has no permission to reach https://mcp.example.com.',
    );
  });
});
