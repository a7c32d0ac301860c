import { createHash } from "node:crypto";
import { canonicalJson } from "../scenario/index.js";

/** "sha256:" and the hex SHA-256 of the canonical JSON of a value. */
export function hashCanonical(value: unknown): string {
  return `sha256:${createHash("sha256").update(canonicalJson(value)).digest("hex")}`;
}
