import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  FileProblem,
  jsonShapeProblem,
  MachineProblem,
  readJsonFile,
  readTextFile,
  writeFileAtomic,
} from "../../../engine/node/files.js";

const tmp = () => mkdtempSync(join(tmpdir(), "clientflow-files-"));
const problem = (f: () => unknown): Error => {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected a problem");
};

describe("readTextFile", () => {
  it("reads UTF-8 and drops a leading byte-order mark", () => {
    const file = join(tmp(), "bom.json");
    writeFileSync(file, '\uFEFF{"name": "Ёлка"}');
    expect(readTextFile(file)).toBe('{"name": "Ёлка"}');
    expect(readJsonFile(file)).toEqual({ name: "Ёлка" });
  });

  it("reads only regular files: a directory, a device or a pipe is refused at once", () => {
    const dir = tmp();
    for (const path of [dir, "/dev/zero", "/dev/null"]) {
      const e = problem(() => readTextFile(path));
      expect(e).toBeInstanceOf(FileProblem);
      expect(e.message).toMatch(/a regular file is needed, but this is (a directory|a device, pipe or socket)/);
    }
  });

  it("refuses a file over the limit without reading it, saying the limit and the size", () => {
    const file = join(tmp(), "big.json");
    writeFileSync(file, Buffer.alloc(3 * 1024 * 1024, 32));
    const e = problem(() => readTextFile(file, 2 * 1024 * 1024));
    expect(e).toBeInstanceOf(FileProblem);
    expect(e.message).toMatch(/at most 2 MiB can be read, but the file has 3\.0 MiB/);
  });

  it("says a missing file is missing (bad input)", () => {
    const e = problem(() => readTextFile(join(tmp(), "nope.json")));
    expect(e).toBeInstanceOf(FileProblem);
    expect(e.message).toMatch(/no such file$/);
  });
});

describe("readJsonFile", () => {
  it("never quotes a file that is not JSON", () => {
    const file = join(tmp(), "passwd");
    writeFileSync(file, "root:x:0:0:root:/root:/bin/bash\n");
    const e = problem(() => readJsonFile(file));
    expect(e.message).toMatch(/passwd: not valid JSON \(unexpected text\)$/);
    expect(e.message).not.toMatch(/root/);
  });

  it("refuses nesting deeper than 64 levels with its path, without overflowing the stack", () => {
    const file = join(tmp(), "deep.json");
    writeFileSync(file, `{"changes": ${"[".repeat(5000)}${"]".repeat(5000)}}`);
    const e = problem(() => readJsonFile(file));
    expect(e).toBeInstanceOf(FileProblem);
    expect(e.message).toMatch(/deep\.json: changes\[0\]\[0\].*: nesting at most 64 levels deep$/);
    expect(e.message).not.toMatch(/call stack/);
  });

  it("refuses a __proto__ key anywhere, with its path", () => {
    const file = join(tmp(), "proto.json");
    writeFileSync(file, '{"pools": [{"name": "a", "__proto__": {"polluted": 1}}]}');
    expect(problem(() => readJsonFile(file)).message).toMatch(/pools\[0\]\.__proto__: a key other than "__proto__"/);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe("jsonShapeProblem", () => {
  it("accepts nesting up to the limit", () => {
    expect(jsonShapeProblem(JSON.parse(`${"[".repeat(64)}${"]".repeat(64)}`), 64)).toBeNull();
    expect(jsonShapeProblem(JSON.parse(`${"[".repeat(65)}${"]".repeat(65)}`), 64)).toMatch(/nesting/);
  });
});

describe("writeFileAtomic", () => {
  it("calls writing over a directory a failure of the machine (exit code 1), and leaves no temporary file", () => {
    const dir = tmp();
    mkdirSync(join(dir, "out.json"));
    const e = problem(() => writeFileAtomic(join(dir, "out.json"), "{}"));
    expect(e).toBeInstanceOf(MachineProblem);
    expect(e.message).toMatch(/out\.json: cannot be written \(EISDIR\)/);
    expect(readdirSync(dir).sort()).toEqual(["out.json"]);
  });
});
