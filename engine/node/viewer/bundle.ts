import { build } from "vite";
import { VITE_CACHE_DIR, VIZ_DIR, VIZ_ENTRY } from "./paths.js";

let cached: Promise<string> | null = null;

/**
 * The whole viewer (its code, D3 and its styles) as one classic script, built by Vite in memory
 * (nothing written to disk). Built once per process.
 */
export function viewerBundle(): Promise<string> {
  cached ??= buildBundle();
  return cached;
}

async function buildBundle(): Promise<string> {
  const output = await build({
    configFile: false,
    root: VIZ_DIR,
    cacheDir: VITE_CACHE_DIR,
    logLevel: "silent",
    mode: "production",
    build: {
      write: false,
      emptyOutDir: false,
      minify: true,
      sourcemap: false,
      lib: { entry: VIZ_ENTRY, formats: ["iife"], name: "ClientflowViewer", fileName: () => "viewer.js" },
    },
  });
  const outputs = Array.isArray(output) ? output : [output];
  for (const o of outputs) {
    if (!("output" in o)) continue;
    const chunk = o.output.find((c) => c.type === "chunk");
    if (chunk !== undefined && chunk.type === "chunk") return chunk.code;
  }
  throw new Error("the viewer bundle was not produced by the build");
}
