// Claude (claude.ai): a tiptap (ProseMirror) composer, served first as a textarea stand-in until the
// app hydrates; code blocks carry `language-*` on their <code>.
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
  // A long paste becomes a "Pasted content" chip (PASTED, in the uploads' file thumbnail) at a
  // length no source states; the one number found is a 2024 tool's 4,000 characters. Half that
  // leaves room should the site have lowered it; a chip made anyway counts as delivered.
  pasteChunk: 2_000,
  codeLanguage: (_block, code) => languageFromClass(code),
};
