// Page object for a chat site fixture: the composer, the turns, and the tool cards.
import type { Page } from '@playwright/test';
import { Cards } from './card';

export class ChatPage {
  readonly cards: Cards;

  private constructor(readonly page: Page) {
    this.cards = new Cards(page);
  }

  static async open(page: Page, url = 'https://chatgpt.com/'): Promise<ChatPage> {
    await page.goto(url);
    return new ChatPage(page);
  }

  composer() {
    return this.page.locator('#prompt-textarea');
  }

  /** Types like a person and submits with Enter. */
  async send(text: string): Promise<void> {
    await this.composer().click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** The composer's text according to the editor's own state, not the DOM. */
  editorText(): Promise<string> {
    return this.page.evaluate(() => window.__fixture.editorText());
  }

  isStreaming(): Promise<boolean> {
    return this.page.evaluate(() => window.__fixture.isStreaming());
  }

  turns(): Promise<{ role: string; text: string }[]> {
    return this.page.evaluate(() => window.__fixture.turns());
  }

  submitted(): Promise<string[]> {
    return this.page.evaluate(() => window.__fixture.submitted);
  }
}
