// Every site adapter, and the choice of one for the current page.
import { siteForUrl } from '../../shared/sites';
import { aistudio } from './aistudio';
import { chatgpt } from './chatgpt';
import { claude } from './claude';
import { deepseek } from './deepseek';
import { gemini } from './gemini';
import { grok } from './grok';
import { mistral } from './mistral';
import { perplexity } from './perplexity';
import type { SiteAdapter } from './types';

export const ADAPTERS: readonly SiteAdapter[] = [
  aistudio,
  chatgpt,
  claude,
  deepseek,
  gemini,
  grok,
  mistral,
  perplexity,
];

export function adapterFor(url: string): SiteAdapter | undefined {
  const site = siteForUrl(url);
  return site && ADAPTERS.find((a) => a.site.id === site.id);
}
