// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ToolCall } from '../../shared/mcp/tool-call';
import { type Action, CardView } from './CardView';
import type { CardState } from './state';

const call: ToolCall = { call_id: 'c1', server: 'everything', tool: 'echo', arguments: { a: [1] } };
const root = document.createElement('div');
afterEach(() => render(null, root));

function show(
  state: CardState,
  onAction: (a: Action) => void = () => {},
  note: string | undefined = undefined,
) {
  render(<CardView state={state} note={note} theme="dark" onAction={onAction} />, root);
  const buttons = [...root.querySelectorAll('button')];
  return {
    text: (selector: string) => root.querySelector(selector)?.textContent ?? undefined,
    buttons: buttons.map((b) => `${b.textContent}${b.disabled ? ' (off)' : ''}`),
    button: (action: Action) => root.querySelector<HTMLButtonElement>(`[data-action=${action}]`),
  };
}

describe('CardView', () => {
  it('draws nothing of a call waiting for Run or running but a note: the frame shows it', () => {
    expect(show({ phase: 'ready', call }).buttons).toEqual([]);
    expect(root.textContent).toBe('');
    show({ phase: 'running', call }, () => {}, 'Its server is down.');
    expect(root.textContent).toBe('Its server is down.');
    expect(root.querySelector('button, .args')).toBeNull();
  });

  it('ignores clicks a script makes; they are not trusted', () => {
    const onAction = vi.fn();
    show({ phase: 'invalid', error: 'No tool.' }, onAction).button('report')?.click();
    expect(onAction).not.toHaveBeenCalled();
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
    expect(card.text('.tool')).toBe('everything / echo');
    expect(root.querySelector('.card')?.getAttribute('data-theme')).toBe('dark');
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
