import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import {
  checkOutputFile,
  fileError,
  FileProblem,
  jsonShapeProblem,
  MachineProblem,
  readJsonFile,
  readTextFile,
  writeFileAtomic,
  writeFolderAtomic,
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
    expect(e.message).toMatch(/passwd:1:1: not valid JSON \(unexpected text\)$/);
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
    expect(e.message).toMatch(/out\.json: cannot be written \(it is a directory\)/);
    expect(readdirSync(dir).sort()).toEqual(["out.json"]);
  });
});

describe("checkOutputFile", () => {
  it("refuses a directory or a device as the file to write, and a folder that is a file on the way", () => {
    const dir = tmp();
    writeFileSync(join(dir, "plain"), "");
    for (const [path, why] of [
      [dir, /it is a directory/],
      ["/dev/null", /it is not a regular file/],
      [join(dir, "plain", "r.json"), /plain is not a folder/],
    ] as const) {
      const e = problem(() => checkOutputFile(path));
      expect(e).toBeInstanceOf(MachineProblem);
      expect(e.message).toMatch(why);
    }
    expect(() => checkOutputFile(join(dir, "new", "deeper", "r.json"))).not.toThrow();
    expect(existsSync(join(dir, "new"))).toBe(false);
  });

  it("calls a full disk, a permission or a read-only disk a failure of the machine, a missing file bad input", () => {
    for (const code of ["ENOSPC", "EACCES", "EROFS", "EISDIR"])
      expect(fileError("f", "cannot be written", Object.assign(new Error(code), { code }))).toBeInstanceOf(
        MachineProblem,
      );
    expect(fileError("f", "cannot be read", Object.assign(new Error("x"), { code: "ENOENT" }))).toBeInstanceOf(
      FileProblem,
    );
  });
});

describe("writeFolderAtomic", () => {
  const files = [
    { name: "a.csv", text: "a\n" },
    { name: "b.csv", text: "b\n" },
  ];

  it("writes a new folder whole, and into an existing one leaves other files alone, with no temporary left", () => {
    const dir = tmp();
    writeFolderAtomic(join(dir, "tables"), files);
    expect(readdirSync(join(dir, "tables")).sort()).toEqual(["a.csv", "b.csv"]);
    writeFileSync(join(dir, "tables", "mine.txt"), "keep");
    writeFolderAtomic(join(dir, "tables"), [{ name: "a.csv", text: "new\n" }]);
    expect(readFileSync(join(dir, "tables", "a.csv"), "utf8")).toBe("new\n");
    expect(readdirSync(join(dir, "tables")).sort()).toEqual(["a.csv", "b.csv", "mine.txt"]);
    expect(readdirSync(dir)).toEqual(["tables"]);
  });

  it("writes nothing at all when one of the files cannot be written", () => {
    const dir = tmp();
    mkdirSync(join(dir, "tables", "b.csv"), { recursive: true });
    const e = problem(() => writeFolderAtomic(join(dir, "tables"), files));
    expect(e).toBeInstanceOf(MachineProblem);
    expect(readdirSync(join(dir, "tables"))).toEqual(["b.csv"]);
    expect(readdirSync(dir)).toEqual(["tables"]);
  });
});

describe("a stop during a write", () => {
  it("removes the temporary file on SIGTERM and SIGINT and leaves the target as it was", async () => {
    const dir = tmp();
    // An ES module (.mts) that writes the same large file again and again, letting signals in between.
    const script = join(dir, "write.mts");
    const files = join(process.cwd(), "engine/node/files.ts");
    writeFileSync(
      script,
      `import { writeFileAtomic } from ${JSON.stringify(files)};\n` +
        `const text = "x".repeat(32 * 1024 * 1024);\n` +
        `for (let i = 0; i < 200; i++) {\n` +
        `  writeFileAtomic(${JSON.stringify(join(dir, "out.json"))}, text);\n` +
        `  await new Promise((r) => setImmediate(r));\n` +
        `}\n`,
    );
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      const child = spawn(process.execPath, ["engine/node/bin/tsnode.mjs", script], { stdio: "ignore" });
      let running = true;
      const exited = new Promise<number | null>((r) =>
        child.on("exit", (c) => {
          running = false;
          r(c);
        }),
      );
      try {
        const tmpName = `.out.json.${child.pid}.tmp`;
        // Stop it while a temporary file is being written: polled as long as the writer runs (its
        // 200 writes bound the wait, however slow the machine).
        while (running && !readdirSync(dir).includes(tmpName)) await new Promise((r) => setTimeout(r, 2));
        expect(readdirSync(dir)).toContain(tmpName);
        child.kill(signal);
        expect(await exited).toBe(signal === "SIGTERM" ? 143 : 130);
        expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
        // The target is whole (or not there yet, when the stop came during the first write).
        if (existsSync(join(dir, "out.json")))
          expect(readFileSync(join(dir, "out.json")).length).toBe(32 * 1024 * 1024);
      } finally {
        child.kill("SIGKILL");
      }
    }
  });
});
