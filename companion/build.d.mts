// Types of build.mjs, for the e2e tests that build a companion of another version.
export function buildCompanion(options?: {
  outfile?: string;
  protocol?: number;
  version?: string;
}): Promise<string>;
