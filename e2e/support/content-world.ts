// Runs code in the extension's content-script world of a page (its isolated world), as a
// compromised renderer of that page could: through the DevTools protocol, no extension page needed.
import type { Page } from '@playwright/test';

interface ExecutionContext {
  id: number;
  origin: string;
  auxData?: { type?: string; frameId?: string };
}

/** Evaluates `expression` (awaited, returned by value) in the page's main frame's content-script world. */
export async function inContentScript<T>(
  page: Page,
  extensionId: string,
  expression: string,
): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    // Enabling reports every context that already exists.
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const world = contexts.find(
      (c) =>
        c.origin === `chrome-extension://${extensionId}` &&
        c.auxData?.type === 'isolated' &&
        c.auxData.frameId === frameTree.frame.id,
    );
    if (!world) throw new Error('the extension’s content script does not run in this page');
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails)
      throw new Error(
        `in the content script's world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`,
      );
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}
