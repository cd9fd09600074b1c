import { describe, expect, it } from 'vitest';
import { hostPermissionPattern, isLoopbackHost, originOf } from './host-access';

describe('hostPermissionPattern', () => {
  it('names the http(s) origin with its port', () => {
    expect(hostPermissionPattern('https://mcp.example.com/mcp')).toBe('https://mcp.example.com/*');
    expect(hostPermissionPattern('http://10.0.0.5:8080/sse?x=1')).toBe('http://10.0.0.5:8080/*');
    expect(hostPermissionPattern(new URL('http://127.0.0.1:3001/mcp'))).toBe(
      'http://127.0.0.1:3001/*',
    );
  });

  it('needs none for WebSockets or a URL that does not parse', () => {
    expect(hostPermissionPattern('wss://mcp.example.com/ws')).toBeUndefined();
    expect(hostPermissionPattern('not a url')).toBeUndefined();
    expect(hostPermissionPattern('ftp://example.com/')).toBeUndefined();
  });
});

describe('originOf', () => {
  it('shows the origin, or the text when it is not a URL', () => {
    expect(originOf(' https://mcp.example.com:8443/mcp ')).toBe('https://mcp.example.com:8443');
    expect(originOf('nope')).toBe('nope');
  });
});

describe('isLoopbackHost', () => {
  it('knows loopback names and addresses', () => {
    for (const host of ['localhost', 'api.localhost', '127.0.0.1', '127.1.2.3', '[::1]'])
      expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['example.com', '10.0.0.1', 'localhost.example.com', '128.0.0.1'])
      expect(isLoopbackHost(host), host).toBe(false);
  });
});
