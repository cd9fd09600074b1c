// Opens the envelope an answer from the background comes in, with no schema library, so neither
// the chat page's script nor the popup loads one. The router checked the value against the
// contract before it sent it (background/router.ts).
import { ERROR_CODES, type ErrorCode, SwitchboardError } from '../errors';
import { isRecord } from '../is-record';

const isErrorCode = (code: unknown): code is ErrorCode =>
  (ERROR_CODES as readonly unknown[]).includes(code);

/** The answer's value, or its error thrown as a SwitchboardError. */
export function openAnswer(name: string, answer: unknown): unknown {
  if (isRecord(answer) && answer.ok === true && 'value' in answer) return answer.value;
  const error = isRecord(answer) && answer.ok === false ? answer.error : undefined;
  if (isRecord(error) && isErrorCode(error.code) && typeof error.message === 'string')
    throw new SwitchboardError(error.code, error.message);
  throw new SwitchboardError('internal', `The background sent a malformed answer to ${name}.`);
}
