// A call's result as the text (and files) that go back to the model: files first, where the site
// takes them, so the text can name the ones the model will find with it.
import { formatToolResult } from '../../shared/mcp/result-text';
import type { ToolCall } from '../../shared/mcp/tool-call';
import type { ChatToolResult } from '../../shared/messages/views';
import type { SiteAdapter } from '../adapters/types';
import { attachFiles } from '../dom/attach';
import { planResultFiles } from './result-files';
import type { Delivery } from './state';

export async function resultText(
  adapter: SiteAdapter,
  call: ToolCall,
  answer: { server: string; result: ChatToolResult },
  nonce: string,
): Promise<{ text: string; files?: Delivery['files'] }> {
  const plan = planResultFiles(adapter, call, answer.result);
  const { uploads } = adapter;
  const attached = uploads && plan.files.length ? await attachFiles(uploads, plan.files) : false;
  const text = formatToolResult(call, answer.server, answer.result, nonce, {
    limit: plan.limit,
    ...(attached ? { attached: plan.attached, fullFile: plan.fullFile } : {}),
  });
  const names = plan.files.map((f) => f.name);
  return { text, ...(names.length ? { files: { names, attached } } : {}) };
}
