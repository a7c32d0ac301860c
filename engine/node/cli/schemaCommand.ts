import { parseArgs } from "node:util";
import { z } from "zod";
import { scenarioSchema, variantSchema } from "../../scenario/index.js";
import { writeFileAtomic } from "../files.js";

export const SCHEMA_HELP = `Usage: clientflow schema [--variant] [--out FILE]

Prints (or writes) the JSON Schema of scenario files (or, with --variant, of variant files),
generated from the validator, so that editors can autocomplete and check them.
scenarios/scenario.schema.json and scenarios/variant.schema.json are this output.
`;

/** The JSON Schema of scenario files (or of variant files), as text. */
export function scenarioJsonSchema(variant = false): string {
  const schema = z.toJSONSchema(variant ? variantSchema : scenarioSchema, { io: "input", unrepresentable: "any" });
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export function schemaCommand(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: { out: { type: "string" }, variant: { type: "boolean" }, help: { type: "boolean" } },
  });
  if (values.help) {
    process.stdout.write(SCHEMA_HELP);
    return 0;
  }
  const text = scenarioJsonSchema(values.variant === true);
  if (values.out) writeFileAtomic(values.out, text);
  else process.stdout.write(text);
  return 0;
}
