// Answers the model's lookup blocks, each once however often the site re-renders it: from the
// background's catalogue (nothing runs, nothing is approved), into the message box, and sent by
// itself only where the user turned auto mode on and its round cap allows.
import { toWireError } from '../../shared/errors';
import { lookupResultBlock } from '../../shared/mcp/lookup';
import { newNonce } from '../../shared/mcp/result-text';
import type { SiteAdapter } from '../adapters/types';
import { ask } from '../bridge/background';
import type { AutoMode } from '../cards/auto-mode';
import type { Deliveries } from '../cards/echoed-call';
import { putText } from '../dom/composer';
import { pageTheme } from '../dom/theme';
import type { FoundLookup } from '../replies/reader';
import { LookupNote } from './note';
import { type Asked, type LookupState, type NoteAction, noteText } from './state';

interface LookupEntry {
  asked: Asked;
  state: LookupState;
  note: LookupNote;
  /** The answer block, once made: Insert again puts the same text in. */
  text?: string;
}

/** What the model reads for a lookup it wrote wrong, and how to write it. */
const unreadable = (error: string) =>
  `${error} Nothing was looked up. Write {"lookup_id": "l1", "tools": ["<server>/<tool>"]} or {"lookup_id": "l1", "search": "<words>"} in an mcp-lookup block.`;

export class LookupAnswers {
  private readonly entries = new Map<string, LookupEntry>();
  /** Blocks seen under one key: a route change renames keys, never a block. */
  private readonly blocks = new WeakMap<Element, LookupEntry>();
  private readonly theme = pageTheme();

  constructor(
    private readonly adapter: SiteAdapter,
    signal: AbortSignal,
    private readonly auto: AutoMode,
    /** Everything this tab put into the composer, so a call copied from an answer is known. */
    private readonly delivered: Deliveries,
    /** Auto mode could not send: the page may have changed under the adapter. */
    private readonly sendFailed: () => void,
  ) {
    signal.addEventListener(
      'abort',
      () => {
        for (const entry of this.entries.values()) entry.note.host.remove();
      },
      { once: true },
    );
  }

  found(found: FoundLookup): void {
    let entry = this.entries.get(found.key) ?? this.blocks.get(found.block);
    if (!entry) {
      const created: LookupEntry = {
        asked: { read: found.read },
        state: { phase: 'writing' },
        note: new LookupNote(this.theme, (action) => void this.act(created, action)),
      };
      entry = created;
    }
    this.entries.set(found.key, entry);
    this.blocks.set(found.block, entry);
    // The site may re-render the block; the note follows it.
    if (found.block.nextElementSibling !== entry.note.host) found.block.after(entry.note.host);
    // Answered (or answering) once: a block read again, the same or changed, is not asked again.
    if (entry.state.phase === 'writing') {
      entry.asked = { read: found.read };
      if (found.earlier) entry.state = { phase: 'earlier' };
      else if (!found.streaming && !found.partView) void this.answer(entry, true);
    }
    this.render(entry);
  }

  private render(entry: LookupEntry): void {
    entry.note.render(noteText(entry.state, entry.asked), entry.state.phase);
  }

  private set(entry: LookupEntry, state: LookupState): void {
    entry.state = state;
    this.render(entry);
  }

  /** Asks the catalogue and puts the answer in; `automatic` lets auto mode send it. */
  private async answer(entry: LookupEntry, automatic: boolean): Promise<void> {
    this.set(entry, { phase: 'answering' });
    const { read } = entry.asked;
    let body: string;
    if (read.kind === 'lookup') {
      const { tools, search } = read.lookup;
      try {
        const answer = await ask('tools.lookup', {
          ...(tools ? { tools } : {}),
          ...(search ? { search } : {}),
        });
        entry.asked = { read, shown: answer.shown, unknown: answer.unknown };
        body = answer.text;
      } catch (error) {
        this.set(entry, { phase: 'failed', error: toWireError(error).message });
        return;
      }
    } else {
      body = unreadable(
        read.kind === 'partial' ? 'The lookup was cut off before it was complete.' : read.error,
      );
    }
    entry.text = lookupResultBlock(
      read.kind === 'lookup' ? read.lookup.lookup_id : read.lookupId,
      body,
      newNonce(),
    );
    await this.insert(entry, automatic);
  }

  private async insert(entry: LookupEntry, automatic: boolean): Promise<void> {
    const { adapter, auto, delivered } = this;
    if (!entry.text) return;
    delivered.add(entry.text);
    const inserted = await putText(adapter, entry.text).catch((error: unknown) => {
      console.warn('[MCP Switchboard]', error);
      return false as const;
    });
    if (!inserted) return this.set(entry, { phase: 'not-inserted' });
    if (!automatic || !auto.maySend()) {
      const paused = automatic ? auto.paused('Send') : undefined;
      return this.set(entry, {
        phase: 'answered',
        how: 'waiting',
        ...(paused ? { note: paused } : {}),
      });
    }
    const { sent, note } = await auto.send();
    if (!sent) this.sendFailed();
    this.set(entry, { phase: 'answered', how: sent ? 'sent' : 'not-sent', note });
  }

  /** A trusted click on the note: the user asks for the answer; it waits for them to send it. */
  private async act(entry: LookupEntry, action: NoteAction): Promise<void> {
    this.auto.humanActed();
    if (action === 'answer' && entry.state.phase === 'earlier') await this.answer(entry, false);
    else if (action === 'insert' && entry.state.phase === 'not-inserted')
      await this.insert(entry, false);
  }
}
