// What the background pushes, without pulling a schema library into the chat page: the port's
// name and a check of each push's kind. The shapes are declared in the contract.

/** Name of the long-lived port over which the background pushes server status to open pages. */
export const STATUS_PORT = 'status';

/** True when `message` is a push of this kind (only our background sends these). */
export function isPush<T extends { type: string }>(
  message: unknown,
  type: T['type'],
): message is T {
  return (
    typeof message === 'object' && message !== null && 'type' in message && message.type === type
  );
}
