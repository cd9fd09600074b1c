// State of a "Test connection" button: asks for the host permission (while the click still counts
// as the user's gesture), then has the background try the URL, and keeps its report.
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { ConnectionReport } from '../../shared/messages/connection-report';
import type { Messages } from '../../shared/messages/contract';
import type { RequestOf } from '../../shared/messages/define';
import { ask, errorText } from '../../ui/background';
import { requestHostAccess } from './host-access';

export type TestRequest = RequestOf<Messages['servers.test']>;

export interface ConnectionTest {
  testing: boolean;
  report?: ConnectionReport;
  /** The test could not run (not its finding): shown like a form error. */
  error?: string;
  run(request: TestRequest): Promise<void>;
  clear(): void;
}

/** `onNoAccess` gets the message to show next to the URL field when the permission is refused. */
export function useConnectionTest(onNoAccess: (message: string) => void): ConnectionTest {
  const [testing, setTesting] = useState(false);
  const [report, setReport] = useState<ConnectionReport>();
  const [error, setError] = useState<string>();

  const clear = () => {
    setReport(undefined);
    setError(undefined);
  };
  const run = async (request: TestRequest) => {
    clear();
    const access = await requestHostAccess(request.url, browser.permissions);
    if (!access.ok) {
      onNoAccess(access.message);
      return;
    }
    setTesting(true);
    try {
      setReport((await ask('servers.test', request)).report);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setTesting(false);
    }
  };
  return { testing, report, error, run, clear };
}
