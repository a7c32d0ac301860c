import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Every file under a folder, by its path relative to the folder. */
function files(root: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const nb of readdirSync(root))
    for (const f of readdirSync(join(root, nb))) found.set(`${nb}/${f}`, readFileSync(join(root, nb, f), "utf8"));
  return found;
}

describe("notebooks", () => {
  it("run in the quick setting into a temporary folder and reproduce the committed quick output byte for byte", () => {
    const committed = files("notebooks/out-quick");
    expect(committed.size).toBeGreaterThan(0);
    const root = mkdtempSync(join(tmpdir(), "clientflow-notebooks-"));
    const r = spawnSync(process.execPath, ["engine/node/bin/tsnode.mjs", "notebooks/run-all.ts", "--quick"], {
      encoding: "utf8",
      env: { ...process.env, CLIENTFLOW_NOTEBOOKS_OUT: root },
      // A bound against a hang only (a synchronous child stops Vitest's own timeout), in ms.
      timeout: 900_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const fresh = files(join(root, "out-quick"));
    expect([...fresh.keys()].sort()).toEqual([...committed.keys()].sort());
    for (const [file, text] of committed) expect(fresh.get(file), file).toBe(text);
  });
});
