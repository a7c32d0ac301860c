import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { ViteDevServer } from "vite";
import { LANGUAGES } from "../../../viz/i18n/index.js";
import { PACKAGE_ROOT } from "../packageRoot.js";
import { choiceOption, intOption } from "./options.js";
import { UsageError } from "./usageError.js";

export const STUDIO_HELP = `Usage: clientflow studio [options]

Serves the studio on localhost (Vite) and prints its address; open it in a browser. The studio
edits a scenario in a form (the shipped default, or a scenario, variant or experiment dropped on
it), checks it as you type with the messages of "clientflow validate", runs it in the page (one
Web Worker per core; the results file is the one "clientflow run" writes, byte for byte),
compares it with the original on the same clients, and downloads the scenario, a variant holding
only the changes, or the results. "npm run build:site" builds it as a static folder (dist/site)
that any web server serves, offline too. Stop with Ctrl+C.

Options:
  --port N            port to listen on (default 5174; the next free one if taken)
  --lang en|ru        language the page opens in (default: the browser's)
  --help              this text
`;

/** The studio's sources and what they import (the engine, the viewer, the default scenario). */
const STUDIO_ROOT = fileURLToPath(new URL("viz/studio/", PACKAGE_ROOT));
const ALLOWED = ["viz/", "engine/", "scenarios/default.json"].map((p) => fileURLToPath(new URL(p, PACKAGE_ROOT)));
const CACHE_DIR = fileURLToPath(new URL("node_modules/.vite-clientflow-studio/", PACKAGE_ROOT));

/** Serves the studio with Vite on localhost; returns the server and its address. */
export async function serveStudio(o: {
  port: number;
  strictPort: boolean;
}): Promise<{ server: ViteDevServer; url: string }> {
  const { createServer } = await import("vite");
  const server = await createServer({
    configFile: false,
    root: STUDIO_ROOT,
    cacheDir: CACHE_DIR,
    logLevel: "warn",
    clearScreen: false,
    server: {
      host: "127.0.0.1",
      port: o.port,
      strictPort: o.strictPort,
      cors: false,
      // The studio's imports only: never other files of the repository through /@fs/.
      fs: { strict: true, allow: [...ALLOWED, CACHE_DIR] },
    },
    optimizeDeps: { include: ["d3", "d3-sankey", "zod", "seedrandom"] },
    worker: { format: "es" },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${o.port}/`;
  return { server, url };
}

export async function studioCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { port: { type: "string" }, lang: { type: "string" }, help: { type: "boolean" } },
  });
  if (values.help) {
    process.stdout.write(STUDIO_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError("studio takes no files (open them from the page)", "studio");
  const lang = values.lang === undefined ? undefined : choiceOption(values.lang, "lang", "studio", LANGUAGES, "en");
  const port = intOption(values.port, "port", "studio", 5174);
  if (port < 1 || port > 65_535) throw new UsageError(`--port must be from 1 to 65535, found ${port}`, "studio");
  const { server, url } = await serveStudio({ port, strictPort: values.port !== undefined });
  process.stdout.write(`Clientflow studio: ${lang === undefined ? url : `${url}?lang=${lang}`}\n(Ctrl+C to stop)\n`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
  await server.close();
  return 0;
}
