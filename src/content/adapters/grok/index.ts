// Grok, one site with two apps: grok.com (a Tiptap composer, Shiki code blocks that name their
// language in a header label) and Grok inside X at x.com/i/grok (a React-controlled textarea,
// react-syntax-highlighter code blocks whose <code> carries a `language-*` class).
import { CHAT_SITES } from '../../../shared/sites';
import { languageFromClass, languageFromLabel } from '../../dom/code';
import { queryFirst } from '../../dom/query';
import type { SiteAdapter } from '../types';
import { codeLanguageLabel, selectors, uploads } from './selectors';

/** grok.com: new chat at "/", conversations at "/c/<id>" (a `?rid=` query may follow). */
const onGrokCom = (url: URL) => url.pathname === '/' || /^\/c\/[^/]+\/?$/.test(url.pathname);

/** x.com: Grok lives at "/i/grok", a saved chat at "/i/grok?conversation=<id>"; the rest of X
 * (timelines, posts, "/i/grok/share/…", the Grok drawer on other pages) is never a chat. */
const onX = (url: URL) =>
  /^\/i\/grok\/?$/.test(url.pathname) && url.searchParams.get('conversation') !== '';

export const grok: SiteAdapter = {
  site: CHAT_SITES.find((s) => s.id === 'grok')!,
  isChatRoute: (url) =>
    url.origin === 'https://grok.com' ? onGrokCom(url) : url.origin === 'https://x.com' && onX(url),
  selectors,
  uploads,
  // The composer tells the apps apart: X's is a <textarea>, grok.com's a contenteditable.
  editor: (composer) => (composer instanceof HTMLTextAreaElement ? 'textarea' : 'prosemirror'),
  codeLanguage: (block, code) =>
    languageFromLabel(queryFirst(block, codeLanguageLabel)) ?? languageFromClass(code),
};
