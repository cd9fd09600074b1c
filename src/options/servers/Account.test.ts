// The signed-in line: the issuer's host, the token's expiry and the scopes, each only when known.
import { describe, expect, it } from 'vitest';
import { accountText } from './Account';

describe('accountText', () => {
  it('names the issuer by host, the expiry time and the scopes', () => {
    const expiresAt = new Date(2026, 0, 2, 15, 4).getTime();
    const text = accountText({
      signedIn: true,
      issuer: 'https://auth.example.com',
      scope: 'read write',
      expiresAt,
    });
    expect(text).toMatch(
      /^at auth\.example\.com · access token valid until .+ · scopes: read write$/,
    );
    expect(text).toContain(
      new Date(expiresAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }),
    );
  });

  it('leaves out what is not known', () => {
    expect(accountText({ signedIn: true, issuer: 'https://auth.example.com:8443' })).toBe(
      'at auth.example.com:8443',
    );
    expect(accountText({ signedIn: true })).toBe('');
  });
});
