// One tool: what it is, what it takes, the server's hints about it, and its consent policy.
import { Component } from 'preact';
import { useId } from 'preact/hooks';
import { explainPolicy, isDestructive, withPolicy } from '../../shared/mcp/policy';
import {
  type CatalogToolEntry,
  POLICIES,
  type Policies,
  type Policy,
} from '../../shared/storage/items';
import { PolicyField } from './PolicyField';
import { effectiveText, POLICY_WORDS } from './policy-text';
import { SchemaView } from './SchemaView';
import type { SavePolicy } from './use-tool-catalog';

/** The behaviour hints of MCP tool annotations, shown when the server sets them to true. */
const HINTS = [
  ['readOnlyHint', 'Read-only'],
  ['destructiveHint', 'Destructive'],
  ['idempotentHint', 'Idempotent'],
  ['openWorldHint', 'Open world'],
] as const;

/** The select's value for "no choice of its own". */
const SERVER_DEFAULT = 'server-default';

function titleOf(tool: CatalogToolEntry): string | undefined {
  const title = tool.title ?? tool.annotations?.title;
  return typeof title === 'string' && title !== tool.name ? title : undefined;
}

function Hints({ tool }: { tool: CatalogToolEntry }) {
  const shown = HINTS.filter(([key]) => tool.annotations?.[key] === true);
  if (shown.length === 0 && !tool.unavailable) return null;
  return (
    <ul class="hints" aria-label="Hints">
      {tool.unavailable && <li class="hint-unavailable">Unavailable</li>}
      {shown.map(([key, word]) => (
        <li key={key} class={key === 'destructiveHint' ? 'hint-destructive' : undefined}>
          {word}
        </li>
      ))}
    </ul>
  );
}

type ToolEntryProps = {
  serverId: string;
  tool: CatalogToolEntry;
  policies: Policies;
  save: SavePolicy;
};

type ToolItemProps = ToolEntryProps & {
  /** Not matched by the search. */
  hidden?: boolean;
};

/** A component drawn again only when one of its props changes (compared one by one). */
abstract class Pure<P extends object> extends Component<P> {
  override shouldComponentUpdate(next: P): boolean {
    const now = this.props as P;
    return (Object.keys(next) as (keyof P)[]).some((key) => next[key] !== now[key]);
  }
}

/**
 * One tool. A search hides the tools it does not match rather than taking them out: with 1,000
 * tools, mounting them again as the user erased a word cost over 100 ms a key. Showing or hiding
 * one changes its list item alone; what is inside is drawn again only when the tool, the policies
 * or `save` change. (Not `memo` from preact/compat: importing compat changes how every input of
 * the page reports changes.)
 */
export class ToolItem extends Pure<ToolItemProps> {
  override render() {
    const { hidden = false, ...entry } = this.props as ToolItemProps;
    return (
      <li hidden={hidden} aria-hidden={hidden || undefined}>
        <ToolCard {...entry} />
      </li>
    );
  }
}

class ToolCard extends Pure<ToolEntryProps> {
  override render() {
    return <ToolEntry {...(this.props as ToolEntryProps)} />;
  }
}

function ToolEntry({ serverId, tool, policies, save }: ToolEntryProps) {
  const nameId = useId();
  const title = titleOf(tool);
  const own = policies[serverId]?.tools[tool.name];
  const effective = explainPolicy(policies, serverId, tool);
  // What "Server default" means for this tool, which a destructive tool may not follow.
  const inherited = explainPolicy(withPolicy(policies, serverId, tool.name, null), serverId, tool);
  const inheritedText = `Server default (${POLICY_WORDS[inherited.policy]}${
    inherited.source === 'destructive' ? ': destructive' : ''
  })`;

  return (
    <article class="tool" aria-labelledby={nameId} data-tool={tool.name}>
      <div class="tool-head">
        <h4>
          <code id={nameId}>{tool.name}</code>
          {title && <span class="tool-title">{title}</span>}
        </h4>
        <Hints tool={tool} />
      </div>
      {tool.description && <p class="tool-description">{tool.description}</p>}
      {tool.unavailable ? (
        <p class="unavailable">{`Cannot be called: ${tool.unavailable}`}</p>
      ) : (
        <PolicyField
          label="Policy"
          target={`for ${tool.name}`}
          value={own ?? SERVER_DEFAULT}
          options={[
            { value: SERVER_DEFAULT, text: inheritedText },
            ...POLICIES.map((p) => ({ value: p, text: POLICY_WORDS[p] })),
          ]}
          about={effectiveText(effective, isDestructive(tool))}
          onSave={(value) =>
            save(serverId, tool.name, value === SERVER_DEFAULT ? null : (value as Policy))
          }
          savedText={(value) =>
            value === SERVER_DEFAULT
              ? `Saved: ${tool.name} follows the server default.`
              : `Saved: ${tool.name} is set to ${POLICY_WORDS[value as Policy]}.`
          }
        />
      )}
      <SchemaView tool={tool.name} schema={tool.inputSchema} />
    </article>
  );
}
