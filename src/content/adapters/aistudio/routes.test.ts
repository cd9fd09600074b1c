import { describe, expect, it } from 'vitest';
import { aistudio } from '.';

const route = (path: string) => aistudio.isChatRoute(new URL(`https://aistudio.google.com${path}`));

describe('AI Studio chat routes', () => {
  it('parses the new chat and saved prompts, for any signed-in account', () => {
    for (const path of [
      '/prompts/new_chat',
      '/prompts/new_chat?model=gemini-3.1-pro-preview',
      '/prompts/17mNcN_nBC9kxwKsCQVtWjpDhZm_N5LH9',
      '/prompts/19p358mV-jqkkmVoXgFm7NZWPm7rfAPTE/',
      '/u/1/prompts/new_chat',
      '/u/1/prompts/17mNcN_nBC9kxwKsCQVtWjpDhZm_N5LH9',
    ]) {
      expect(route(path), path).toBe(true);
    }
  });

  it('ignores the rest of the site', () => {
    for (const path of [
      '/',
      '/prompts',
      '/prompts/',
      '/prompts/new_video',
      '/apikey',
      '/library',
      '/apps/drive/abc',
      '/prompts/abc/extra',
    ]) {
      expect(route(path), path).toBe(false);
    }
  });
});
