import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

const importsOf = (text: string) => [...text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]!);

describe("the boundaries of the code", () => {
  it("the viewer imports of the engine only the results contract (engine/results), and nothing of Node", () => {
    for (const file of sources("viz").filter((f) => !f.startsWith(join("viz", "studio")))) {
      for (const spec of importsOf(readFileSync(file, "utf8"))) {
        expect(spec.startsWith("node:"), `${file} imports ${spec}`).toBe(false);
        if (spec.includes("engine/"))
          expect(spec, `${file} imports ${spec}`).toMatch(/(^|\/)engine\/results\/index\.js$/);
      }
    }
  });

  it("the studio (viz/studio) imports the engine's pure public API only (engine/index.js or a folder's index), never engine/node nor Node", () => {
    const files = sources(join("viz", "studio"));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      for (const spec of importsOf(readFileSync(file, "utf8"))) {
        expect(spec.startsWith("node:"), `${file} imports ${spec}`).toBe(false);
        expect(spec.includes("engine/node"), `${file} imports ${spec}`).toBe(false);
        if (spec.includes("engine/"))
          expect(spec, `${file} imports ${spec}`).toMatch(/(^|\/)engine\/([a-z]+\/)?index\.js$/);
      }
    }
  });

  it("the results contract stands alone: engine/results imports only zod and itself at run time", () => {
    for (const file of sources(join("engine", "results"))) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/^import\s+(type\s+)?[^;]*?from\s+["']([^"']+)["']/gm)) {
        const [, typeOnly, spec] = m;
        if (typeOnly !== undefined) continue;
        expect(spec === "zod" || spec!.startsWith("./"), `${file} imports ${spec}`).toBe(true);
      }
    }
  });

  it("the engine is pure outside engine/node: no node: imports, Math.random, Date.now, console or DOM", () => {
    const files = sources("engine").filter((f) => !f.startsWith(join("engine", "node")));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const text = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      for (const spec of importsOf(text)) {
        expect(spec.startsWith("node:"), `${file} imports ${spec}`).toBe(false);
        expect(spec.includes("viz/"), `${file} imports ${spec}`).toBe(false);
      }
      const code = text.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');
      expect(/\bMath\.random\b|\bDate\.now\b|\bconsole\.|\bdocument\.|\bwindow\./.test(code), file).toBe(false);
    }
  });
});
