// Google AI Studio (aistudio.google.com): an Angular-bound textarea; code blocks carry their language.
import { CHAT_SITES } from '../../../shared/sites';
import { languageFromLabel } from '../../dom/code';
import { queryFirst } from '../../dom/query';
import type { SiteAdapter } from '../types';
import { languageTitle, selectors, uploads } from './selectors';

// A new chat at "/prompts/new_chat", saved prompts at "/prompts/<Drive file id>", optionally under
// "/u/<n>" for a second signed-in account. Other "/prompts/new_*" pages are not chats.
const CHAT_ROUTE = /^(\/u\/\d+)?\/prompts\/(new_chat|(?!new_)[\w-]+)\/?$/;

export const aistudio: SiteAdapter = {
  site: CHAT_SITES.find((s) => s.id === 'aistudio')!,
  isChatRoute: (url) => CHAT_ROUTE.test(url.pathname),
  selectors,
  uploads,
  editor: 'textarea',
  // Enter adds a line unless the user changed the "Submit prompt key" setting: the adapter sends
  // with the Run button (sendButton), never with a key.
  codeLanguage: (block) =>
    block.getAttribute('data-test-language')?.trim() ||
    languageFromLabel(queryFirst(block, languageTitle)),
};
