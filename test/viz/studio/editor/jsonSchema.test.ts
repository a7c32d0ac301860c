import { describe, expect, it } from "vitest";
import {
  branchFor,
  plainValueSchema,
  scenarioJsonSchema,
  type JsonSchema,
} from "../../../../viz/studio/editor/jsonSchema.js";

const schema = scenarioJsonSchema();
const field = (...path: string[]): JsonSchema =>
  path.reduce<JsonSchema>((s, key) => (key === "[]" ? s.items! : s.properties![key]!), schema);
const inputFor = (s: JsonSchema, value: unknown) => plainValueSchema(s, branchFor(s, value));

describe("plainValueSchema(schema, branch): what a field holding a plain value offers", () => {
  it("offers the fixed lengths of the reporting interval as a list, whatever the value now", () => {
    const interval = field("calendar", "intervalMinutes");
    expect(inputFor(interval, 30).enum).toEqual([15, 30, 60]);
    expect(inputFor(interval, 60).enum).toEqual([15, 30, 60]);
    expect(inputFor(field("handover", "afterDeal"), 1).enum).toEqual([1, 2]);
  });

  it('lets a duration holding a number take a text again (600 or "10 min")', () => {
    const halfLife = field("segments", "[]", "deal", "waitHalfLife");
    expect(inputFor(halfLife, 600).type).toEqual(expect.arrayContaining(["number", "string"]));
    expect(inputFor(halfLife, "20 min").type).toEqual(expect.arrayContaining(["number", "string"]));
  });

  it("lets a queue's capacity be a number or none (null), whichever it holds", () => {
    const capacity = field("pools", "[]", "queue", "capacity");
    for (const value of [null, 10]) {
      const s = inputFor(capacity, value);
      expect(s.type).toEqual(expect.arrayContaining(["integer", "null"]));
      expect(s.enum).toBeUndefined();
    }
  });

  it("keeps the label and help of the field", () => {
    const interval = field("calendar", "intervalMinutes");
    expect(inputFor(interval, 30).ru?.label).toBe(interval.ru?.label);
    expect(inputFor(interval, 30).description).toBe(interval.description);
  });

  it("leaves a field with one plain branch as its branch (a rate that may also be a table)", () => {
    const rate = field("arrivals", "[]", "ratePerHour");
    expect(inputFor(rate, 12)).toEqual(branchFor(rate, 12));
  });
});
