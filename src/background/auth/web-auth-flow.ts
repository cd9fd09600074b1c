// The browser step of signing in, through chrome.identity.launchWebAuthFlow: Chrome opens the
// authorization page in a window of its own and hands back the URL the authorization server
// redirected to under https://<extension-id>.chromiumapp.org/, which never loads. Tested in the
// Chromium the suite runs (see README, "Signing in to a remote server").
import { SignInCancelled, type UserAgent } from './sign-in';

/** The redirect URI registered with authorization servers: fixed by the extension's id. */
export const redirectUrl = (): string => chrome.identity.getRedirectURL('oauth');

export const webAuthFlow: UserAgent = async (authorizationUrl) => {
  let back: string | undefined;
  try {
    back = await chrome.identity.launchWebAuthFlow({
      url: authorizationUrl.href,
      interactive: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Chrome's words for a window the user closed.
    if (/did not approve/i.test(message))
      throw new SignInCancelled('the sign-in window was closed.');
    if (/could not be loaded/i.test(message))
      throw new Error(
        `the authorization page could not be loaded (${authorizationUrl.host} answered with an error, or is unreachable).`,
      );
    throw error;
  }
  if (!back) throw new SignInCancelled('the sign-in window was closed.');
  return new URL(back);
};
