// Where the consent page is and the port its frames use: plain values, so that the content script
// can name the page without taking the contract's schema library into the chat page.

/** The consent page, as built; the router recognises its frames by this path. */
export const CONSENT_PAGE = 'src/consent/index.html';

export const CONSENT_PORT = 'consent';
