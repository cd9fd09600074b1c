import { describe, expect, it } from 'vitest';
import type { ServerConfig } from '../../shared/storage/items';
import { unreadableNotice, unsealedNotice } from './notices';

const server = (name: string, over: Partial<ServerConfig> = {}): ServerConfig => ({
  id: name,
  name,
  url: 'http://h/mcp',
  enabled: true,
  addedAt: 0,
  transport: 'auto',
  callTimeoutMs: 60_000,
  headerNames: [],
  ...over,
});

describe('secret notices', () => {
  it('says nothing while every sealed value opens', () => {
    expect(unreadableNotice([], [server('a')])).toBeUndefined();
  });

  it('names what is lost, what is kept, and which servers need their secrets again', () => {
    const notice = unreadableNotice(
      ['secrets.undecryptable.k1.iv', 'oauth.undecryptable.k1.iv'],
      [
        server('docs', { headerNames: ['Authorization'] }),
        server('plain'),
        server('sso', { oauth: { clientId: 'mine' } }),
      ],
    );
    expect(notice).toEqual({
      message:
        'Your saved header values and client secrets and sign-ins could not be opened: the key that protects them is gone from this browser profile. Your servers and settings are kept. To use them again, open Edit on docs, sso and enter their header values (and client secret) again, and press Sign in where a server asks for it. The unreadable copy is kept until you forget it here.',
      action: 'forget-unreadable-secrets',
    });
  });

  it('says plaintext that could not be sealed still works and is tried again', () => {
    expect(unsealedNotice(new Error('IO error.')).message).toBe(
      'Your saved secrets could not be encrypted yet (IO error). They are kept as they were and still work; MCP Switchboard tries again when it next starts.',
    );
  });
});
