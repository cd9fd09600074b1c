// Checks a call's arguments against the tool's input schema before anything is sent, without eval
// (MV3 forbids it): the SDK's @cfworker/json-schema provider.
import { CfWorkerJsonSchemaValidator } from '@modelcontextprotocol/client/validators/cf-worker';

const provider = new CfWorkerJsonSchemaValidator({ shortcircuit: false });
/** Compiled validators by schema text; schemas change rarely, so a small cache suffices. */
const cache = new Map<string, ReturnType<CfWorkerJsonSchemaValidator['getValidator']>>();
const CACHE_LIMIT = 200;

/** What is wrong with the arguments, one problem a line; empty when they fit the schema. */
export function argumentProblems(
  schema: Record<string, unknown>,
  args: Record<string, unknown>,
): string[] {
  const key = JSON.stringify(schema);
  let validate = cache.get(key);
  if (!validate) {
    try {
      validate = provider.getValidator(
        schema as Parameters<CfWorkerJsonSchemaValidator['getValidator']>[0],
      );
    } catch {
      return []; // A schema we cannot compile is the server's problem; the server still validates.
    }
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, validate);
  }
  const result = validate(args);
  if (result.valid) return [];
  const known = new Set(Object.keys((schema.properties as object | undefined) ?? {}));
  const problems = result.errorMessage
    .split(/(?<=\.);\s+/)
    .flatMap((item) => readable(item, known));
  return [...new Set(problems)];
}

/** One provider message (`#/path: text.`) as a short sentence, or nothing for its noise. */
function readable(item: string, known: Set<string>): string[] {
  const match = /^#(\/[^:]*)?: (.*?)\.?$/.exec(item.trim());
  if (!match) return [item.trim()];
  const path = match[1]?.slice(1).replaceAll('/', '.') ?? '';
  const text = match[2] ?? '';
  if (/does not match (additional properties )?schema$/.test(text)) return [];
  if (text === 'False boolean schema')
    return known.has(path) ? [] : [`${path}: not a parameter of this tool`];
  const required = /^Instance does not have required property "(.+)"$/.exec(text);
  if (required) return [`missing required parameter "${required[1]}"`];
  const oneOf = /^Instance does not match any of (.+)$/.exec(text);
  if (oneOf) return [`${path}: must be one of ${oneOf[1]}`];
  return [path ? `${path}: ${text}` : text];
}
