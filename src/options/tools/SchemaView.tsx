// A tool's input schema: its parameters as a nested list, and the raw JSON behind a disclosure.
import { type Param, readableParams } from './schema';

function ParamList({ params, label }: { params: Param[]; label?: string }) {
  return (
    <ul class="params" aria-label={label}>
      {params.map((p) => (
        <li key={p.name}>
          <code class="param-name">{p.name}</code> <span class="param-type">{p.type}</span>{' '}
          <span class={p.required ? 'param-required' : 'param-optional'}>
            {p.required ? 'required' : 'optional'}
          </span>
          {p.description && <div class="param-description">{p.description}</div>}
          {p.choices && <div class="param-detail">{`One of: ${p.choices.join(', ')}`}</div>}
          {p.default !== undefined && <div class="param-detail">{`Default: ${p.default}`}</div>}
          {p.notes.length > 0 && <div class="param-detail">{p.notes.join(' · ')}</div>}
          {p.children.length > 0 && <ParamList params={p.children} />}
        </li>
      ))}
    </ul>
  );
}

export function SchemaView({ tool, schema }: { tool: string; schema: Record<string, unknown> }) {
  const params = readableParams(schema);
  return (
    <div class="schema">
      {params.length === 0 ? (
        <p class="hint">No parameters.</p>
      ) : (
        <ParamList params={params} label={`Parameters of ${tool}`} />
      )}
      <details class="raw-schema">
        <summary>Raw JSON schema</summary>
        <pre>{JSON.stringify(schema, null, 2)}</pre>
      </details>
    </div>
  );
}
