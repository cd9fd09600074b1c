// What the instructions offer puts into a new chat on a site: the generated tool instructions
// with the saved custom text, read-only, with their size and a Copy button.
import { useEffect, useState } from 'preact/hooks';
import type { ServerView } from '../../shared/messages/views';
import type { ChatSite } from '../../shared/sites';
import { ask, errorText } from '../../ui/background';

/**
 * Changes when the tools on offer may have changed. Not the whole server list: a server that
 * keeps failing changes state on every retry, and each reload would retry it at once.
 */
const toolsKey = (servers: ServerView[] | undefined) =>
  (servers ?? [])
    .flatMap((s) =>
      s.status.state === 'connected' ? [`${s.id}:${s.name}:${s.status.toolCount}`] : [],
    )
    .join();

export function InstructionsPreview({
  site,
  custom,
  threshold,
  servers,
}: {
  site: ChatSite;
  /** The saved custom text and catalogue threshold; the preview reloads when they change. */
  custom: string;
  threshold: number;
  servers: ServerView[] | undefined;
}) {
  const [preview, setPreview] = useState<{ text: string; tokens: number }>();
  const [error, setError] = useState<string>();
  const [copied, setCopied] = useState<string>();
  const labelId = `preview-${site.id}-label`;
  const tools = toolsKey(servers);

  // biome-ignore lint/correctness/useExhaustiveDependencies: new settings or other tools are the cue to reload.
  useEffect(() => {
    let live = true;
    ask('instructions.get', { siteId: site.id })
      .then((answer) => {
        if (!live) return;
        setPreview(answer);
        setError(undefined);
      })
      .catch((e) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [site.id, custom, threshold, tools]);

  const copy = async () => {
    if (!preview) return;
    try {
      await navigator.clipboard.writeText(preview.text);
      setCopied('Copied.');
    } catch {
      setCopied('Could not copy: select the text and copy it yourself.');
    }
  };

  return (
    <div class="preview">
      <div class="row">
        <span id={labelId} class="label-text">
          {`Preview: what Insert puts into a new ${site.name} chat`}
        </span>
        <span class="tokens">{preview ? `about ${preview.tokens} tokens` : 'Loading…'}</span>
        <button type="button" disabled={!preview} onClick={() => void copy()}>
          Copy
        </button>
      </div>
      {error && (
        <p class="form-error" role="alert">
          {`Could not build the preview: ${error}`}
        </p>
      )}
      <textarea readOnly rows={12} aria-labelledby={labelId} value={preview?.text ?? ''} />
      <p class="hint" role="status">
        {copied}
      </p>
    </div>
  );
}
