import { describe, expect, it } from "vitest";
import { versionRefusal } from "../../../../engine/node/queue/versionCheck.js";

describe("versionRefusal(needed, mine)", () => {
  it("lets a worker take work of its own engine version only, saying why otherwise", () => {
    expect(versionRefusal("0.2.0", "0.2.0")).toBeNull();
    expect(versionRefusal("0.3.0", "0.2.0")).toBe("needs engine 0.3.0, this worker runs engine 0.2.0: refused");
  });
});
