import { expect, it } from 'vitest';
import { extensionIdFromKey, OUR_EXTENSION_ID } from './extension-id';

it('computes the id Chrome gives the extension from its manifest key', () => {
  // The id Chrome showed for a build of this repository.
  expect(OUR_EXTENSION_ID).toBe('nejgjpbhhnmfihhoaclhjhohlmicljil');
  expect(extensionIdFromKey('')).toMatch(/^[a-p]{32}$/);
});
