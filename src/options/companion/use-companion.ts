// The companion's state for the settings page: asked when shown and whenever the user checks again.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CompanionStatus } from '../../shared/messages/companion';
import { ask, errorText } from '../../ui/background';

export type CompanionView = CompanionStatus | { state: 'checking' };

export interface CompanionState {
  status: CompanionView;
  check(): Promise<void>;
}

/** Asked by the page once, for the Local servers section and the import preview alike. */
export function useCompanion(): CompanionState {
  const [status, setStatus] = useState<CompanionView>({ state: 'checking' });
  const check = useCallback(async () => {
    setStatus({ state: 'checking' });
    try {
      setStatus(await ask('companion.status', {}));
    } catch (error) {
      setStatus({ state: 'unavailable', message: errorText(error) });
    }
  }, []);
  useEffect(() => void check(), [check]);
  return { status, check };
}
