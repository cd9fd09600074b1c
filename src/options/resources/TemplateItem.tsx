// One resource template: a field per variable, the address they make, and a read of it.
import { useId } from 'preact/hooks';
import type { ResourceContent } from '../../shared/messages/views';
import type { Catalog } from '../../shared/storage/items';
import { ask } from '../../ui/background';
import { ContentView } from './ContentView';
import { FieldList } from './FieldList';
import { Outcome } from './Outcome';
import { expandTemplate, parseTemplate } from './template';
import { useFields } from './use-fields';
import { useRequest } from './use-request';

export function TemplateItem({
  serverId,
  template,
}: {
  serverId: string;
  template: Catalog['templates'][number];
}) {
  const nameId = useId();
  const parsed = parseTemplate(template.uriTemplate);
  // An address with an empty part is rarely a resource: every variable is asked for.
  const fields = parsed.ok ? parsed.variables.map((name) => ({ name, required: true })) : [];
  const form = useFields(fields);
  const read = useRequest<{ uri: string; contents: ResourceContent[] }>();

  const submit = (event: Event) => {
    event.preventDefault();
    const values = form.check();
    if (!values) return;
    const uri = expandTemplate(template.uriTemplate, values);
    void read.run(async () => ({
      uri,
      contents: (await ask('resources.read', { serverId, uri })).contents,
    }));
  };

  return (
    <li>
      <article class="entry" aria-labelledby={nameId}>
        <div class="entry-head">
          <h5 id={nameId}>{template.name}</h5>
          {template.mimeType && <span class="entry-type">{template.mimeType}</span>}
        </div>
        <code class="entry-uri">{template.uriTemplate}</code>
        {template.description && <p class="entry-description">{template.description}</p>}
        {parsed.ok ? (
          <form
            ref={form.form}
            class="entry-form"
            noValidate
            aria-label={`Read from ${template.name}`}
            onSubmit={submit}
          >
            {fields.length > 0 && (
              <FieldList
                legend="Variables"
                fields={fields}
                values={form.values}
                errors={form.errors}
                onInput={form.onInput}
              />
            )}
            <p class="hint entry-target">
              Reads <code>{expandTemplate(template.uriTemplate, form.values)}</code>
            </p>
            <div class="entry-actions">
              <button type="submit" disabled={read.state.phase === 'running'}>
                Read
              </button>
            </div>
          </form>
        ) : (
          <p class="hint">
            {`This form fills simple {name} variables only (RFC 6570 level 1); this template also uses ${parsed.unsupported.join(', ')}.`}
          </p>
        )}
        <Outcome state={read.state} running="Reading…" failure="Could not read it">
          {({ uri, contents }) => <ContentView contents={contents} uri={uri} />}
        </Outcome>
      </article>
    </li>
  );
}
