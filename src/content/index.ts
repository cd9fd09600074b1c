// Content script entry: picks the adapter for this site and runs it for the page's lifetime.
import '../shared/zod-setup';
import { adapterFor } from './adapters/registry';
import { runWhileAlive } from './lifetime';
import { startAdapter } from './start';

const adapter = adapterFor(location.href);
if (adapter) runWhileAlive((signal) => startAdapter(adapter, signal));
