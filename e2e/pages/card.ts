// Reads and presses tool cards. Their content is in a closed shadow root that page scripts (and
// Playwright's locators) cannot enter, so this goes through the DevTools protocol, which sees
// closed roots, and clicks with real (trusted) mouse events at the button's position. While a
// call waits for Run or runs, the card holds an extension-owned frame: what approves or answers is
// read and pressed there, as a person would, the pointer resting on the frame before a press.
import { type CDPSession, expect, type Frame, type Page } from '@playwright/test';

interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

export interface CardView {
  tool: string;
  status: string;
  args: string;
  message: string;
  result: string;
  /** Labels of the visible buttons. */
  buttons: string[];
}

const attr = (node: DomNode, name: string) => {
  const list = node.attributes ?? [];
  const i = list.indexOf(name);
  return i >= 0 && i % 2 === 0 ? list[i + 1] : undefined;
};

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}

function visibleText(node: DomNode, hidden = false): string {
  const isHidden = hidden || attr(node, 'hidden') !== undefined || node.nodeName === 'STYLE';
  if (node.nodeType === 3) return isHidden ? '' : node.nodeValue;
  return (node.children ?? []).map((c) => visibleText(c, isHidden)).join('');
}

/** What a card's frame holds: approving a call, its progress and a server's questions. */
const FRAME_ACTIONS = new Set(['run', 'deny', 'cancel', 'accept', 'decline', 'dismiss-question']);

export class Cards {
  private session: CDPSession | undefined;

  /** `hostAttribute` marks the hosts to look into: tool cards by default, or the instructions offer. */
  constructor(
    private readonly page: Page,
    private readonly hostAttribute = 'data-mcp-switchboard-card',
  ) {}

  private async cdp(): Promise<CDPSession> {
    this.session ??= await this.page.context().newCDPSession(this.page);
    return this.session;
  }

  private async roots(): Promise<DomNode[]> {
    const { root } = (await (
      await this.cdp()
    ).send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    return [...walk(root)]
      .filter((n) => attr(n, this.hostAttribute) !== undefined)
      .map((host) => host.shadowRoots?.[0])
      .filter((r): r is DomNode => r !== undefined);
  }

  async count(): Promise<number> {
    return (await this.roots()).length;
  }

  /** The proposal a card's frame shows, from its open host; none when it has no frame. */
  private async proposal(index: number): Promise<string | undefined> {
    return this.page.evaluate(
      ([attribute, i]) =>
        (document.querySelectorAll(`[${attribute}]`)[i] as HTMLElement | undefined)?.dataset
          .proposal,
      [this.hostAttribute, index] as const,
    );
  }

  /** The card's consent frame, once it has loaded; brought into view first (it is made near it). */
  async frame(index = 0): Promise<Frame | undefined> {
    const host = this.page.locator(`[${this.hostAttribute}]`).nth(index);
    if ((await host.getAttribute('data-phase')) === 'ready') await host.scrollIntoViewIfNeeded();
    const id = await this.proposal(index);
    if (!id) return undefined;
    const frame = this.page.frames().find((f) => f.url().includes(`#p=${id}`));
    if (
      !frame ||
      !(await frame
        .locator('section.consent')
        .count()
        .catch(() => 0))
    )
      return undefined;
    return frame;
  }

  /** The card's frame, waiting for it to load. */
  private async loadedFrame(index: number): Promise<Frame> {
    let frame: Frame | undefined;
    await expect
      .poll(async () => {
        frame = await this.frame(index);
        return frame !== undefined;
      })
      .toBe(true);
    return frame as Frame;
  }

  async read(index = 0): Promise<CardView | undefined> {
    const root = (await this.roots())[index];
    if (!root) return undefined;
    const phase = attr(root, 'data-phase') ?? (await this.phase(index));
    if (phase === 'ready' || phase === 'running') {
      const framed = await this.frame(index);
      // The call may end (and its frame go) between finding the frame and reading it; any other
      // failure is the caller's to see.
      if (framed)
        return this.readFrame(framed, root).catch((error) => {
          if (framed.isDetached()) return this.read(index);
          throw error;
        });
      // The frame is still loading: what the card's phase says.
      return {
        tool: '',
        status: phase === 'ready' ? 'Waiting for you' : 'Running',
        args: '',
        message: this.noteOf(root),
        result: '',
        buttons: [],
      };
    }
    const nodes = [...walk(root)];
    const byClass = (cls: string) => nodes.find((n) => attr(n, 'class')?.split(' ').includes(cls));
    const text = (n: DomNode | undefined) =>
      n && attr(n, 'hidden') === undefined ? visibleText(n) : '';
    return {
      tool: text(byClass('tool')),
      status: text(byClass('status')),
      args: text(byClass('args')),
      message: text(byClass('message')),
      result: text(byClass('result')),
      buttons: nodes
        .filter((n) => n.nodeName === 'BUTTON' && attr(n, 'hidden') === undefined)
        .map((n) => visibleText(n)),
    };
  }

  /** A card whose call waits or runs, as its frame shows it (and any note the card adds). */
  private async readFrame(frame: Frame, root: DomNode): Promise<CardView> {
    // No function declared inside: tsx (npm start) names such functions with a helper that
    // exists only on its side, not in the frame.
    const seen = await frame.evaluate(() => {
      const [server = '', tool = '', status = '', args = ''] = [
        '[data-field="server"]',
        '[data-field="tool"]',
        '.status',
        '[data-field="arguments"]',
      ].map((selector) => document.querySelector(selector)?.textContent ?? '');
      return {
        tool: server ? `${server} / ${tool}` : tool,
        status,
        args,
        message: [...document.querySelectorAll('.flag, .bad, .refusal, .outcome, .progress-text')]
          .map((n) => n.textContent)
          .join(' '),
        buttons: [...document.querySelectorAll('.actions button')].map((b) => b.textContent ?? ''),
      };
    });
    const message = [this.noteOf(root), seen.message].filter(Boolean).join(' ');
    return { ...seen, message, result: '' };
  }

  /** The note the card adds above its frame (a server down, auto mode waiting), if any. */
  private noteOf(root: DomNode): string {
    const note = [...walk(root)].find((n) => attr(n, 'class')?.split(' ').includes('message'));
    return note ? visibleText(note) : '';
  }

  /** The phase on a card's open host. */
  private phase(index: number): Promise<string | undefined> {
    return this.page
      .locator(`[${this.hostAttribute}]`)
      .nth(index)
      .getAttribute('data-phase')
      .catch(() => undefined)
      .then((phase) => phase ?? undefined);
  }

  /** Everything visible in a host's shadow root, and in its frame, as text. */
  async text(index = 0): Promise<string | undefined> {
    const root = (await this.roots())[index];
    const framed = root && (await this.frame(index));
    const inFrame = framed ? await framed.evaluate(() => document.body.textContent ?? '') : '';
    return root && `${visibleText(root)}${inFrame}`;
  }

  /**
   * Presses Run and waits until the card leaves "Waiting for you". The page may re-lay out under
   * the pointer (a result landing in the composer above grows it), so a click that missed is made
   * again; Run acts only on a waiting card, so it can never run a call twice.
   */
  async run(index = 0): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      await this.click('run', index);
      try {
        await expect
          .poll(async () => (await this.read(index))?.status, { timeout: 3_000 })
          .not.toBe('Waiting for you');
        return;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  }

  async click(
    action:
      | 'run'
      | 'deny'
      | 'report'
      | 'cancel'
      | 'copy'
      | 'insert'
      | 'answer'
      | 'attach'
      | 'dismiss'
      | 'accept'
      | 'decline'
      | 'dismiss-question',
    index = 0,
  ): Promise<void> {
    if (FRAME_ACTIONS.has(action)) return this.press(action, index);
    // A node id can go stale between reading the tree and using it while the page re-lays out
    // (the composer grows as results land): look the button up again and retry.
    for (let attempt = 1; ; attempt++) {
      try {
        const [x, y] = await this.buttonCenter(action, index);
        await this.page.mouse.click(x, y);
        return;
      } catch (error) {
        if (attempt === 3 || !/layout object|Could not find node/.test(String(error))) throw error;
        await this.page.waitForTimeout(100);
      }
    }
  }

  /**
   * Presses a button in the card's frame as a person does: once the frame has been in full view
   * long enough, with the pointer resting on it first; Run counts only then (src/consent/gate.ts).
   */
  private async press(action: string, index: number): Promise<void> {
    // A person presses a still card: a site may render the rows of a reply being written again
    // (Claude's fixture mounts only the last few), taking the card's frame with them.
    if (action === 'run' || action === 'deny')
      await expect
        .poll(() =>
          this.page.evaluate(() => (window.__fixture?.isStreaming?.() ?? false) as boolean),
        )
        .toBe(false);
    if (action !== 'run') {
      // A click sent into the frame waits on the frame; Deny removes it at once. The page's
      // mouse reaches the frame the same way, as a person's does, and does not wait on it.
      const button = (await this.loadedFrame(index)).locator(`[data-action="${action}"]`);
      await button.scrollIntoViewIfNeeded();
      const box = await button.boundingBox();
      if (!box) throw new Error(`No ${action} button on card ${index}`);
      await this.clickAt(box.x + box.width / 2, box.y + box.height / 2);
      return;
    }
    // A reply still streaming (the page following it down) or a result landing above can move the
    // card between the look and the press: Run then refuses and says so, and a person presses
    // again once the card is still. Run acts only on a waiting call: it never runs one twice.
    for (let attempt = 1; ; attempt++) {
      const frame = await this.loadedFrame(index);
      const button = frame.locator('[data-action="run"]');
      let refused = true;
      try {
        // A fixed composer or header of the site may cover the card where it is: bring it to
        // the middle of the view, as a person would scroll to it.
        await this.page.evaluate(
          ([attribute, i]) =>
            document.querySelectorAll(`[${attribute}]`)[i]?.scrollIntoView({ block: 'center' }),
          [this.hostAttribute, index] as const,
        );
        // The frame may be replaced meanwhile (a restarted worker, a changed call): look again.
        await expect(button).toHaveAttribute('data-seen', 'true', { timeout: 5_000 });
        await button.hover({ timeout: 5_000 });
        await expect(button).toHaveAttribute('data-steady', 'true', { timeout: 5_000 });
        const box = await button.boundingBox();
        if (!box) throw new Error(`No Run button on card ${index}`);
        await this.clickAt(box.x + box.width / 2, box.y + box.height / 2);
        refused = await expect
          .poll(
            async () => {
              if ((await this.phase(index)) !== 'ready') return false;
              return (
                (await frame
                  .locator('.refusal')
                  .count()
                  .catch(() => 0)) > 0
              );
            },
            { timeout: 2_000 },
          )
          .toBe(false)
          .then(
            () => false,
            () => true,
          );
      } catch (error) {
        if (attempt === 5) throw error;
      }
      if (!refused) return;
      if (attempt === 5) {
        const why = await frame
          .locator('.refusal')
          .textContent()
          .catch(() => '');
        throw new Error(`Run was refused 5 times on card ${index}: ${why}`);
      }
    }
  }

  /**
   * A person's click at a point. The browser may never acknowledge the release when the frame it
   * landed in goes away in answer to it (Deny removes the frame): what the click did is checked
   * by the caller, so the wait for that acknowledgement is bounded.
   */
  private async clickAt(x: number, y: number): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      // Its failure after the bound (the page closing at the end of a test) is no one's concern.
      this.page.mouse.click(x, y).catch(() => {}),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, 3_000);
      }),
    ]);
    clearTimeout(timer);
  }

  /** Types into a form field of a card's frame (a server's question), as a person would. */
  async fill(field: string, text: string, index = 0): Promise<void> {
    const frame = await this.loadedFrame(index);
    const input = frame.locator(`[data-field="${field}"]`);
    await input.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(text);
  }

  private async buttonCenter(
    action: string,
    index: number,
    attribute = 'data-action',
  ): Promise<[number, number]> {
    const center = await this.steady(action, index, attribute);
    if (await this.hostAt(center, index)) return center;
    // Something of the page (a fixed composer, a sticky header) covers the button: bring the
    // card to the middle of the view, as a person would scroll, and look again.
    await this.page.evaluate(
      ([attribute, i]) =>
        document.querySelectorAll(`[${attribute}]`)[i]?.scrollIntoView({ block: 'center' }),
      [this.hostAttribute, index] as const,
    );
    return this.locate(action, index, attribute);
  }

  /**
   * The button's center once it stays put over two frames: a reply still streaming in, or the
   * composer growing, can move the card between finding the button and clicking it.
   */
  private async steady(
    action: string,
    index: number,
    attribute: string,
  ): Promise<[number, number]> {
    let center = await this.locate(action, index, attribute);
    for (let look = 0; look < 20; look++) {
      await this.page.evaluate(
        // A page in the background gets no frames: a short wait stands in for them there.
        () =>
          new Promise((resolve) => {
            requestAnimationFrame(() => requestAnimationFrame(resolve));
            setTimeout(resolve, 100);
          }),
      );
      const again = await this.locate(action, index, attribute);
      if (again[0] === center[0] && again[1] === center[1]) return again;
      center = again;
    }
    return center;
  }

  /** Whether the point hits this card (its closed root shows as the host from outside). */
  private hostAt([x, y]: [number, number], index: number): Promise<boolean> {
    return this.page.evaluate(
      ([px, py, attribute, i]) =>
        document.elementFromPoint(px, py) === document.querySelectorAll(`[${attribute}]`)[i],
      [x, y, this.hostAttribute, index] as const,
    );
  }

  private async locate(
    action: string,
    index: number,
    attribute = 'data-action',
  ): Promise<[number, number]> {
    const root = (await this.roots())[index];
    const button = root && [...walk(root)].find((n) => attr(n, attribute) === action);
    if (!button) throw new Error(`No ${action} button on card ${index}`);
    const cdp = await this.cdp();
    await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId: button.nodeId });
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId })) as {
      model: { content: number[] };
    };
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
    return [(x1 + x3) / 2, (y1 + y3) / 2];
  }
}
