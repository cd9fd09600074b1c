// What the sign-in settings send: only what changed, a blank secret never, and an https metadata URL.
import { describe, expect, it } from 'vitest';
import { metadataUrlProblem, oauthDraftOf, oauthInput } from './OAuthFields';

describe('oauthInput', () => {
  it('sends nothing for untouched or blank settings', () => {
    expect(oauthInput(oauthDraftOf(undefined), undefined)).toBeUndefined();
    const saved = { clientId: 'abc', scope: 'read' };
    expect(oauthInput(oauthDraftOf(saved), saved)).toBeUndefined();
  });

  it('sends changed fields trimmed, an emptied one as "" (which clears it), and a new secret', () => {
    const saved = { clientId: 'abc', scope: 'read' };
    const draft = { ...oauthDraftOf(saved), clientId: ' xyz ', scope: '', clientSecret: 's3' };
    expect(oauthInput(draft, saved)).toEqual({ clientId: 'xyz', scope: '', clientSecret: 's3' });
  });

  it('keeps the saved secret when the field is left blank', () => {
    const saved = { clientId: 'abc' };
    expect(oauthInput({ ...oauthDraftOf(saved), scope: 'write' }, saved)).toEqual({
      scope: 'write',
    });
  });
});

describe('metadataUrlProblem', () => {
  const draft = (clientMetadataUrl: string) => ({ ...oauthDraftOf(undefined), clientMetadataUrl });

  it('accepts none, or an https address with a path', () => {
    expect(metadataUrlProblem(draft(''))).toBeUndefined();
    expect(metadataUrlProblem(draft('https://example.com/client.json'))).toBeUndefined();
  });

  it('refuses http and an address without a path', () => {
    expect(metadataUrlProblem(draft('http://example.com/client.json'))).toMatch(/https/);
    expect(metadataUrlProblem(draft('https://example.com/'))).toMatch(/with a path/);
  });
});
