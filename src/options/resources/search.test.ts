import { describe, expect, it } from 'vitest';
import { entryCount, searchCatalog } from './search';

const servers = [
  {
    name: 'everything',
    catalog: {
      resources: [
        { uri: 'demo://resource/static/document/architecture.md', name: 'architecture.md' },
        {
          uri: 'demo://notes/1',
          name: 'notes',
          title: 'Meeting notes',
          description: 'From Monday',
        },
      ],
      templates: [
        { uriTemplate: 'demo://resource/dynamic/text/{resourceId}', name: 'Dynamic Text Resource' },
      ],
      prompts: [
        {
          name: 'simple-prompt',
          title: 'Simple Prompt',
          description: 'A prompt with no arguments',
        },
        { name: 'args-prompt', description: 'A prompt with two arguments' },
      ],
    },
  },
  { name: 'empty', catalog: { resources: [], templates: [], prompts: [] } },
];
const names = (query: string) =>
  searchCatalog(servers, query).map((f) => [
    f.server.name,
    [...f.resources, ...f.templates, ...f.prompts].map((e) => e.name),
  ]);

describe('searchCatalog', () => {
  it('keeps every server and entry without a query, even a server with nothing', () => {
    expect(names(' ')).toEqual([
      [
        'everything',
        ['architecture.md', 'notes', 'Dynamic Text Resource', 'simple-prompt', 'args-prompt'],
      ],
      ['empty', []],
    ]);
  });

  it('matches names, titles, descriptions and addresses, every word in any order', () => {
    expect(names('MONDAY')).toEqual([['everything', ['notes']]]);
    expect(names('document resource')).toEqual([['everything', ['architecture.md']]]);
    expect(names('resource')).toEqual([
      ['everything', ['architecture.md', 'Dynamic Text Resource']],
    ]);
    expect(names('arguments two')).toEqual([['everything', ['args-prompt']]]);
  });

  it('leaves out servers without a match', () => {
    expect(names('nothing-like-this')).toEqual([]);
  });

  it('counts the entries found', () => {
    const [found] = searchCatalog(servers, 'prompt');
    expect(found && entryCount(found)).toBe(2);
  });
});
