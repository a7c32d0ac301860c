import { describe, expect, it } from "vitest";
import { describeZodIssues } from "../../../engine/scenario/index.js";
import { staffingSchema } from "../../../engine/staffing/index.js";

const messages = (input: unknown): string[] => {
  const r = staffingSchema.safeParse(input);
  if (r.success) return [];
  return describeZodIssues(r.error.issues, input).map((i) => `${i.path}: ${i.message}`);
};

describe("the shift rules of the staffing section", () => {
  it("take defaults for lengths and breaks", () => {
    const s = staffingSchema.parse({ pools: ["operators"], shifts: { operators: { starts: ["09:00"] } } });
    expect(s.shifts!.operators).toMatchObject({ minHours: 4, maxHours: 9, stepHours: 1, breaks: [] });
  });

  it("name the field when the longest shift is shorter than the shortest", () => {
    const m = messages({ pools: ["ops"], shifts: { ops: { starts: ["09:00"], minHours: 8, maxHours: 6 } } });
    expect(m.join("\n")).toMatch(/shifts\.ops\.maxHours.*at least minHours \(8\)/);
  });

  it("name a start from which the shortest shift runs past midnight", () => {
    const m = messages({ pools: ["ops"], shifts: { ops: { starts: ["09:00", "22:00"], minHours: 4 } } });
    expect(m.join("\n")).toMatch(/shifts\.ops\.starts\[1\].*ends by 24:00/);
  });

  it("name a break whose latest start comes before its earliest", () => {
    const m = messages({
      pools: ["ops"],
      shifts: { ops: { starts: ["09:00"], breaks: [{ duration: "45 min", earliest: "5 h", latest: "3 h" }] } },
    });
    expect(m.join("\n")).toMatch(/shifts\.ops\.breaks\[0\]\.latest.*at least the earliest/);
  });

  it("name rules for a pool not staffed, and a pool staffed without rules", () => {
    const m = messages({
      pools: ["ops", "cons"],
      shifts: { ops: { starts: ["09:00"] }, cashiers: { starts: ["09:00"] } },
    });
    expect(m.join("\n")).toMatch(/shifts\.cashiers.*a pool named in pools; found "cashiers"/);
    expect(m.join("\n")).toMatch(/pools\[1\].*shift rules for "cons"/);
  });

  it("name a malformed start time", () => {
    const m = messages({ pools: ["ops"], shifts: { ops: { starts: ["9am"] } } });
    expect(m.join("\n")).toMatch(/shifts\.ops\.starts\[0\].*HH:MM/);
  });
});
