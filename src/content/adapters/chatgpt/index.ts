// ChatGPT (chatgpt.com): a ProseMirror composer; code blocks carry `language-*` on their <code>.
import { CHAT_SITES } from '../../../shared/sites';
import { languageFromClass } from '../../dom/code';
import type { SiteAdapter } from '../types';
import { selectors, uploads } from './selectors';

export const chatgpt: SiteAdapter = {
  site: CHAT_SITES.find((s) => s.id === 'chatgpt')!,
  // New chat at "/", conversations at "/c/<id>", project and GPT chats under "/g/…/c/<id>".
  isChatRoute: (url) => url.pathname === '/' || /^\/(g\/[^/]+\/)?c\/[^/]+\/?$/.test(url.pathname),
  selectors,
  uploads,
  editor: 'prosemirror',
  codeLanguage: (_block, code) => languageFromClass(code),
};
