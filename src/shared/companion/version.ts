// The companion's protocol number: the extension and the companion talk only when theirs match.
// Raise it with any change to protocol.ts that the other side would misread.
export const COMPANION_PROTOCOL = 1;

/** The npm package (and command) that installs and runs the companion. */
export const COMPANION_PACKAGE = 'mcp-switchboard-companion';

/** The native-messaging host's name: lowercase letters, digits, dots and underscores only. */
export const COMPANION_HOST = 'com.mcp_switchboard.companion';

/** The add-on id a Firefox build must declare (`browser_specific_settings.gecko.id`). */
export const FIREFOX_EXTENSION_ID = 'mcp-switchboard@mcp-switchboard';
