import { describe, expect, it } from 'vitest';
import { searchTools } from './search';

const tool = (name: string, more: { title?: string; description?: string } = {}) => ({
  name,
  inputSchema: {},
  ...more,
});
const servers = [
  {
    name: 'everything',
    catalog: {
      tools: [
        tool('echo', { description: 'Echoes back the input string' }),
        tool('get-sum', { title: 'Add numbers', description: 'Returns the sum of two numbers' }),
        { ...tool('zip'), annotations: { title: 'Compress a file' } },
      ],
    },
  },
  { name: 'files', catalog: { tools: [tool('read_file', { description: 'Reads a FILE' })] } },
  { name: 'empty', catalog: { tools: [] } },
];
const names = (query: string) =>
  searchTools(servers, query).map((found) => [found.server.name, found.tools.map((t) => t.name)]);

describe('searchTools', () => {
  it('keeps every server and tool without a query, even a server with no tools', () => {
    expect(names('  ')).toEqual([
      ['everything', ['echo', 'get-sum', 'zip']],
      ['files', ['read_file']],
      ['empty', []],
    ]);
  });

  it('matches names, titles and descriptions, ignoring case', () => {
    expect(names('ECHO')).toEqual([['everything', ['echo']]]);
    expect(names('add')).toEqual([['everything', ['get-sum']]]);
    expect(names('file')).toEqual([
      ['everything', ['zip']],
      ['files', ['read_file']],
    ]);
  });

  it('needs every word of the query, in any order', () => {
    expect(names('numbers sum')).toEqual([['everything', ['get-sum']]]);
    expect(names('sum echo')).toEqual([]);
  });

  it('leaves out servers without a match', () => {
    expect(names('nothing-like-this')).toEqual([]);
  });
});
