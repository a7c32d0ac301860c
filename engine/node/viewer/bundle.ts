import { existsSync, readFileSync } from "node:fs";
import { COMPILED, PREBUILT_VIEWER, VITE_CACHE_DIR, VIZ_DIR, VIZ_ENTRY } from "./paths.js";

let cached: Promise<string> | null = null;

/**
 * The whole viewer (its code, D3 and its styles) as one classic script: the compiled package reads
 * the bundle `npm run build` wrote (dist/viewer/viewer.js); the sources build it with Vite in
 * memory (nothing written to disk), so it is never older than they are. Once per process.
 */
export function viewerBundle(): Promise<string> {
  cached ??=
    COMPILED && existsSync(PREBUILT_VIEWER)
      ? Promise.resolve(readFileSync(PREBUILT_VIEWER, "utf8"))
      : buildViewerBundle();
  return cached;
}

/** Builds the viewer bundle with Vite (imported here only, so other commands never load it). */
export async function buildViewerBundle(): Promise<string> {
  const { build } = await import("vite");
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
