// Claude (claude.ai): a tiptap (ProseMirror) composer; code blocks carry `language-*` on their <code>.
import { CHAT_SITES } from '../../../shared/sites';
import { languageFromClass } from '../../dom/code';
import type { SiteAdapter } from '../types';
import { selectors, uploads } from './selectors';

export const claude: SiteAdapter = {
  site: CHAT_SITES.find((s) => s.id === 'claude')!,
  // New chat at "/new", a project's new chat at "/project/<id>", every conversation (project ones
  // too) at "/chat/<id>".
  isChatRoute: (url) =>
    url.pathname === '/new' || /^\/(chat|project)\/[^/]+\/?$/.test(url.pathname),
  selectors,
  uploads,
  editor: 'prosemirror',
  codeLanguage: (_block, code) => languageFromClass(code),
};
