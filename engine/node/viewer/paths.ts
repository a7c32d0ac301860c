import { fileURLToPath } from "node:url";

/** The viewer's sources (viz/ beside engine/). */
export const VIZ_DIR = fileURLToPath(new URL("../../../viz/", import.meta.url));
/** The viewer's entry module. */
export const VIZ_ENTRY = fileURLToPath(new URL("../../../viz/main.ts", import.meta.url));
/** Vite's cache for the viewer (inside node_modules, never committed). */
export const VITE_CACHE_DIR = fileURLToPath(new URL("../../../node_modules/.vite-clientflow/", import.meta.url));
