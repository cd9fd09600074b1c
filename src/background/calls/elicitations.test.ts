import type { ElicitRequestParams } from '@modelcontextprotocol/client';
import { describe, expect, it, vi } from 'vitest';
import { contentProblems, type ElicitSchema } from '../../shared/mcp/elicit-form';
import { Elicitations } from './elicitations';

const schema: ElicitSchema = {
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 2 },
    age: { type: 'integer', minimum: 0 },
    pet: { type: 'string', enum: ['cat', 'dog'] },
    tools: { type: 'array', items: { enum: ['a', 'b'] }, maxItems: 1 },
    ok: { type: 'boolean' },
  },
  required: ['name'],
};

describe('contentProblems', () => {
  it('accepts content that fits and names each field that does not', () => {
    expect(
      contentProblems(schema, { name: 'Ada', age: 3, pet: 'cat', tools: ['a'], ok: true }),
    ).toEqual([]);
    expect(
      contentProblems(schema, { age: 1.5, pet: 'fish', tools: ['a', 'b'], ok: 'yes', extra: 1 }),
    ).toEqual([
      'extra: not asked for',
      'name: required',
      'age: expected a whole number',
      'pet: not one of the choices',
      'tools: choose at most 1',
      'ok: expected true or false',
    ]);
  });
});

describe('Elicitations', () => {
  const request = { message: 'Who are you?', requestedSchema: schema } as ElicitRequestParams;

  it('asks the call’s tab and settles with the answer from that tab only', async () => {
    const push = vi.fn();
    const questions = new Elicitations(push);
    const answer = questions.ask(7, 'k1', request);
    const { elicitId } = push.mock.calls[0]![1];
    expect(push).toHaveBeenCalledWith(7, {
      type: 'call.elicit',
      callKey: 'k1',
      elicitId,
      message: 'Who are you?',
      requestedSchema: schema,
    });
    expect(() => questions.answer(elicitId, 8, { action: 'decline' })).toThrow('no longer waiting');
    expect(() =>
      questions.answer(elicitId, 7, { action: 'accept', content: { name: 'A' } }),
    ).toThrow('The answer does not fit: name: at least 2 characters.');
    questions.answer(elicitId, 7, { action: 'accept', content: { name: 'Ada' } });
    await expect(answer).resolves.toEqual({ action: 'accept', content: { name: 'Ada' } });
    expect(() => questions.answer(elicitId, 7, { action: 'decline' })).toThrow('no longer waiting');
  });

  it('withdraws an open question when its call ends, and declines URL-mode requests', async () => {
    const questions = new Elicitations(() => {});
    const open = questions.ask(1, 'k2', request);
    const otherTab = questions.ask(2, 'k2', request);
    questions.endCall(1, 'k2');
    await expect(open).resolves.toEqual({ action: 'cancel' });
    // Another tab's card of the same key still waits for its answer.
    questions.endCall(2, 'k2');
    await expect(otherTab).resolves.toEqual({ action: 'cancel' });
    await expect(
      questions.ask(1, 'k3', {
        mode: 'url',
        message: 'Go',
        url: 'https://x',
        elicitationId: 'e',
      } as never),
    ).resolves.toEqual({ action: 'decline' });
  });
});
