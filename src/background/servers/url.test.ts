import { describe, expect, it } from 'vitest';
import { checkServerUrl } from './url';

describe('checkServerUrl', () => {
  it('accepts http and https URLs', () => {
    expect(checkServerUrl(' http://127.0.0.1:3001/mcp ').href).toBe('http://127.0.0.1:3001/mcp');
    expect(checkServerUrl('https://example.com/mcp').host).toBe('example.com');
    expect(checkServerUrl('ws://127.0.0.1:3002/message').protocol).toBe('ws:');
  });

  it('explains what is wrong with anything else', () => {
    expect(() => checkServerUrl('127.0.0.1:3001/mcp')).toThrow('is not a URL');
    expect(() => checkServerUrl('ftp://example.com/')).toThrow('ftp:// is not an MCP transport');
    expect(() => checkServerUrl('http://user:pw@example.com/mcp')).toThrow('header');
  });
});
