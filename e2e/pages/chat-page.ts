// Page object for a chat site fixture: the composer, the turns, and the tool cards. It finds the
// site's elements through the adapter's own selectors, so every site is driven the same way.
import type { Page } from '@playwright/test';
import type { SiteAdapter } from '../../src/content/adapters/types';
import type { FileInfo } from '../sites/page-kit';
import { variantAt } from '../sites/variants';
import { Cards } from './card';

export class ChatPage {
  readonly cards: Cards;
  /** The offer to insert the tool instructions on a new chat. */
  readonly offer: Cards;
  /** The notes beside the model's lookups (status, message, and an Answer or Insert button). */
  readonly lookups: Cards;

  private constructor(
    readonly page: Page,
    readonly adapter: SiteAdapter,
    /** The keys that send a message on this site by default (Enter on most). */
    readonly sendKeys: string,
  ) {
    this.cards = new Cards(page);
    this.offer = new Cards(page, 'data-mcp-switchboard-offer');
    this.lookups = new Cards(page, 'data-mcp-switchboard-lookup');
  }

  static async open(
    page: Page,
    adapter: SiteAdapter,
    url = adapter.site.startUrl,
  ): Promise<ChatPage> {
    await page.goto(url);
    const sendKeys = variantAt(adapter.site.id, url)?.forms.sendKeys ?? 'Enter';
    return new ChatPage(page, adapter, sendKeys);
  }

  /** The message box a person sees (sites keep hidden ones too, as the adapter knows). */
  composer() {
    return this.page
      .locator(this.adapter.selectors.composer.join(', '))
      .filter({ visible: true })
      .first();
  }

  /** Types like a person and submits with the site's keys (Enter, or Ctrl/Cmd+Enter on AI Studio). */
  async send(text: string): Promise<void> {
    await this.composer().click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press(this.sendKeys);
  }

  /** Presses the site's send button, as a person does after reviewing an inserted result. */
  async pressSend(): Promise<void> {
    await this.page
      .locator(this.adapter.selectors.sendButton.join(', '))
      .filter({ visible: true })
      .first()
      .click();
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

  /** Files attached to the message being written. */
  attachments(): Promise<FileInfo[]> {
    return this.page.evaluate(() => window.__fixture.attachments());
  }

  /** The files sent with each submitted message. */
  submittedFiles(): Promise<FileInfo[][]> {
    return this.page.evaluate(() => window.__fixture.submittedFiles);
  }
}
