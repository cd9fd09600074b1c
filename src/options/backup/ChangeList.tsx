// The settings one server or site would get: `URL: old → new`, or just the new value.
import type { FieldChange } from '../../shared/backup/format';

export function ChangeList({ changes }: { changes: FieldChange[] }) {
  return (
    <ul class="changes">
      {changes.map((c) => (
        <li key={c.field}>
          <span class="field">{c.field}</span>
          {': '}
          {c.from !== undefined && (
            <>
              <span class="from">{c.from}</span>
              <span aria-hidden="true"> → </span>
              <span class="sr-only"> becomes </span>
            </>
          )}
          <span class="to">{c.to}</span>
        </li>
      ))}
    </ul>
  );
}
