// One prompt: a field per argument, checked before it is sent, then the text the server made of
// it, to copy or put into a chat.
import { useId } from 'preact/hooks';
import type { Catalog } from '../../shared/storage/items';
import { ask } from '../../ui/background';
import { FieldList } from './FieldList';
import { promptFields } from './fields';
import { Outcome } from './Outcome';
import { PromptText } from './PromptText';
import { useFields } from './use-fields';
import { useRequest } from './use-request';

export function PromptItem({
  serverId,
  prompt,
}: {
  serverId: string;
  prompt: Catalog['prompts'][number];
}) {
  const nameId = useId();
  const fields = promptFields(prompt.arguments);
  const form = useFields(fields);
  const get = useRequest<string>();
  const label = prompt.title ?? prompt.name;

  const submit = (event: Event) => {
    event.preventDefault();
    const values = form.check();
    if (!values) return;
    void get.run(async () => {
      const answer = await ask('prompts.get', {
        serverId,
        name: prompt.name,
        arguments: values,
      });
      return answer.text;
    });
  };

  return (
    <li>
      <article class="entry" aria-labelledby={nameId}>
        <div class="entry-head">
          <h5>
            <code id={nameId}>{prompt.name}</code>
            {label !== prompt.name && <span class="entry-title">{label}</span>}
          </h5>
        </div>
        {prompt.description && <p class="entry-description">{prompt.description}</p>}
        <form
          ref={form.form}
          class="entry-form"
          noValidate
          aria-label={`Get ${prompt.name}`}
          onSubmit={submit}
        >
          {fields.length > 0 && (
            <FieldList
              legend="Arguments"
              fields={fields}
              values={form.values}
              errors={form.errors}
              onInput={form.onInput}
            />
          )}
          <div class="entry-actions">
            <button type="submit" disabled={get.state.phase === 'running'}>
              Get prompt
            </button>
          </div>
        </form>
        <Outcome state={get.state} running="Getting the prompt…" failure="Could not get it">
          {(text) => <PromptText name={prompt.name} text={text} />}
        </Outcome>
      </article>
    </li>
  );
}
