import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { formatPath } from "../scenario/index.js";
import { RESULTS_FILE_LIMIT_BYTES } from "../results/index.js";
import { jsonSyntaxProblem } from "./jsonSyntaxProblem.js";

/** A problem with a file a user named: shown without a stack trace (exit code 2, bad input). */
export class FileProblem extends Error {
  override name = "FileProblem";
}

/**
 * A failure of the machine rather than of the input (a full disk, a permission, a directory
 * where a file should be written): shown without a stack trace, exit code 1.
 */
export class MachineProblem extends Error {
  override name = "MachineProblem";
}

const MIB = 1024 * 1024;
/** The largest scenario, variant or experiment file read (they are a few kilobytes). */
export const INPUT_LIMIT_BYTES = 16 * MIB;
/** The largest results file read: the largest a run writes (about the longest text a JavaScript string can hold). */
export const RESULTS_LIMIT_BYTES = RESULTS_FILE_LIMIT_BYTES;
/** The deepest nesting of arrays and objects in a JSON file read (a scenario needs about 8). */
export const MAX_JSON_DEPTH = 64;

/** Codes of errors that come from the machine, not from what the user asked for. */
const MACHINE_CODES = new Set([
  "EACCES",
  "EPERM",
  "EIO",
  "ENOSPC",
  "EDQUOT",
  "EROFS",
  "EISDIR",
  "EMFILE",
  "ENFILE",
  "EBUSY",
  "EXDEV",
  "ENOTDIR",
  "EFBIG",
]);

/** The error a failed file operation on `path` becomes: a MachineProblem, or a FileProblem. */
export function fileError(path: string, doing: string, e: unknown): Error {
  const code = (e as NodeJS.ErrnoException).code;
  const text = `${path}: ${doing} (${code ?? (e instanceof Error ? e.message : String(e))})`;
  return code !== undefined && MACHINE_CODES.has(code) ? new MachineProblem(text) : new FileProblem(text);
}

/**
 * Reads a text file of at most `limit` bytes, as UTF-8 without a leading byte-order mark. Only a
 * regular file is read (never a directory, device or pipe, which could block or never end). A
 * missing, special or too large file becomes a FileProblem; a permission or disk error a
 * MachineProblem.
 */
export function readTextFile(path: string, limit = INPUT_LIMIT_BYTES): string {
  let fd: number;
  try {
    // Non-blocking, so that opening a named pipe returns at once (it is then refused).
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") throw new FileProblem(`${path}: no such file`);
    throw fileError(path, "cannot be read", e);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      const what = stat.isDirectory() ? "a directory" : "a device, pipe or socket";
      throw new FileProblem(`${path}: a regular file is needed, but this is ${what}`);
    }
    if (stat.size > limit) {
      throw new FileProblem(
        `${path}: at most ${limit / MIB} MiB can be read, but the file has ${(stat.size / MIB).toFixed(1)} MiB`,
      );
    }
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    const text = buffer.toString("utf8", 0, read);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (e) {
    if (e instanceof FileProblem) throw e;
    throw fileError(path, "cannot be read", e);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads and parses a JSON file (see readTextFile). Bad JSON becomes a FileProblem with line and
 * column that never quotes the file (it may be a file that is not JSON at all, and private); so
 * does nesting deeper than MAX_JSON_DEPTH or a `__proto__` key, each with its path.
 */
export function readJsonFile(path: string): unknown {
  const text = readTextFile(path);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    if (text.trim() === "") throw new FileProblem(`${path}: not valid JSON (the file is empty)`);
    const found = jsonSyntaxProblem(text);
    if (found === null) throw new FileProblem(`${path}: not valid JSON (unexpected text)`);
    const hint = found.hint === null ? "" : `; ${found.hint}`;
    throw new FileProblem(`${path}:${found.line}:${found.column}: not valid JSON (${found.why})${hint}`);
  }
  const problem = jsonShapeProblem(data, MAX_JSON_DEPTH);
  if (problem !== null) throw new FileProblem(`${path}: ${problem}`);
  return data;
}

/**
 * Walks parsed JSON without recursion: null when it is no deeper than `maxDepth` and has no
 * `__proto__` key, else what is wrong, with its path.
 */
export function jsonShapeProblem(data: unknown, maxDepth: number): string | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== "object") continue;
    if (path.length >= maxDepth) {
      const where = formatPath(path);
      return `${where.length > 100 ? `${where.slice(0, 97)}...` : where}: nesting at most ${maxDepth} levels deep`;
    }
    if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
    else
      for (const key of Object.keys(value)) {
        if (key === "__proto__") return `${formatPath([...path, key]) || key}: a key other than "__proto__"`;
        stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
      }
  }
  return null;
}

/** Temporary files and folders of writes under way: removed on every way out of the process. */
const temporaries = new Set<string>();
let guarded = false;

/**
 * Removes the temporary files of writes under way when the process exits or is stopped by
 * SIGINT or SIGTERM (which then exit with 130 or 143, as a shell reports them). Installed at the
 * first write, after the work, so that a stop during a simulation works as it always did.
 */
function guardTemporaries(): void {
  if (guarded) return;
  guarded = true;
  const removeAll = () => {
    for (const path of temporaries) rmSync(path, { recursive: true, force: true });
    temporaries.clear();
  };
  process.on("exit", removeAll);
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const) {
    process.on(signal, () => {
      removeAll();
      process.exit(code);
    });
  }
}

/** The nearest folder that exists on the way to `path` (itself when it is one). */
function nearestExisting(path: string): string {
  let dir = resolve(path);
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/**
 * Checks, before any work, that a file can be written at `path`: it is not a directory or a
 * device, and the nearest existing folder on the way to it is a folder this process may write
 * in. Throws a MachineProblem (exit code 1) saying why not.
 */
export function checkOutputFile(path: string): void {
  const stat = statOrNull(path);
  if (stat !== null && !stat.isFile()) {
    throw new MachineProblem(
      `${path}: cannot be written (${stat.isDirectory() ? "it is a directory" : "it is not a regular file"})`,
    );
  }
  checkWritableFolder(path, dirname(resolve(path)));
}

/**
 * Checks, before any work, that a folder of files (`names`) can be written at `dir`: it is a
 * folder or can be made, and none of the names is there as anything but a regular file.
 */
export function checkOutputFolder(dir: string, names: readonly string[] = []): void {
  const stat = statOrNull(dir);
  if (stat !== null && !stat.isDirectory()) throw new MachineProblem(`${dir}: cannot be written (it is not a folder)`);
  checkWritableFolder(dir, stat === null ? dirname(resolve(dir)) : resolve(dir));
  for (const name of names) {
    const file = statOrNull(join(dir, name));
    if (file !== null && !file.isFile())
      throw new MachineProblem(`${join(dir, name)}: cannot be written (it is not a regular file)`);
  }
}

function checkWritableFolder(path: string, folder: string): void {
  const existing = nearestExisting(folder);
  if (!statSync(existing).isDirectory())
    throw new MachineProblem(`${path}: cannot be written (${existing} is not a folder)`);
  try {
    accessSync(existing, constants.W_OK);
  } catch (e) {
    throw fileError(path, "cannot be written", e);
  }
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * Writes a file whole or not at all: the text goes to a temporary file beside the target,
 * which is then renamed over it, so an interrupted run never leaves half a file.
 */
export function writeFileAtomic(path: string, text: string): void {
  checkOutputFile(path);
  guardTemporaries();
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  temporaries.add(tmp);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw fileError(path, "cannot be written", e);
  } finally {
    temporaries.delete(tmp);
  }
}

/**
 * Writes a folder of files whole or not at all: every file goes into a temporary folder beside
 * `dir` first (where a full disk or any other failure stops the write, and the temporary folder
 * is removed), which then becomes `dir`, or, when `dir` exists, whose files are renamed into it
 * (renames within one file system, which do not fail for want of space). Other files in `dir`
 * are left alone.
 */
export function writeFolderAtomic(dir: string, files: readonly { name: string; text: string }[]): void {
  checkOutputFolder(
    dir,
    files.map((f) => f.name),
  );
  guardTemporaries();
  const parent = dirname(resolve(dir));
  const stage = join(parent, `.${basename(resolve(dir))}.${process.pid}.tmp`);
  temporaries.add(stage);
  try {
    mkdirSync(parent, { recursive: true });
    rmSync(stage, { recursive: true, force: true });
    mkdirSync(stage);
    for (const f of files) writeFileSync(join(stage, f.name), f.text);
    if (!existsSync(dir)) renameSync(stage, dir);
    else for (const f of files) renameSync(join(stage, f.name), join(dir, f.name));
  } catch (e) {
    throw fileError(dir, "cannot be written", e);
  } finally {
    rmSync(stage, { recursive: true, force: true });
    temporaries.delete(stage);
  }
}
