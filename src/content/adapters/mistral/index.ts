// Le Chat (chat.mistral.ai): a ProseMirror composer; code blocks carry `language-*` on their <code>.
import { CHAT_SITES } from '../../../shared/sites';
import { languageFromClass } from '../../dom/code';
import type { SiteAdapter } from '../types';
import { selectors, uploads } from './selectors';

export const mistral: SiteAdapter = {
  site: CHAT_SITES.find((s) => s.id === 'mistral')!,
  // New chat at "/chat", conversations at "/chat/<id>", a temporary chat at "/incognito".
  isChatRoute: (url) => /^\/(chat(\/[^/]+)?|incognito)\/?$/.test(url.pathname),
  selectors,
  uploads,
  editor: 'prosemirror',
  codeLanguage: (_block, code) => languageFromClass(code),
};
