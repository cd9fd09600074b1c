// The Import and export section (issue #5): every setting to a JSON file and back, and servers
// from the mcpServers files of other MCP clients.
import type { CompanionState } from '../companion/use-companion';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import './backup.css';

/**
 * `onImported` lets the page reload what other sections read once (policies, site settings);
 * `companion` lets the preview offer local commands to the companion.
 */
export function BackupSection({
  companion,
  onImported,
}: {
  companion: CompanionState;
  onImported: () => void;
}) {
  return (
    <div class="backup">
      <ExportPanel />
      <ImportPanel companion={companion} onImported={onImported} />
    </div>
  );
}
