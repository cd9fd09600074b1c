// The sign-in step against an authorization server played by a fetch stub: what comes back from
// the browser is checked before any code is traded.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ServerOAuthProvider } from './provider';
import { SignInCancelled, signIn, type UserAgent } from './sign-in';
import { memoryVault } from './vault';

const serverUrl = new URL('https://mcp.example.com/mcp');
const AS = 'https://login.example.com';
const REDIRECT = 'https://abc.chromiumapp.org/oauth';

let tokenRequests: URLSearchParams[];
let issuer: string;
/** When set, dynamic registration is refused with this RFC 7591 error. */
let registrationError: string | undefined;

beforeEach(() => {
  tokenRequests = [];
  issuer = AS;
  registrationError = undefined;
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    const json = (body: unknown, status = 200) =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      });
    if (url.pathname.startsWith('/.well-known/oauth-protected-resource'))
      return json({ resource: serverUrl.href, authorization_servers: [AS] });
    if (url.origin === AS && url.pathname === '/.well-known/oauth-authorization-server')
      return json({
        issuer,
        authorization_endpoint: `${AS}/authorize`,
        token_endpoint: `${AS}/token`,
        registration_endpoint: `${AS}/register`,
        response_types_supported: ['code'],
        code_challenge_methods_supported: ['S256'],
        authorization_response_iss_parameter_supported: true,
      });
    if (url.href === `${AS}/register` && registrationError)
      return json({ error: registrationError, error_description: 'no' }, 400);
    if (url.href === `${AS}/register`)
      return json({ client_id: 'registered', redirect_uris: [REDIRECT] }, 201);
    if (url.href === `${AS}/token`) {
      tokenRequests.push(new URLSearchParams(String(init?.body)));
      return json({ access_token: 'at', token_type: 'Bearer', expires_in: 60 });
    }
    return new Response('not found', { status: 404 });
  });
});

afterEach(() => vi.unstubAllGlobals());

function setup() {
  return new ServerOAuthProvider({ serverUrl, redirectUrl: REDIRECT, vault: memoryVault() });
}

/** A user who approves: the browser comes back with what `answer` makes of the request. */
const user =
  (answer: (request: URL) => Record<string, string>): UserAgent =>
  async (authorizationUrl) => {
    const back = new URL(REDIRECT);
    for (const [k, v] of Object.entries(answer(authorizationUrl))) back.searchParams.set(k, v);
    return back;
  };

const approve = user((r) => ({ code: 'c0de', state: r.searchParams.get('state') ?? '', iss: AS }));

describe('signIn', () => {
  it('trades the code for tokens with PKCE and the resource, and keeps nothing pending', async () => {
    const provider = setup();
    let asked: URL | undefined;
    await signIn(provider, serverUrl, async (url, redirect) => {
      asked = url;
      expect(redirect).toBe(REDIRECT);
      return approve(url, redirect);
    });
    expect(asked?.searchParams.get('code_challenge_method')).toBe('S256');
    expect(asked?.searchParams.get('resource')).toBe(serverUrl.href);
    expect(tokenRequests).toHaveLength(1);
    expect(tokenRequests[0]?.get('code')).toBe('c0de');
    expect(tokenRequests[0]?.get('code_verifier')).toBeTruthy();
    expect(tokenRequests[0]?.get('resource')).toBe(serverUrl.href);
    expect(await provider.summary()).toMatchObject({ signedIn: true, issuer: AS });
    expect(await provider.pending()).toBeUndefined();
  });

  it('refuses an answer that does not carry this request’s state, trading nothing', async () => {
    const provider = setup();
    for (const state of ['forged', undefined]) {
      const forged = user(() => ({ code: 'c0de', iss: AS, ...(state ? { state } : {}) }));
      await expect(signIn(provider, serverUrl, forged)).rejects.toThrow(/state/);
    }
    expect(tokenRequests).toHaveLength(0);
    expect(await provider.summary()).toEqual({ signedIn: false });
  });

  it('says the user cancelled when the window was closed or access was denied', async () => {
    const provider = setup();
    const closed: UserAgent = async () => {
      throw new SignInCancelled('the sign-in window was closed.');
    };
    await expect(signIn(provider, serverUrl, closed)).rejects.toMatchObject({
      code: 'sign_in_failed',
      message: 'Sign-in cancelled: the sign-in window was closed.',
    });
    const denied = user((r) => ({
      error: 'access_denied',
      error_description: '<b>forged text</b>',
      state: r.searchParams.get('state') ?? '',
    }));
    const error = (await signIn(provider, serverUrl, denied).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/^Sign-in cancelled: access to mcp\.example\.com was denied/);
    // The description came from a page we do not trust: it is not shown.
    expect(error.message).not.toContain('forged');
    expect(tokenRequests).toHaveLength(0);
  });

  it('refuses a code whose iss names another authorization server', async () => {
    const provider = setup();
    const mixUp = user((r) => ({
      code: 'c0de',
      state: r.searchParams.get('state') ?? '',
      iss: 'https://attacker.example.com',
    }));
    await expect(signIn(provider, serverUrl, mixUp)).rejects.toThrow(/issuer mismatch/);
    expect(tokenRequests).toHaveLength(0);
  });

  it('refuses authorization-server metadata that names another issuer before opening anything', async () => {
    issuer = 'https://attacker.example.com';
    const provider = setup();
    const opened = vi.fn(approve);
    await expect(signIn(provider, serverUrl, opened)).rejects.toThrow(/issuer mismatch/);
    expect(opened).not.toHaveBeenCalled();
  });

  it('says when the authorization server will not register the extension, or not its redirect', async () => {
    const opened = vi.fn(approve);
    registrationError = 'invalid_redirect_uri';
    await expect(signIn(setup(), serverUrl, opened)).rejects.toThrow(
      /does not allow the extension's redirect address/,
    );
    registrationError = 'invalid_client_metadata';
    await expect(signIn(setup(), serverUrl, opened)).rejects.toThrow(
      /refused to register the extension \(invalid_client_metadata\).*client ID/,
    );
    expect(opened).not.toHaveBeenCalled();
  });
});
