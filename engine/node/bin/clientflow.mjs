#!/usr/bin/env node
// Entry point of the `clientflow` command: loads the TypeScript sources through tsx.
import { register } from "tsx/esm/api";

// A reader that stops early (`clientflow export ... | head`) is not an error: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}

register();
const { main } = await import("../cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
