// Perplexity (www.perplexity.ai): a Lexical composer; code blocks name their language in a label.
import { CHAT_SITES } from '../../../shared/sites';
import { languageFromClass, languageFromLabel } from '../../dom/code';
import { queryFirst } from '../../dom/query';
import type { SiteAdapter } from '../types';
import { languageLabel, selectors, uploads } from './selectors';

// New threads start at "/"; a thread lives at "/search/<words-of-the-query>-<id>".
const CHAT_ROUTE = /^\/(search\/[^/]+\/?)?$/;

export const perplexity: SiteAdapter = {
  site: CHAT_SITES.find((s) => s.id === 'perplexity')!,
  isChatRoute: (url) => CHAT_ROUTE.test(url.pathname),
  selectors,
  uploads,
  editor: 'lexical',
  // A fence without a language is labelled "text": no language.
  codeLanguage: (block, code) =>
    languageFromLabel(queryFirst(block, languageLabel), ['text']) ?? languageFromClass(code),
};
