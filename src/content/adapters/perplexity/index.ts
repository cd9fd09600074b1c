// Perplexity (www.perplexity.ai): a Lexical composer that makes a file of a long paste; code
// blocks name their language in a label.
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
  // Perplexity's own paste handler turns a long plain-text paste into an attached file, at a
  // length no source states. Everyday prompts of a few paragraphs stay text, so long text goes
  // in as pastes of at most 1,000 characters (a 20,000-character result is 20 pastes). A paste
  // that still becomes a file shows as an attachment pill and is not inserted again.
  pasteChunk: 1_000,
  // A fence without a language is labelled "text": no language.
  codeLanguage: (block, code) =>
    languageFromLabel(queryFirst(block, languageLabel), ['text']) ?? languageFromClass(code),
};
