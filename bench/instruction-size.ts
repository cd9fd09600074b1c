// Instruction size: tokens of the instructions the extension generates for the reference tools ÷
// tokens of the same tools' full JSON schemas (name, description, inputSchema), o200k encoding.
import { encode } from 'gpt-tokenizer/encoding/o200k_base';
import { instructions, toolLine } from '../src/shared/mcp/instructions';
import { type Result, result } from './report';
import { lostFacts } from './schema-facts';
import { referenceTools } from './tool-lists';

export async function instructionSize(): Promise<Result> {
  const tools = await referenceTools();
  const generated = encode(instructions(tools)).length;
  const schemas = encode(
    JSON.stringify(
      tools.map(({ name, description, inputSchema }) => ({ name, description, inputSchema })),
    ),
  ).length;
  const lost = tools.flatMap((t) => lostFacts(t, toolLine(t)).map((f) => `${t.name}: ${f.what}`));
  const measured = result({
    name: 'instruction size',
    value: generated / schemas,
    unit: '×',
    baseline: { what: 'tokens of the full JSON schemas', value: schemas, unit: 'tokens' },
    goal: { max: 0.5 },
    samples: tools.length,
  });
  // Smaller only counts if nothing the schemas say was dropped to get there.
  if (lost.length === 0) return measured;
  return {
    ...measured,
    pass: false,
    note: `${lost.length} schema facts not in the instructions: ${lost.join('; ')}`,
  };
}
