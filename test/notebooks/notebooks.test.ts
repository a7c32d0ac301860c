import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

describe("notebooks", () => {
  it("run in the quick setting and reproduce the committed quick output byte for byte", () => {
    const before = new Map<string, string>();
    for (const nb of readdirSync("notebooks/out-quick")) {
      for (const f of readdirSync(join("notebooks/out-quick", nb)))
        before.set(`${nb}/${f}`, readFileSync(join("notebooks/out-quick", nb, f), "utf8"));
    }
    expect(before.size).toBeGreaterThan(0);
    const r = spawnSync(process.execPath, ["engine/node/bin/tsnode.mjs", "notebooks/run-all.ts", "--quick"], {
      encoding: "utf8",
    });
    expect(r.status, r.stderr).toBe(0);
    for (const [file, text] of before) expect(readFileSync(join("notebooks/out-quick", file), "utf8"), file).toBe(text);
  });
});
