// The Import and export section (issue #5): every setting to a JSON file and back, and servers
// from the mcpServers files of other MCP clients.
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import './backup.css';

/** `onImported` lets the page reload what other sections read once (policies, site settings). */
export function BackupSection({ onImported }: { onImported: () => void }) {
  return (
    <div class="backup">
      <ExportPanel />
      <ImportPanel onImported={onImported} />
    </div>
  );
}
