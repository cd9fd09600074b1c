// Resource templates filled from a form: RFC 6570 level 1 only (simple `{var}` expressions,
// values percent-encoded). Templates with operators such as `{+path}` or `{?q}` are named as
// such rather than expanded wrongly.

export type ParsedTemplate =
  | { ok: true; variables: string[] }
  | {
      ok: false;
      /** The expressions beyond level 1, as written. */
      unsupported: string[];
    };

const EXPRESSION = /\{([^{}]*)\}/g;
/** RFC 6570 varname: varchars, dot-separated (percent-encoded varchars are left out). */
const VARNAME = /^\w+(\.\w+)*$/;

export function parseTemplate(template: string): ParsedTemplate {
  const variables: string[] = [];
  const unsupported: string[] = [];
  for (const [expression, name = ''] of template.matchAll(EXPRESSION)) {
    if (!VARNAME.test(name)) unsupported.push(expression);
    else if (!variables.includes(name)) variables.push(name);
  }
  return unsupported.length ? { ok: false, unsupported } : { ok: true, variables };
}

/** Percent-encodes all but RFC 3986's unreserved characters, as simple string expansion does. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The URI for these values; a variable without one expands to nothing (RFC 6570 §3.2.1). */
export function expandTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(EXPRESSION, (_, name: string) => encode(values[name] ?? ''));
}
