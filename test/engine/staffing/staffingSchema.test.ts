import { describe, expect, it } from "vitest";
import { staffingSchema } from "../../../engine/staffing/index.js";

const parse = (target: object) => staffingSchema.safeParse({ pools: ["operators"], targets: [target] });

describe("staffing targets", () => {
  it("take a time metric's bound as a duration, as durations elsewhere, in seconds", () => {
    const r = parse({ metric: "meanWait", atMost: "3 min" });
    expect(r.success && r.data.targets[0]!.atMost).toBe(180);
    const n = parse({ metric: "meanWait", atMost: 180 });
    expect(n.success && n.data.targets[0]!.atMost).toBe(180);
  });

  it("refuse a duration on a share, naming the field, and a bound that is neither", () => {
    const share = parse({ metric: "pAbandon", atMost: "3 min" });
    expect(share.success).toBe(false);
    expect(!share.success && share.error.issues[0]!.path).toEqual(["targets", 0, "atMost"]);
    expect(!share.success && share.error.issues[0]!.message).toMatch(/duration fits only a time metric/);
    expect(parse({ metric: "meanWait", atMost: "soon" }).success).toBe(false);
  });
});
