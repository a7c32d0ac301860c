import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scenarioJsonSchema } from "../../../../engine/node/cli/schemaCommand.js";
import {
  referenceMarkdown,
  shippedFiles,
  shippedReference,
  undescribedFields,
} from "../../../../engine/node/reference/index.js";

const schema = () => JSON.parse(scenarioJsonSchema("scenario"));

describe("the scenario reference", () => {
  it("is what the schema and the shipped files give today (run `npm run schema` after changing either)", async () => {
    const prettier = await import("prettier");
    const generated = await prettier.format(shippedReference("scenarios", schema()), { parser: "markdown" });
    expect(readFileSync("scenarios/REFERENCE.md", "utf8")).toBe(generated);
  });

  it("has a description for every field of the scenario, the kinds of every distribution and policy included", () => {
    expect(undescribedFields(schema())).toEqual([]);
  });

  it("lists every shipped variant and experiment with its own description", () => {
    const text = shippedReference("scenarios", schema());
    for (const folder of ["variants", "experiments"]) {
      const files = shippedFiles("scenarios", folder);
      expect(files.length).toBeGreaterThan(5);
      for (const f of files) {
        expect(f.description.length, f.path).toBeGreaterThan(10);
        expect(text).toContain(`| \`${f.path}\` | `);
      }
    }
  });

  it("shows each field's type, default and an example from the example document", () => {
    const text = referenceMarkdown({
      scenarioSchema: {
        type: "object",
        properties: {
          wait: {
            description: "How long, in seconds.",
            default: 30,
            anyOf: [
              { type: "number", minimum: 0 },
              { type: "string", pattern: "^(s|sec)$" },
            ],
          },
          pools: {
            type: "array",
            minItems: 1,
            description: "Pools.",
            items: {
              type: "object",
              required: ["staff"],
              properties: { staff: { type: "integer", minimum: 1, maximum: 9, description: "People." } },
            },
          },
        },
        required: ["pools"],
      },
      example: { pools: [{ staff: 4 }] },
      variants: [],
      experiments: [],
    });
    expect(text).toContain('| `wait` | duration: seconds, or text such as `"4 min"` | 30 |  | How long, in seconds. |');
    expect(text).toContain("| `pools[].staff` | integer >= 1, <= 9 | required | 4 | People. |");
    expect(text).toContain("| `pools` | list of objects (at least 1) | required |  | Pools. |");
  });
});
