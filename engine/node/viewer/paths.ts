import { fileURLToPath } from "node:url";
import { PACKAGE_ROOT } from "../packageRoot.js";

/** The viewer's sources (viz/ beside engine/). */
export const VIZ_DIR = fileURLToPath(new URL("viz/", PACKAGE_ROOT));
/** The viewer's entry module. */
export const VIZ_ENTRY = fileURLToPath(new URL("viz/main.ts", PACKAGE_ROOT));
/** Vite's cache for the viewer (inside node_modules, never committed). */
export const VITE_CACHE_DIR = fileURLToPath(new URL("node_modules/.vite-clientflow/", PACKAGE_ROOT));
/**
 * The viewer bundle written by `npm run build` (dist/viewer/viewer.js); the compiled command line
 * reads it instead of building the viewer at run time.
 */
export const PREBUILT_VIEWER = fileURLToPath(new URL("dist/viewer/viewer.js", PACKAGE_ROOT));
/** True when this is the compiled package (dist/), false when the sources run through tsx or Vitest. */
export const COMPILED = !import.meta.url.endsWith(".ts");
