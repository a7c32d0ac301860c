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
  it("the viewer never imports the engine: it reads results files only", () => {
    for (const file of sources("viz")) {
      for (const spec of importsOf(readFileSync(file, "utf8")))
        expect(spec.includes("engine/") || spec.startsWith("node:"), `${file} imports ${spec}`).toBe(false);
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
