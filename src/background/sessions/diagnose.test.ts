import {
  SdkError,
  SdkErrorCode,
  SdkHttpError,
  UnauthorizedError,
} from '@modelcontextprotocol/client';
import { describe, expect, it } from 'vitest';
import { SwitchboardError } from '../../shared/errors';
import { authDemand, diagnose } from './diagnose';

const url = 'http://127.0.0.1:3001/mcp';
const http = (status: number) =>
  new SdkHttpError(SdkErrorCode.SendFailed, `HTTP ${status}`, { status, statusText: '' });

describe('diagnose', () => {
  it('explains a refused connection, even when the SDK wrapped it', () => {
    const wrapped = new SdkError(SdkErrorCode.SendFailed, 'probe failed', undefined, {
      cause: new TypeError('Failed to fetch'),
    });
    expect(diagnose(wrapped, url)).toEqual({
      code: 'unreachable',
      message: expect.stringContaining('Could not reach the server at 127.0.0.1:3001'),
    });
  });

  it('suggests the right path for a 404', () => {
    expect(diagnose(http(404), 'http://h/sse').message).toContain('/mcp instead of /sse');
    expect(diagnose(http(404), 'http://h/api').message).toContain('usually listen on /mcp');
    expect(diagnose(http(404), url).code).toBe('not_mcp');
  });

  it('tells sign-in and refusal apart', () => {
    expect(diagnose(http(401), url).message).toContain('sign in');
    expect(diagnose(http(403), url).message).toContain('Origin');
    expect(diagnose(http(500), url)).toEqual({
      code: 'protocol',
      message: 'the server at 127.0.0.1:3001 answered HTTP 500.',
    });
  });

  it('keeps our own errors and reports timeouts and garbage', () => {
    expect(diagnose(new SwitchboardError('invalid_url', 'bad'), url)).toEqual({
      code: 'invalid_url',
      message: 'bad',
    });
    expect(diagnose(new SdkError(SdkErrorCode.RequestTimeout, 't'), url).code).toBe('timeout');
    expect(diagnose(new SyntaxError('Unexpected token <'), url).code).toBe('not_mcp');
    const zod = Object.assign(new Error('[\n  {"code": "invalid_union"}\n]'), { name: 'ZodError' });
    expect(diagnose(zod, url)).toEqual({
      code: 'not_mcp',
      message: expect.stringContaining('sent a reply that is not valid MCP'),
    });
  });
});

describe('diagnose, sign-in', () => {
  it('names a sign-in demand, tokens refused again, and scope still short after step-up', () => {
    const url = 'https://mcp.example.com/mcp';
    expect(authDemand(new UnauthorizedError())).toBe('sign-in');
    const again = new SdkHttpError(SdkErrorCode.ClientHttpAuthentication, '401 again', {
      status: 401,
      statusText: 'Unauthorized',
    });
    expect(authDemand(again)).toBe('rejected');
    expect(authDemand(new Error('x'))).toBeUndefined();
    expect(diagnose(new UnauthorizedError(), url)).toEqual({
      code: 'sign_in_required',
      message:
        'The server at mcp.example.com needs you to sign in. Use Sign in next to the server.',
    });
    const short = new SdkHttpError(
      SdkErrorCode.ClientHttpForbidden,
      'Server returned 403 insufficient_scope after step-up re-authorization (retry limit 2 reached)',
      { status: 403, statusText: 'Forbidden' },
    );
    expect(diagnose(short, url)).toMatchObject({ code: 'sign_in_required' });
    expect(diagnose(short, url).message).toContain('more access');
  });
});
