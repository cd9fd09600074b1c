import { describe, expect, it } from 'vitest';
import type { CatalogTool } from '../messages/views';
import { ANSWER_HEADER, answerLookup, MAX_ANSWER_SIGNATURES, nearestNames } from './lookup-answer';
import { searchTools, words } from './lookup-search';

const tool = (server: string, name: string, extra: Partial<CatalogTool> = {}): CatalogTool => ({
  server,
  serverId: server,
  needsServer: false,
  name,
  inputSchema: {
    type: 'object',
    properties: { message: { type: 'string', description: 'What to say' } },
    required: ['message'],
  },
  ...extra,
});

const catalog = [
  tool('everything', 'echo', { description: 'Echoes back the input.' }),
  tool('files', 'read_text_file', { description: 'Read the complete contents of a file.' }),
  tool('files', 'list_directory', { description: 'List the files in a folder.' }),
  tool('web', 'search', { needsServer: true, description: 'Searches the web.' }),
  tool('docs', 'search', { needsServer: true, description: 'Searches the docs.' }),
  tool('files', 'broken', { unavailable: 'needs tasks' }),
];

describe('answerLookup by name', () => {
  it('gives the full signature, by server, and says nothing ran', () => {
    const answer = answerLookup(catalog, { tools: ['everything/echo'] });
    expect(answer).toEqual({
      text: [
        ANSWER_HEADER,
        '## everything',
        '- echo(message: string) — Echoes back the input.',
        '    message: What to say',
      ].join('\n'),
      shown: ['everything/echo'],
      unknown: [],
    });
  });

  it('takes a bare name on every server that has it, marking the server to name', () => {
    const answer = answerLookup(catalog, { tools: ['search', 'SEARCH'] });
    expect(answer.shown).toEqual(['web/search', 'docs/search']);
    expect(answer.text).toContain('## web\n- search(message: string) — Searches the web.');
    expect(answer.text).toContain('(name the server: "server": "docs")');
  });

  it('says which names no tool has, with the nearest ones, and never offers an unavailable tool', () => {
    const answer = answerLookup(catalog, { tools: ['ehco', 'files/read_file', 'broken', 'zzz'] });
    expect(answer.unknown).toEqual(['ehco', 'files/read_file', 'broken', 'zzz']);
    expect(answer.text).toContain('No tool named "ehco"; did you mean everything/echo?');
    expect(answer.text).toContain(
      'No tool named "files/read_file"; did you mean files/read_text_file?',
    );
    expect(answer.text).toContain('No tool named "zzz". The instructions list every tool by name.');
    expect(answer.text).not.toContain('broken(');
  });

  it('keeps the answer bounded: what does not fit is named, to be asked for again', () => {
    // Descriptions are cut at 2,000 characters, so each of these takes about 2,050.
    const names = 'abcdefghij'.split('');
    const tools = names.map((n) => tool('big', n, { description: 'x'.repeat(3_000) }));
    const answer = answerLookup(tools, { tools: names });
    expect(answer.shown).toEqual(names.slice(0, 7).map((n) => `big/${n}`));
    expect(answer.text).toContain('Not shown, to keep this answer short: big/h, big/i, big/j.');
    expect(answer.text.length).toBeLessThan(MAX_ANSWER_SIGNATURES + 500);
    // A schema too big for one answer is cut.
    const properties = Object.fromEntries(
      Array.from({ length: 3_000 }, (_, i) => [`p${i}`, { type: 'string', description: `${i}` }]),
    );
    const huge = tool('big', 'h', { inputSchema: { type: 'object', properties } });
    const cut = answerLookup([huge], { tools: ['h'] });
    expect(cut.shown).toEqual(['big/h']);
    expect(cut.text).toContain('… [cut: too long for one answer]');
    expect(cut.text.length).toBeLessThan(MAX_ANSWER_SIGNATURES + 500);
  });
});

describe('answerLookup by words', () => {
  it('finds tools by name words first, then description and parameters', () => {
    const answer = answerLookup(catalog, { search: 'read a file' });
    expect(answer.shown).toEqual(['files/read_text_file', 'files/list_directory']);
    expect(answer.text).toContain(
      'Search "read a file" found files/read_text_file, files/list_directory.',
    );
  });

  it('says when nothing matches', () => {
    expect(answerLookup(catalog, { search: 'weather' }).text).toContain(
      'No tool matches "weather". The instructions list every tool by name.',
    );
  });
});

describe('searchTools', () => {
  it('splits names into words and matches by prefix, best first', () => {
    expect(words('readTextFile and list_dir')).toEqual(['read', 'text', 'file', 'list', 'dir']);
    expect(searchTools(catalog, 'files').map((t) => t.name)).toEqual([
      'read_text_file',
      'list_directory',
    ]);
    expect(searchTools(catalog, 'the a')).toEqual([]);
  });
});

describe('nearestNames', () => {
  it('offers at most three near names, nearest first', () => {
    expect(nearestNames(catalog, 'serch')).toEqual(['web/search', 'docs/search']);
    expect(nearestNames(catalog, 'something else entirely')).toEqual([]);
  });
});
