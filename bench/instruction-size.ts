// Instruction size: tokens of the instructions the extension generates ÷ tokens of the same tools'
// full JSON schemas (name, description, inputSchema), o200k encoding; for the reference servers
// and for 20 servers × 50 tools, each at the default catalogue threshold (issue #16).
import { encode } from 'gpt-tokenizer/encoding/o200k_base';
import { instructions } from '../src/shared/mcp/instructions';
import type { CatalogTool } from '../src/shared/messages/views';
import { type Goal, type Result, result } from './report';
import { unreachableFacts } from './schema-facts';
import { referenceTools, scaledTools } from './tool-lists';

export const INSTRUCTION_METRICS: [name: string, unit: string, goal: Goal][] = [
  ['instruction size', '×', { max: 0.5 }],
  ['instruction size (20 × 50 tools)', '×', { max: 0.2 }],
];

function measured(name: string, goal: Goal, tools: readonly CatalogTool[]): Result {
  const text = instructions(tools);
  const schemas = encode(
    JSON.stringify(
      tools.map(({ name, description, inputSchema }) => ({ name, description, inputSchema })),
    ),
  ).length;
  const lost = unreachableFacts(tools, text);
  const size = result({
    name,
    value: encode(text).length / schemas,
    unit: '×',
    baseline: { what: 'tokens of the full JSON schemas', value: schemas, unit: 'tokens' },
    goal,
    samples: tools.length,
  });
  // Smaller only counts if every fact the schemas state can still be reached: in the
  // instructions, or in the answer to a lookup of the tool.
  if (lost.length === 0) return size;
  const shown = lost.slice(0, 10).join('; ');
  return {
    ...size,
    pass: false,
    note: `${lost.length} schema facts reachable neither in the instructions nor by lookup: ${shown}${lost.length > 10 ? '; …' : ''}`,
  };
}

export async function instructionSize(): Promise<Result[]> {
  const reference = await referenceTools();
  const [[small, , smallGoal], [large, , largeGoal]] = INSTRUCTION_METRICS as [
    [string, string, Goal],
    [string, string, Goal],
  ];
  return [
    measured(small, smallGoal, reference),
    measured(large, largeGoal, scaledTools(reference, 20, 50)),
  ];
}
