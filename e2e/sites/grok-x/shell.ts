// The x.com page around Grok, in the fixture's language: X's navigation, and in <main> the Grok
// column: a bar with "Chat history", the conversation's scroller, then the composer's block (React
// mounts the composer there, ./composer.ts). Dialogs and menus live in #layers, outside <main>.
import type { GrokXLabels } from './forms';

export function writeShell(t: GrokXLabels): void {
  document.body.innerHTML = `
    <div id="react-root">
      <div class="css-175oi2r" data-fixture="app">
        <header class="css-175oi2r" role="banner">
          <nav aria-label="Primary" role="navigation" class="css-175oi2r">
            <a href="/home" data-testid="AppTabBar_Home_Link">⌂</a>
            <a href="/i/grok" data-testid="AppTabBar_Grok_Link">◩</a>
          </nav>
        </header>
        <main class="css-175oi2r" role="main">
          <div class="css-175oi2r" data-testid="primaryColumn">
            <div class="css-175oi2r" data-fixture="bar">
              <button aria-label="${t.chatHistory}" role="button" type="button" class="css-175oi2r">☰</button>
            </div>
            <div class="css-175oi2r" data-fixture="conversation">
              <div class="css-175oi2r" data-fixture="turns"></div>
            </div>
            <div class="css-175oi2r" data-fixture="composer"></div>
          </div>
        </main>
      </div>
      <div id="layers"></div>
    </div>`;
}
