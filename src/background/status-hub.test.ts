import { describe, expect, it } from 'vitest';
import { tabView } from './status-hub';

describe('tabView', () => {
  it('gives tabs each site’s switches but not its custom instructions', () => {
    const push = tabView([], {
      chatgpt: { enabled: false, auto: true, maxRounds: 4, instructions: 'Private notes.' },
    });
    expect(push).toEqual({
      type: 'tab-status',
      servers: [],
      sites: { chatgpt: { enabled: false, auto: true, maxRounds: 4 } },
    });
  });
});
