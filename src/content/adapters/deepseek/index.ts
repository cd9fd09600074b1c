// DeepSeek (chat.deepseek.com): a React-controlled textarea; code blocks name their language in a banner.
import { CHAT_SITES } from '../../../shared/sites';
import { languageFromLabel } from '../../dom/code';
import { queryFirst } from '../../dom/query';
import type { SiteAdapter } from '../types';
import { languageLabel, selectors, uploads } from './selectors';

// The welcome page "/" starts a chat; a chat lives at "/a/chat/s/<session id>".
const CHAT_ROUTE = /^\/(a\/chat\/s\/[^/]+\/?)?$/;

export const deepseek: SiteAdapter = {
  site: CHAT_SITES.find((s) => s.id === 'deepseek')!,
  isChatRoute: (url) => CHAT_ROUTE.test(url.pathname),
  selectors,
  uploads,
  editor: 'textarea',
  // A fence without a language is labelled "text": no language.
  codeLanguage: (block) =>
    languageFromLabel(queryFirst(block, languageLabel), ['text', 'plaintext']),
};
