// ChatGPT (chatgpt.com): a ProseMirror composer; code blocks name their language in a class, a
// viewer attribute or the toolbar's text, depending on the layout and the moment.
import { CHAT_SITES } from '../../../shared/sites';
import { languageFromClass, languageFromLabel } from '../../dom/code';
import { queryFirst } from '../../dom/query';
import type { SiteAdapter } from '../types';
import { languageLabel, selectors, uploads } from './selectors';

export const chatgpt: SiteAdapter = {
  site: CHAT_SITES.find((s) => s.id === 'chatgpt')!,
  // New chat at "/", conversations at "/c/<id>", project and GPT chats under "/g/…/c/<id>", a
  // project's page with its composer at "/g/g-p-…/project".
  isChatRoute: (url) =>
    url.pathname === '/' ||
    /^\/(g\/[^/]+\/)?c\/[^/]+\/?$/.test(url.pathname) ||
    /^\/g\/g-p-[^/]+\/project\/?$/.test(url.pathname),
  selectors,
  uploads,
  editor: 'prosemirror',
  // A single paste over 5,000 to 10,000 characters becomes a "Pasted text" attachment: longer
  // text goes in as several pastes.
  pasteChunk: 4_000,
  codeLanguage: (block, code) =>
    languageFromClass(code) ??
    (code.getAttribute('data-language') || undefined) ??
    languageFromLabel(queryFirst(block, languageLabel), ['plain text']),
};
