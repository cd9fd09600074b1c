// Le Chat (chat.mistral.ai): a ProseMirror composer; code blocks carry `language-*` on their
// <code>, and a label in the header of the <pre> that wraps them.
import { CHAT_SITES } from '../../../shared/sites';
import { languageFromClass, languageFromLabel } from '../../dom/code';
import { queryFirst } from '../../dom/query';
import type { SiteAdapter } from '../types';
import { languageLabel, selectors, uploads } from './selectors';

export const mistral: SiteAdapter = {
  site: CHAT_SITES.find((s) => s.id === 'mistral')!,
  // New chat at "/chat", conversations at "/chat/<id>", a temporary chat at "/incognito".
  isChatRoute: (url) => /^\/(chat(\/[^/]+)?|incognito)\/?$/.test(url.pathname),
  selectors,
  uploads,
  editor: 'prosemirror',
  // No source says Le Chat turns long pastes into attachments: the default result limit holds.
  codeLanguage: (block, code) =>
    languageFromClass(code) ?? languageFromLabel(queryFirst(block, languageLabel), ['text']),
};
