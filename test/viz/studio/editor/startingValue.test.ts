import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseScenario, scenarioSchema } from "../../../../engine/scenario/index.js";
import type { JsonSchema } from "../../../../viz/studio/editor/jsonSchema.js";
import { startingValue } from "../../../../viz/studio/editor/startingValue.js";

describe("the value a field starts with when it is added in the studio", () => {
  it("is the schema's default when there is one, as a copy the form may change", () => {
    const fallback = { pool: "retail", priority: 1 };
    const added = startingValue({ type: "object", default: fallback });
    expect(added).toEqual(fallback);
    expect(added).not.toBe(fallback);
  });

  it("is a constant's value, or an enum's first value", () => {
    expect(startingValue({ const: "gamma" })).toBe("gamma");
    expect(startingValue({ enum: ["serve-waiting", "send-home"] })).toBe("serve-waiting");
  });

  it("is the first branch of a union that is not null", () => {
    expect(startingValue({ anyOf: [{ type: "null" }, { type: "number", minimum: 5 }] })).toBe(5);
    expect(startingValue({ oneOf: [{ type: "string" }, { type: "number" }] })).toBe("");
  });

  it("is an object with only its required fields, each at its own starting value", () => {
    const s: JsonSchema = {
      type: "object",
      properties: {
        kind: { const: "exponential" },
        mean: { type: "number", exclusiveMinimum: 0 },
        note: { type: "string" },
      },
      required: ["kind", "mean"],
    };
    expect(startingValue(s)).toEqual({ kind: "exponential", mean: 1 });
  });

  it("is a list of its fewest items", () => {
    expect(startingValue({ type: "array", items: { type: "integer", minimum: 2 }, minItems: 3 })).toEqual([2, 2, 2]);
    expect(startingValue({ type: "array", items: { type: "string" } })).toEqual([]);
  });

  it("is the number nearest 0 within the bounds, whole for an integer", () => {
    expect(startingValue({ type: "number" })).toBe(0);
    expect(startingValue({ type: "number", minimum: 0.5 })).toBe(0.5);
    expect(startingValue({ type: "integer", minimum: 0.5 })).toBe(1);
    expect(startingValue({ type: "number", maximum: -3 })).toBe(-3);
    expect(startingValue({ type: "number", exclusiveMinimum: 0 })).toBe(1);
    expect(startingValue({ type: "number", exclusiveMaximum: 0 })).toBe(-1);
    expect(startingValue({ type: ["null", "integer"], minimum: 4 })).toBe(4);
  });

  it('is "" for a text, false for a yes-or-no and null for null', () => {
    expect(startingValue({ type: "string" })).toBe("");
    expect(startingValue({ type: "boolean" })).toBe(false);
    expect(startingValue({ type: "null" })).toBeNull();
  });

  it("gives a pool's wrap-up, absent from the default company, a value its scenario accepts", () => {
    const schema = z.toJSONSchema(scenarioSchema, { io: "input", unrepresentable: "any" }) as JsonSchema;
    const wrapUp = startingValue(schema.properties!["pools"]!.items!.properties!["wrapUp"]!);
    const company = JSON.parse(readFileSync("scenarios/default.json", "utf8")) as { pools: Record<string, unknown>[] };
    const bare = company.pools.find((p) => p["wrapUp"] === undefined);
    expect(bare).toBeDefined();
    bare!["wrapUp"] = wrapUp;
    expect(() => parseScenario(company)).not.toThrow();
  });
});
