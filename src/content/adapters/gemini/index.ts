// Gemini (gemini.google.com): a Quill composer; code blocks name their language in a header label.
import { CHAT_SITES } from '../../../shared/sites';
import { languageFromLabel } from '../../dom/code';
import { queryFirst } from '../../dom/query';
import type { SiteAdapter } from '../types';
import { languageLabel, selectors, uploads } from './selectors';

// Chats at "/app" (new) and "/app/<id>", Gem chats at "/gem/<gem>" and "/gem/<gem>/<id>", each
// optionally under "/u/<n>" for a second signed-in account.
const CHAT_ROUTE = /^(\/u\/\d+)?\/(app(\/[\w-]+)?|gem\/[\w-]+(\/[\w-]+)?)\/?$/;

export const gemini: SiteAdapter = {
  site: CHAT_SITES.find((s) => s.id === 'gemini')!,
  isChatRoute: (url) => CHAT_ROUTE.test(url.pathname),
  selectors,
  uploads,
  editor: 'quill',
  // Fences Gemini does not know (mcp-call among them) are labelled "Code snippet": no language.
  codeLanguage: (block) => languageFromLabel(queryFirst(block, languageLabel), ['Code snippet']),
};
