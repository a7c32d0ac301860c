import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** A problem with a file a user named: shown without a stack trace. */
export class FileProblem extends Error {
  override name = "FileProblem";
}

/** Reads a text file; a missing or unreadable file becomes a FileProblem. */
export function readTextFile(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FileProblem(
      code === "ENOENT" ? `${path}: no such file` : `${path}: cannot be read (${code ?? String(e)})`,
    );
  }
}

/** Reads and parses a JSON file; a missing file or bad JSON becomes a FileProblem with line and column. */
export function readJsonFile(path: string): unknown {
  const text = readTextFile(path);
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const at = /position (\d+)/.exec(message);
    if (at) {
      const pos = Number(at[1]);
      const before = text.slice(0, pos);
      const line = before.split("\n").length;
      const column = pos - before.lastIndexOf("\n");
      throw new FileProblem(
        `${path}:${line}:${column}: not valid JSON (${message.replace(/ in JSON at position \d+.*$/, "")})`,
      );
    }
    throw new FileProblem(`${path}: not valid JSON (${message})`);
  }
}

/**
 * Writes a file whole or not at all: the text goes to a temporary file beside the target,
 * which is then renamed over it, so an interrupted run never leaves half a file.
 */
export function writeFileAtomic(path: string, text: string): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new FileProblem(`${path}: cannot be written (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}
