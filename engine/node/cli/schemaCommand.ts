import { parseArgs } from "node:util";
import { z } from "zod";
import type { LabelLanguage } from "../../results/index.js";
import { experimentSchema } from "../../experiment/index.js";
import { scenarioSchema, variantSchema } from "../../scenario/index.js";
import { fileURLToPath } from "node:url";
import { writeFileAtomic } from "../files.js";
import { PACKAGE_ROOT } from "../packageRoot.js";
import { shippedReference } from "../reference/index.js";
import type { JsonSchemaNode } from "../reference/jsonSchemaNode.js";

export const SCHEMA_HELP: Record<LabelLanguage, string> = {
  en: `Usage: clientflow schema [--variant | --experiment | --reference] [--out FILE]

Prints (or writes) the JSON Schema of scenario files (or of variant or experiment files),
generated from the validator, so that editors can autocomplete and check them.
scenarios/scenario.schema.json, variant.schema.json and experiment.schema.json are this output.
--reference writes the scenario reference in Markdown instead (scenarios/REFERENCE.md): every
field with its type, default, an example and its description, and every shipped variant and
experiment (read from the scenarios folder of this package).
`,
  ru: `Использование: clientflow schema [--variant | --experiment | --reference] [--out FILE]

Печатает (или записывает) JSON Schema файлов сценариев (или вариантов сценария, или экспериментов),
построенную по валидатору, чтобы редакторы могли подсказывать и проверять поля.
scenarios/scenario.schema.json, variant.schema.json и experiment.schema.json — это её вывод.
--reference вместо этого записывает справочник по сценарию в Markdown (scenarios/REFERENCE.md):
каждое поле с типом, значением по умолчанию, примером и описанием, а также каждый поставляемый
вариант и эксперимент (из папки scenarios этого пакета).
`,
};

/** The JSON Schema of scenario files (or of variant or experiment files), as text. */
export function scenarioJsonSchema(kind: "scenario" | "variant" | "experiment" = "scenario"): string {
  const which = kind === "variant" ? variantSchema : kind === "experiment" ? experimentSchema : scenarioSchema;
  const schema = z.toJSONSchema(which, { io: "input", unrepresentable: "any" });
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export function schemaCommand(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: "string" },
      variant: { type: "boolean" },
      experiment: { type: "boolean" },
      reference: { type: "boolean" },
    },
  });
  const text = values.reference
    ? shippedReference(
        fileURLToPath(new URL("scenarios/", PACKAGE_ROOT)),
        JSON.parse(scenarioJsonSchema("scenario")) as JsonSchemaNode,
      )
    : scenarioJsonSchema(values.variant ? "variant" : values.experiment ? "experiment" : "scenario");
  if (values.out) writeFileAtomic(values.out, text);
  else process.stdout.write(text);
  return 0;
}
