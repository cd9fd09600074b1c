// What the extension keeps to stay signed in to one server: client registrations and tokens per
// authorization server (issuer), and the state of a sign-in under way. Background only: none of
// it is ever sent to another context.
import type {
  OAuthDiscoveryState,
  StoredOAuthClientInformation,
  StoredOAuthTokens,
} from '@modelcontextprotocol/client';

export interface SavedTokens extends StoredOAuthTokens {
  /** When the tokens were saved (ms since the epoch): `expires_in` counts from here. */
  savedAt: number;
}

export interface AuthRecord {
  /** Registrations (dynamic, pre-registered once stamped, or a client metadata URL) per issuer. */
  clients: Record<string, StoredOAuthClientInformation>;
  tokens: Record<string, SavedTokens>;
  /** The issuer of the tokens saved last: the ones sent with requests. */
  issuer?: string;
  discovery?: OAuthDiscoveryState;
  /** A sign-in under way: the authorization URL to open, its PKCE verifier and `state`. */
  pending?: { url: string; verifier?: string; state?: string };
}

export const emptyRecord = (): AuthRecord => ({ clients: {}, tokens: {} });

/** Where one server's record lives; chrome.storage in the extension, memory in Node and tests. */
export interface AuthVault {
  load(): Promise<AuthRecord>;
  save(record: AuthRecord): Promise<void>;
}

export function memoryVault(initial: AuthRecord = emptyRecord()): AuthVault {
  let record = structuredClone(initial);
  return {
    load: async () => structuredClone(record),
    save: async (next) => {
      record = structuredClone(next);
    },
  };
}
