import { canonicalJson } from "../../../engine/index.js";

/**
 * "sha256:" and the hex SHA-256 of the canonical JSON of a value: the hash `clientflow run` writes
 * (engine/node/hash.ts), computed here with the browser's SubtleCrypto.
 */
export async function scenarioHash(value: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(value));
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return `sha256:${Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}
