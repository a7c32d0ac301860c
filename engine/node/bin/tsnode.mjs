#!/usr/bin/env node
// Runs a TypeScript file of this repository (benchmarks, notebooks) through tsx: tsnode.mjs FILE [ARGS].
import { register } from "tsx/esm/api";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

register();
const [file, ...rest] = process.argv.slice(2);
if (!file) {
  process.stderr.write("usage: tsnode.mjs FILE.ts [ARGS]\n");
  process.exit(2);
}
process.argv = [process.argv[0], resolve(file), ...rest];
await import(pathToFileURL(resolve(file)).href);
