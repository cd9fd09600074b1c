// Calls sent to the background from an extension page, as the settings page or popup would send
// them: through the real router, many at once, some cancelled while they run.
import type { Page } from '@playwright/test';
import type { Outcome } from './outcomes';

export interface PageCall {
  id: string;
  server: string;
  tool: 'echo' | 'slow';
  message: string;
  /** Cancel this long after sending; absent: never. */
  cancelAfterMs?: number;
}

/** Sends every call of `batch` at once and waits for each outcome, or `boundMs` at most. */
export async function sendBatch(
  page: Page,
  batch: PageCall[],
  boundMs: number,
): Promise<Outcome[]> {
  const answers = await page.evaluate(
    async ([batch, boundMs]) =>
      Promise.all(
        batch.map(async (call) => {
          const payload = {
            callKey: call.id,
            call: {
              call_id: call.id,
              server: call.server,
              tool: call.tool,
              arguments: { id: call.id, message: call.message },
            },
          };
          const sent = chrome.runtime.sendMessage({ type: 'tools.call', payload }).then(
            (answer) => answer as { ok: boolean; error?: { code: string; message: string } },
            // The worker stopped while it held the call: the page is told, the call is not resent.
            (error: unknown) => ({ ok: false, error: { code: 'dropped', message: String(error) } }),
          );
          if (call.cancelAfterMs !== undefined)
            setTimeout(() => {
              void chrome.runtime
                .sendMessage({ type: 'tools.cancel', payload: { callKey: call.id } })
                .catch(() => {});
            }, call.cancelAfterMs);
          const bound = new Promise<'lost'>((resolve) =>
            setTimeout(() => resolve('lost'), boundMs),
          );
          return Promise.race([sent, bound]);
        }),
      ),
    [batch, boundMs] as const,
  );
  return answers.map((answer, i) => {
    const call = batch[i] as PageCall;
    const cancelled = call.cancelAfterMs !== undefined;
    if (answer === 'lost') return { id: call.id, via: 'page', fate: 'lost', cancelled };
    if (answer.ok) return { id: call.id, via: 'page', fate: 'ok', cancelled };
    return { id: call.id, via: 'page', fate: 'failed', detail: answer.error?.code, cancelled };
  });
}
