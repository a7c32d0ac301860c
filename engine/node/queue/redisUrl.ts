import { readFileSync } from "node:fs";
import type { RedisOptions } from "ioredis";
import { UsageError } from "../cli/usageError.js";

/** Where a queue lives: the connection options and a form of the URL safe to print. */
export interface RedisTarget {
  /** redis://host:port/db with any password replaced by "***". */
  shown: string;
  /** ioredis options: host, port, database, user, password and TLS. */
  options: RedisOptions;
  /** How long a command waits for a lost Redis to come back before giving up (seconds). */
  reconnectSeconds: number;
}

/** The default of `?reconnect=S`: long enough for a Redis restart, short enough to notice an outage. */
export const DEFAULT_RECONNECT_SECONDS = 10;

const PARAMETERS = ["reconnect", "ca"];

/**
 * Reads a Redis URL: `redis://[user:password@]host[:port][/db]` or `rediss://` for TLS (the
 * server's name is checked against its certificate; `?ca=FILE` adds a certificate authority,
 * NODE_EXTRA_CA_CERTS works too). `?reconnect=S` sets how long to wait for a lost Redis. Anything
 * else is refused with what was expected, never echoing a password.
 */
export function parseRedisUrl(text: string, command: string): RedisTarget {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--queue must be a Redis URL such as redis://host:6379, found "${redact(text)}"`, command);
  }
  if (url.protocol !== "redis:" && url.protocol !== "rediss:")
    throw new UsageError(`--queue must start with redis:// or rediss:// (TLS), found "${url.protocol}//"`, command);
  if (url.hostname === "") throw new UsageError("--queue needs a host, as in redis://host:6379", command);
  const port = url.port === "" ? 6379 : Number(url.port);
  const path = decodeURIComponent(url.pathname.replace(/^\//, ""));
  if (path !== "" && !/^\d{1,2}$/.test(path))
    throw new UsageError(`--queue: the path is a database number (0 to 99), found "/${path}"`, command);
  for (const key of url.searchParams.keys()) {
    if (!PARAMETERS.includes(key))
      throw new UsageError(`--queue: unknown parameter "${key}" (known: ${PARAMETERS.join(", ")})`, command);
  }
  const reconnectText = url.searchParams.get("reconnect");
  const reconnectSeconds = reconnectText === null ? DEFAULT_RECONNECT_SECONDS : Number(reconnectText);
  if (!Number.isFinite(reconnectSeconds) || reconnectSeconds < 0 || reconnectSeconds > 86_400)
    throw new UsageError(`--queue: reconnect must be 0 to 86400 seconds, found "${reconnectText}"`, command);
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const options: RedisOptions = { host, port, db: path === "" ? 0 : Number(path) };
  if (url.username !== "") options.username = decodeURIComponent(url.username);
  if (url.password !== "") options.password = decodeURIComponent(url.password);
  if (url.protocol === "rediss:") {
    const ca = url.searchParams.get("ca");
    options.tls = { servername: host, ...(ca === null ? {} : { ca: readCa(ca, command) }) };
  } else if (url.searchParams.has("ca")) {
    throw new UsageError("--queue: ca is for TLS connections (rediss://)", command);
  }
  const auth = url.username !== "" || url.password !== "" ? `${url.username}${url.password === "" ? "" : ":***"}@` : "";
  return { shown: `${url.protocol}//${auth}${url.host}/${options.db}`, options, reconnectSeconds };
}

function readCa(path: string, command: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    throw new UsageError(
      `--queue: the certificate authority ${path} cannot be read (${(e as NodeJS.ErrnoException).code ?? "error"})`,
      command,
    );
  }
}

/** A URL with its password hidden, for messages. */
function redact(text: string): string {
  return text.replace(/\/\/([^/@:]*):[^/@]*@/, "//$1:***@");
}
