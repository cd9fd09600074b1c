// A command to run in a terminal, selectable, with a Copy button that says whether it copied.
import { useState } from 'preact/hooks';

export function CopyCommand({ command, label }: { command: string; label: string }) {
  const [copied, setCopied] = useState<string>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(command);
      setCopied('Copied.');
    } catch {
      setCopied('Could not copy: select the command and copy it yourself.');
    }
  };
  return (
    <>
      <div class="command">
        <code>{command}</code>
        <button type="button" aria-label={label} onClick={() => void copy()}>
          Copy
        </button>
      </div>
      {copied && (
        <p class="hint" role="status">
          {copied}
        </p>
      )}
    </>
  );
}
