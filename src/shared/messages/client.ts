// Sends a typed request to the background and checks its answer against the contract.
import { SwitchboardError } from '../errors';
import { type MessageName, type Messages, messages } from './contract';
import type { RequestOf, ResponseOf, WireRequest } from './define';
import { envelopeSchema } from './envelope';

export type Send = (message: WireRequest) => Promise<unknown>;

export async function request<K extends MessageName>(
  send: Send,
  name: K,
  payload: RequestOf<Messages[K]>,
): Promise<ResponseOf<Messages[K]>> {
  const spec = messages[name];
  const answer = envelopeSchema(spec.response).safeParse(await send({ type: name, payload }));
  if (!answer.success)
    throw new SwitchboardError('internal', `The background sent a malformed answer to ${name}.`);
  if (!answer.data.ok)
    throw new SwitchboardError(answer.data.error.code, answer.data.error.message);
  return answer.data.value as ResponseOf<Messages[K]>;
}
