// A prompt's text as the server made it, with Copy and Send to chat. Send to chat only puts the
// text into the message box of the chat tab used last; the user reviews and sends it there.
import { useState } from 'preact/hooks';
import { ask, errorText } from '../../ui/background';

type Note = { ok: boolean; text: string };

export function PromptText({ name, text }: { name: string; text: string }) {
  const [note, setNote] = useState<Note>();
  const [sending, setSending] = useState(false);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setNote({ ok: true, text: 'Copied.' });
    } catch {
      setNote({ ok: false, text: 'Could not copy: select the text and copy it yourself.' });
    }
  };

  const send = async () => {
    setNote(undefined);
    setSending(true);
    try {
      const { site } = await ask('chat.insert', { text });
      setNote({
        ok: true,
        text: `Put into the ${site} message box, not sent: review it there and send it yourself.`,
      });
    } catch (e) {
      setNote({ ok: false, text: `Not sent to a chat: ${errorText(e)}` });
    } finally {
      setSending(false);
    }
  };

  return (
    <div class="prompt-text">
      <textarea
        readOnly
        rows={Math.min(12, text.split('\n').length + 1)}
        aria-label={`Text of ${name}`}
        value={text}
      />
      <div class="entry-actions">
        <button type="button" onClick={() => void copy()}>
          Copy
        </button>
        <button type="button" disabled={sending} onClick={() => void send()}>
          Send to chat
        </button>
      </div>
      <p class="saved" role="status">
        {note?.ok ? note.text : ''}
      </p>
      {note && !note.ok && (
        <p class="form-error" role="alert">
          {note.text}
        </p>
      )}
    </div>
  );
}
