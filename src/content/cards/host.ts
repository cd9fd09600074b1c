// The attribute that marks a card's host element in the page. Apart from card.ts, which needs the
// extension's runtime, so that tests and the bench can name it from Node.
export const CARD_HOST_ATTRIBUTE = 'data-mcp-switchboard-card';
