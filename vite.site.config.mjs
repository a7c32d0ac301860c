import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// `npm run build:site`: the studio (viz/studio) as one static folder, dist/site/, that any web
// server serves, offline too: relative asset paths, the default scenario and the engine bundled,
// the replication worker as an ES module beside the page.
export default defineConfig({
  root: fileURLToPath(new URL("viz/studio/", import.meta.url)),
  base: "./",
  logLevel: "warn",
  build: {
    outDir: fileURLToPath(new URL("dist/site/", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
  },
  worker: { format: "es" },
});
