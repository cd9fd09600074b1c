// Types for injected-size.mjs, which the bench imports from TypeScript.
export function injectedSize(dist: string): { files: string[]; raw: number; gzip: number };
