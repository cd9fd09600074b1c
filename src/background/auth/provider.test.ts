import { afterEach, describe, expect, it, vi } from 'vitest';
import { SwitchboardError } from '../../shared/errors';
import { ServerOAuthProvider } from './provider';
import { memoryVault } from './vault';

const serverUrl = new URL('https://mcp.example.com/mcp');
const AS1 = 'https://login.example.com';
const AS2 = 'https://other-login.example.com';

function provider(overrides: Partial<ConstructorParameters<typeof ServerOAuthProvider>[0]> = {}) {
  let now = 1_000_000;
  const p = new ServerOAuthProvider({
    serverUrl,
    redirectUrl: 'https://abc.chromiumapp.org/oauth',
    vault: memoryVault(),
    now: () => now,
    ...overrides,
  });
  return { p, advance: (ms: number) => (now += ms) };
}

afterEach(() => vi.useRealTimers());

describe('ServerOAuthProvider', () => {
  it('keeps tokens and registrations per authorization server, and sends the latest', async () => {
    const { p } = provider();
    await p.saveClientInformation({ client_id: 'c1' }, { issuer: AS1 });
    await p.saveTokens({ access_token: 't1', token_type: 'Bearer' }, { issuer: AS1 });
    await p.saveClientInformation({ client_id: 'c2' }, { issuer: AS2 });
    await p.saveTokens({ access_token: 't2', token_type: 'Bearer' }, { issuer: AS2 });
    expect((await p.tokens({ issuer: AS1 }))?.access_token).toBe('t1');
    expect((await p.clientInformation({ issuer: AS1 }))?.client_id).toBe('c1');
    expect((await p.clientInformation({ issuer: AS2 }))?.client_id).toBe('c2');
    // The transports ask without an issuer: the tokens saved last.
    expect((await p.tokens())?.access_token).toBe('t2');
    expect(await p.summary()).toMatchObject({ signedIn: true, issuer: AS2 });
  });

  it('describes the client as a web client with our redirect, and sends no bookkeeping to the SDK', async () => {
    const { p } = provider({ scope: 'files:read' });
    expect(p.clientMetadata).toMatchObject({
      redirect_uris: ['https://abc.chromiumapp.org/oauth'],
      application_type: 'web',
      grant_types: ['authorization_code', 'refresh_token'],
      scope: 'files:read',
    });
    await p.saveTokens({ access_token: 't', token_type: 'Bearer' }, { issuer: AS1 });
    expect(await p.tokens()).toEqual({ access_token: 't', token_type: 'Bearer' });
  });

  it('offers a pre-registered client, reading its secret only when needed', async () => {
    const secret = vi.fn(async () => 's3cret');
    const { p } = provider({ preRegistered: { clientId: 'mine', clientSecret: secret } });
    expect(secret).not.toHaveBeenCalled();
    expect(await p.clientInformation({ issuer: AS1 })).toEqual({
      client_id: 'mine',
      client_secret: 's3cret',
    });
  });

  it('tells a server without OAuth metadata apart before trying to register', async () => {
    const { p } = provider();
    const error = await p.clientInformation({ issuer: AS1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SwitchboardError);
    expect((error as SwitchboardError).message).toContain('publishes no OAuth metadata');
    await p.saveDiscoveryState({
      authorizationServerUrl: AS1,
      authorizationServerMetadata: metadata(['S256']),
    });
    expect(await p.clientInformation({ issuer: AS1 })).toBeUndefined();
  });

  it('refuses an authorization server that does not offer PKCE with S256', async () => {
    for (const methods of [undefined, ['plain']]) {
      const { p } = provider();
      await p.saveDiscoveryState({
        authorizationServerUrl: AS1,
        authorizationServerMetadata: metadata(methods),
      });
      await expect(p.redirectToAuthorization(new URL(`${AS1}/authorize`))).rejects.toThrow(
        /PKCE with S256/,
      );
      expect(await p.pending()).toBeUndefined();
    }
  });

  it('keeps a pending sign-in with its state and verifier until it is used', async () => {
    const { p } = provider();
    await p.saveDiscoveryState({
      authorizationServerUrl: AS1,
      authorizationServerMetadata: metadata(['S256']),
    });
    const state = await p.state();
    await p.saveCodeVerifier('verifier');
    await p.redirectToAuthorization(new URL(`${AS1}/authorize?state=${state}`));
    expect(await p.pending()).toMatchObject({ state, verifier: 'verifier' });
    expect(await p.codeVerifier()).toBe('verifier');
    await p.clearPending();
    expect(await p.pending()).toBeUndefined();
    await expect(p.codeVerifier()).rejects.toThrow(/No sign-in/);
    // Each request gets its own state.
    expect(await p.state()).not.toBe(state);
  });

  it('forgets discovery together with a request built from it', async () => {
    const { p } = provider();
    await p.saveDiscoveryState({
      authorizationServerUrl: AS1,
      authorizationServerMetadata: metadata(['S256']),
    });
    await p.redirectToAuthorization(new URL(`${AS1}/authorize`));
    await p.invalidateCredentials('discovery');
    expect(await p.discoveryState()).toBeUndefined();
    expect(await p.pending()).toBeUndefined();
  });

  it('keeps tokens saved moments ago when a concurrent refresh fails, and drops older ones', async () => {
    const { p, advance } = provider();
    await p.saveTokens({ access_token: 'fresh', token_type: 'Bearer' }, { issuer: AS1 });
    await p.invalidateCredentials('tokens');
    expect((await p.tokens({ issuer: AS1 }))?.access_token).toBe('fresh');
    advance(10_000);
    await p.invalidateCredentials('tokens');
    expect(await p.tokens({ issuer: AS1 })).toBeUndefined();
  });

  it('signs out: tokens, registrations and any sign-in under way are gone', async () => {
    const vault = memoryVault();
    const onChange = vi.fn();
    const { p } = provider({ vault, onChange });
    await p.saveClientInformation({ client_id: 'c1' }, { issuer: AS1 });
    await p.saveTokens({ access_token: 't1', token_type: 'Bearer' }, { issuer: AS1 });
    await p.forget();
    expect(await vault.load()).toEqual({ clients: {}, tokens: {} });
    expect(await p.summary()).toEqual({ signedIn: false });
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('refreshes before expiry: on a timer, and before sending tokens that are due', async () => {
    vi.useFakeTimers();
    const { p, advance } = provider();
    const refresh = vi.spyOn(p, 'refresh').mockResolvedValue();
    await p.saveTokens(
      { access_token: 't', token_type: 'Bearer', expires_in: 3600, refresh_token: 'r' },
      { issuer: AS1 },
    );
    // A minute before the hour is up.
    vi.advanceTimersByTime(3600_000 - 61_000);
    expect(refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2_000);
    expect(refresh).toHaveBeenCalledTimes(1);
    // After a worker restart the timer is gone, but tokens due are refreshed before use.
    p.stop();
    advance(3600_000);
    await p.tokens();
    expect(refresh).toHaveBeenCalledTimes(2);
    // Short lives refresh at four fifths.
    const short = provider();
    const early = vi.spyOn(short.p, 'refresh').mockResolvedValue();
    await short.p.saveTokens(
      { access_token: 't', token_type: 'Bearer', expires_in: 10, refresh_token: 'r' },
      { issuer: AS1 },
    );
    vi.advanceTimersByTime(7_900);
    expect(early).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(early).toHaveBeenCalledTimes(1);
    short.p.stop();
  });
});

function metadata(methods: string[] | undefined) {
  return {
    issuer: AS1,
    authorization_endpoint: `${AS1}/authorize`,
    token_endpoint: `${AS1}/token`,
    response_types_supported: ['code'],
    ...(methods ? { code_challenge_methods_supported: methods } : {}),
  };
}
