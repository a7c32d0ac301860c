import type { ReplicationOutput } from "../../run/index.js";

type Special = "NaN" | "Infinity" | "-Infinity" | "-0";
type Path = (string | number)[];

/** A replication's output as stored in Redis: JSON, and where it held numbers JSON cannot. */
interface Encoded {
  json: string;
  specials: [Path, Special][];
}

function special(n: number): Special | null {
  if (Number.isNaN(n)) return "NaN";
  if (n === Infinity) return "Infinity";
  if (n === -Infinity) return "-Infinity";
  return Object.is(n, -0) ? "-0" : null;
}

const VALUES: Record<Special, number> = { NaN: NaN, Infinity: Infinity, "-Infinity": -Infinity, "-0": -0 };

/**
 * A replication's output as a text that decodes to the same value, numbers included (NaN, the
 * infinities and -0 survive, which plain JSON would turn into null or 0), so a replication
 * computed by a worker elsewhere merges into byte-identical results.
 */
export function encodeOutput(output: ReplicationOutput): string {
  const specials: [Path, Special][] = [];
  const walk = (value: unknown, path: Path) => {
    if (typeof value === "number") {
      const s = special(value);
      if (s !== null) specials.push([path, s]);
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (typeof value === "object" && value !== null)
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(output, []);
  const encoded: Encoded = { json: JSON.stringify(output), specials };
  return JSON.stringify(encoded);
}

/** The output encodeOutput encoded; a text that is not one is an error naming the job. */
export function decodeOutput(text: unknown, job: string): ReplicationOutput {
  try {
    const encoded = JSON.parse(String(text)) as Encoded;
    const output = JSON.parse(encoded.json) as ReplicationOutput;
    for (const [path, s] of encoded.specials) {
      // Only places the output has of its own are set (never a prototype's).
      let at: unknown = output;
      for (let i = 0; i < path.length; i++) {
        if (typeof at !== "object" || at === null || !Object.hasOwn(at, path[i]!)) throw new Error("path");
        if (i < path.length - 1) at = (at as Record<string | number, unknown>)[path[i]!];
      }
      if (path.length === 0 || !Object.hasOwn(VALUES, s)) throw new Error(s);
      (at as Record<string | number, unknown>)[path[path.length - 1]!] = VALUES[s];
    }
    if (typeof output.replication !== "number" || typeof output.values !== "object") throw new Error("shape");
    return output;
  } catch {
    throw new Error(`the result of job ${job} in Redis is not a replication's output`);
  }
}
