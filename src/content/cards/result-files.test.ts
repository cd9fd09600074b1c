import { describe, expect, it } from 'vitest';
import type { ChatToolResult } from '../../shared/messages/views';
import type { UploadSupport } from '../adapters/types';
import { takesType } from '../dom/attach';
import { planResultFiles } from './result-files';

const call = { call_id: 'c7', tool: 'shot', arguments: {} };
const uploads: UploadSupport = {
  input: ['input[type=file]'],
  attachment: ['.chip'],
  accepts: ['image/*', 'text/plain'],
};
const png = {
  type: 'media',
  kind: 'image',
  mimeType: 'image/png',
  bytes: 3,
  data: 'AQID',
} as const;
const wav = {
  type: 'media',
  kind: 'audio',
  mimeType: 'audio/wav',
  bytes: 3,
  data: 'AQID',
} as const;

describe('takesType', () => {
  it('matches whole families and exact types, and nothing without uploads', () => {
    expect(takesType(uploads, 'image/PNG')).toBe(true);
    expect(takesType(uploads, 'text/plain')).toBe(true);
    expect(takesType(uploads, 'text/html')).toBe(false);
    expect(takesType(undefined, 'image/png')).toBe(false);
  });
});

describe('planResultFiles', () => {
  it('attaches the media the site takes, decoded, and leaves the rest to be described', async () => {
    const result: ChatToolResult = {
      isError: false,
      parts: [{ type: 'text', text: 'here' }, png, wav],
    };
    const plan = planResultFiles({ uploads }, call, result);
    expect(plan.files.map((f) => [f.name, f.type, f.size])).toEqual([['c7-2.png', 'image/png', 3]]);
    expect([...new Uint8Array(await plan.files[0]!.arrayBuffer())]).toEqual([1, 2, 3]);
    expect([...plan.attached]).toEqual([[1, 'c7-2.png']]);
    expect(plan.fullFile).toBeUndefined();
  });

  it('sends a text over the site limit whole, as a file, where the site takes text files', async () => {
    const long: ChatToolResult = {
      isError: false,
      parts: [{ type: 'text', text: 'x'.repeat(50) }],
    };
    const plan = planResultFiles({ uploads, resultLimit: 20 }, call, long);
    expect(plan.fullFile).toBe('c7-result.txt');
    expect(await plan.files[0]?.text()).toBe('x'.repeat(50));
    expect(plan.limit).toBe(20);
    const none = planResultFiles({ resultLimit: 20 }, call, long);
    expect(none.files).toEqual([]);
  });

  it('sends nothing as a file on a site without uploads or for media without data', () => {
    const result: ChatToolResult = { isError: false, parts: [png, { ...png, data: undefined }] };
    expect(planResultFiles({}, call, result).files).toEqual([]);
    expect(planResultFiles({ uploads }, call, result).files).toHaveLength(1);
  });
});
