// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ToolCall } from '../../shared/mcp/tool-call';
import { type Action, CardView } from './CardView';
import type { CardState } from './state';

const call: ToolCall = { call_id: 'c1', server: 'everything', tool: 'echo', arguments: { a: [1] } };
const root = document.createElement('div');
afterEach(() => render(null, root));

function show(state: CardState, onAction: (a: Action) => void = () => {}) {
  render(
    <CardView
      state={state}
      note={undefined}
      theme="dark"
      onAction={onAction}
      onAnswer={() => {}}
    />,
    root,
  );
  const buttons = [...root.querySelectorAll('button')];
  return {
    text: (selector: string) => root.querySelector(selector)?.textContent ?? undefined,
    buttons: buttons.map((b) => `${b.textContent}${b.disabled ? ' (off)' : ''}`),
    button: (action: Action) => root.querySelector<HTMLButtonElement>(`[data-action=${action}]`),
  };
}

describe('CardView', () => {
  it('shows a ready call with its server, tool and formatted arguments', () => {
    const card = show({ phase: 'ready', call });
    expect(card.text('.tool')).toBe('everything / echo');
    expect(card.text('.status')).toBe('Waiting for you');
    expect(card.text('.args')).toBe('{\n  "a": [\n    1\n  ]\n}');
    expect(card.buttons).toEqual(['Run', 'Deny']);
    expect(root.querySelector('.card')?.getAttribute('data-theme')).toBe('dark');
  });

  it('ignores clicks a script makes; they are not trusted', () => {
    const onAction = vi.fn();
    show({ phase: 'ready', call }, onAction).button('run')?.click();
    expect(onAction).not.toHaveBeenCalled();
  });

  it('shows progress and a Cancel that turns off once cancelling', () => {
    const progress = { progress: 3, total: 4, message: 'Copying' };
    let card = show({ phase: 'running', call, progress });
    expect(card.text('.message')).toBe('Copying (75%)');
    expect(root.querySelector('progress')?.getAttribute('value')).toBe('3');
    expect(card.buttons).toEqual(['Running… (off)', 'Cancel']);
    card = show({ phase: 'running', call, progress, cancelling: true });
    expect(card.text('.status')).toBe('Cancelling…');
    expect(card.buttons).toEqual(['Running… (off)', 'Cancel (off)']);
  });

  it('shows a delivered result with Insert and Copy, and an error result as an error', () => {
    const result = { isError: true, parts: [{ type: 'text' as const, text: 'bad input' }] };
    const card = show({
      phase: 'done',
      call,
      server: 'everything',
      result,
      delivered: 'block',
      inserted: 'text',
    });
    expect(card.text('.status')).toBe('Tool reported an error');
    expect(card.text('.result')).toBe('bad input');
    expect(card.text('.message')).toBe('The result is in the message box: review it and send.');
    expect(card.buttons).toEqual(['Insert', 'Copy']);
  });

  it('offers to tell the model about a call that cannot run, once', () => {
    expect(show({ phase: 'invalid', error: 'No tool.' }).buttons).toEqual(['Tell the model']);
    const told = show({ phase: 'invalid', error: 'No tool.', delivered: 'x', inserted: false });
    expect(told.text('.message')).toBe(
      'No tool. Could not put the problem into the message box. Use Copy and paste it.',
    );
    expect(told.buttons).toEqual(['Insert', 'Copy']);
  });
});
