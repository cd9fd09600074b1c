import {
  ProtocolError,
  SdkError,
  SdkErrorCode,
  SdkHttpError,
  SseError,
  UnauthorizedError,
} from '@modelcontextprotocol/client';
import { describe, expect, it } from 'vitest';
import { SwitchboardError } from '../../shared/errors';
import { failureOf, failureWords, notAnEndpoint } from './failure';

const http = (status: number, text?: string) =>
  new SdkHttpError(SdkErrorCode.ClientHttpNotImplemented, `HTTP ${status}`, {
    status,
    statusText: '',
    ...(text === undefined ? {} : { text }),
  });

describe('failureOf', () => {
  it('keeps the status and what the server said with it', () => {
    expect(failureOf(http(403, '  Invalid Origin header: chrome-extension://abc  '))).toEqual({
      kind: 'http',
      status: 403,
      body: 'Invalid Origin header: chrome-extension://abc',
    });
    expect(failureOf(http(404, ''))).toEqual({ kind: 'http', status: 404 });
    const rpc = JSON.stringify({
      jsonrpc: '2.0',
      id: null,
      error: { code: -32000, message: 'No' },
    });
    expect(failureOf(http(403, rpc))).toMatchObject({ body: 'No' });
    const page = '<html><style>p{}</style><body><h1>Forbidden</h1>\n<p>Go away</p></body></html>';
    expect(failureOf(http(403, page))).toMatchObject({ body: 'Forbidden Go away' });
    expect(failureOf(http(500, 'x'.repeat(1000)))).toMatchObject({ body: 'x'.repeat(300) });
  });

  it('reads a 401 from the SDK’s UnauthorizedError and an SSE stream’s status', () => {
    expect(failureOf(new UnauthorizedError())).toEqual({ kind: 'http', status: 401 });
    const sse = new SseError(404, 'Non-200 status code (404)', undefined as unknown as ErrorEvent);
    expect(failureOf(sse)).toEqual({ kind: 'http', status: 404 });
  });

  it('finds the network failure under the SDK’s wrapping', () => {
    const wrapped = new SdkError(SdkErrorCode.SendFailed, 'send failed', undefined, {
      cause: new TypeError('Failed to fetch'),
    });
    expect(failureOf(wrapped)).toEqual({ kind: 'network' });
    const ws = Object.assign(new Error('could not open'), { name: 'WebSocketOpenError' });
    expect(failureOf(ws)).toEqual({ kind: 'network' });
  });

  it('tells a web page, a body that is not JSON-RPC and a timeout apart', () => {
    const html = new SdkError(
      SdkErrorCode.ClientHttpUnexpectedContent,
      'Unexpected content type: text/html; charset=utf-8',
      { contentType: 'text/html; charset=utf-8' },
    );
    expect(failureOf(html)).toEqual({
      kind: 'content-type',
      contentType: 'text/html; charset=utf-8',
    });
    expect(failureOf(new SyntaxError('Unexpected token <'))).toEqual({ kind: 'not-json-rpc' });
    const zod = Object.assign(new Error('[{"code":"invalid_union"}]'), { name: 'ZodError' });
    expect(failureOf(zod)).toEqual({ kind: 'not-json-rpc' });
    expect(failureOf(new SdkError(SdkErrorCode.RequestTimeout, 'timed out'))).toEqual({
      kind: 'timeout',
    });
  });

  it('keeps a bad URL’s message, and any other error’s', () => {
    expect(failureOf(new SwitchboardError('invalid_url', 'Not a URL.'))).toEqual({
      kind: 'invalid-url',
      message: 'Not a URL.',
    });
    expect(failureOf(new ProtocolError(-32603, 'Internal error'))).toEqual({
      kind: 'other',
      message: expect.stringContaining('Internal error'),
    });
  });
});

describe('notAnEndpoint', () => {
  it('is true for answers that say "nothing here", false for the rest', () => {
    for (const status of [400, 404, 405, 406, 415])
      expect(notAnEndpoint({ kind: 'http', status })).toBe(true);
    expect(notAnEndpoint({ kind: 'content-type', contentType: 'text/html' })).toBe(true);
    expect(notAnEndpoint({ kind: 'not-json-rpc' })).toBe(true);
    for (const status of [401, 403, 500])
      expect(notAnEndpoint({ kind: 'http', status })).toBe(false);
    expect(notAnEndpoint({ kind: 'network' })).toBe(false);
    expect(notAnEndpoint({ kind: 'timeout' })).toBe(false);
  });
});

describe('failureWords', () => {
  it('says each outcome in a few words', () => {
    expect(failureWords({ kind: 'http', status: 404 })).toBe('HTTP 404');
    expect(failureWords({ kind: 'network' })).toBe('no connection');
    expect(failureWords({ kind: 'content-type', contentType: 'text/html' })).toBe(
      'answered text/html',
    );
  });
});
