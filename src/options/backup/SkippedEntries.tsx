// Entries that will not be imported, each with where it is in the file and what is wrong.
import type { SkippedEntry } from '../../shared/backup/parse';
import { count } from './preview-text';

export function SkippedEntries({ entries }: { entries: SkippedEntry[] }) {
  return (
    <div class="import-group skipped" role="alert">
      <h5>{`Not imported: ${count(entries.length, 'entry', 'entries')} with problems`}</h5>
      <ul aria-label="Entries with problems">
        {entries.map((entry) => (
          <li key={entry.path}>
            <strong>{entry.name}</strong> <span class="url">{entry.path}</span>
            <ul>
              {entry.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
