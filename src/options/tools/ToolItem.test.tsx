// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ServerView } from '../../shared/messages/views';
import type { CatalogToolEntry, Policies } from '../../shared/storage/items';
import { availabilityNote } from './ServerTools';
import { ToolItem } from './ToolItem';

// The real module opens the extension's messaging at import, which a test page does not have.
vi.mock('../../ui/background', () => ({
  errorText: (e: unknown) => (e instanceof Error ? e.message : String(e)),
}));

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

const rm: CatalogToolEntry = {
  name: 'rm',
  title: 'Remove a file',
  description: 'Deletes the file at a path.',
  inputSchema: {
    type: 'object',
    properties: { path: { type: 'string', description: 'What to delete' } },
    required: ['path'],
  },
  annotations: { destructiveHint: true, idempotentHint: true, readOnlyHint: false },
};

function show(tool: CatalogToolEntry, policies: Policies, save = vi.fn(async () => {})) {
  render(
    <ul>
      <ToolItem serverId="s" tool={tool} policies={policies} save={save} />
    </ul>,
    root,
  );
  const select = root.querySelector('select');
  const about = select?.getAttribute('aria-describedby');
  return {
    save,
    select,
    options: [...(select?.options ?? [])].map((o) => o.textContent),
    about: about ? document.getElementById(about)?.textContent : undefined,
    text: (selector: string) => root.querySelector(selector)?.textContent,
    all: (selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent),
  };
}

const choose = async (select: HTMLSelectElement, value: string) => {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await new Promise((resolve) => setTimeout(resolve, 0));
};

describe('ToolItem', () => {
  it('shows the tool, its hints set to true and its parameters', () => {
    const view = show(rm, {});
    expect(view.text('h4')).toBe('rmRemove a file');
    expect(view.text('.tool-description')).toBe('Deletes the file at a path.');
    expect(view.all('ul.hints li')).toEqual(['Destructive', 'Idempotent']);
    expect(view.text('ul.params > li')).toBe('path string requiredWhat to delete');
    expect(view.text('details pre')).toContain('"required": [\n    "path"\n  ]');
  });

  it('tells the truth about a destructive tool under a server-wide allow', () => {
    const view = show(rm, { s: { default: 'allow', tools: {} } });
    expect(view.select?.value).toBe('server-default');
    expect(view.options).toEqual(['Server default (Ask: destructive)', 'Ask', 'Allow', 'Deny']);
    expect(view.about).toMatch(/^Ask: the server marks it destructive/);

    const chosen = show(rm, { s: { default: 'allow', tools: { rm: 'allow' } } });
    expect(chosen.select?.value).toBe('allow');
    expect(chosen.about).toBe(
      'Allow, set for this tool: it runs when you press Run, and by itself in auto mode.',
    );
  });

  it('saves a choice, or the return to the server default, and says so', async () => {
    const view = show(rm, {});
    await choose(view.select!, 'deny');
    expect(view.save).toHaveBeenLastCalledWith('s', 'rm', 'deny');
    expect(view.text('[role=status]')).toBe('Saved: rm is set to Deny.');
    await choose(view.select!, 'server-default');
    expect(view.save).toHaveBeenLastCalledWith('s', 'rm', null);
    expect(view.text('[role=status]')).toBe('Saved: rm follows the server default.');
  });

  it('shows a failed save next to the control', async () => {
    const view = show(
      rm,
      {},
      vi.fn(async () => Promise.reject(new Error('storage is full'))),
    );
    await choose(view.select!, 'allow');
    expect(view.text('[role=alert]')).toBe('Not saved: storage is full');
    expect(view.select?.getAttribute('aria-invalid')).toBe('true');
    expect(view.text('[role=status]')).toBe('');
  });

  it('lists a tool that cannot be called with the reason, and no policy', () => {
    const view = show({ ...rm, annotations: {}, unavailable: 'It only runs as a task.' }, {});
    expect(view.select).toBeNull();
    expect(view.all('ul.hints li')).toEqual(['Unavailable']);
    expect(view.text('.unavailable')).toBe('Cannot be called: It only runs as a task.');
  });
});

describe('availabilityNote', () => {
  const view = (state: ServerView['status']['state']) =>
    ({ status: { state } }) as unknown as ServerView;

  it('says when the tools shown are only the last known ones', () => {
    expect(availabilityNote(view('connected'), true)).toBeUndefined();
    expect(availabilityNote(view('connected'), false)).toBe('This server offers no tools.');
    expect(availabilityNote(view('reconnecting'), true)).toMatch(
      /^Offline: these are its tools from when it was last connected/,
    );
    expect(availabilityNote(view('failed'), false)).toBe(
      'Offline: its tools appear here once it is connected.',
    );
    expect(availabilityNote(view('disabled'), true)).toMatch(/^Turned off under Servers/);
  });
});
