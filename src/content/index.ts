// Content script entry: picks the adapter for this site and follows its chat routes for the
// page's lifetime.
import { adapterFor } from './adapters/registry';
import { runWhileAlive } from './lifetime';
import { followChatRoutes } from './routes';

const adapter = adapterFor(location.href);
if (adapter) runWhileAlive((signal) => followChatRoutes(adapter, signal));
