/**
 * The groups a metric key of a results file begins with (engine/results/README.md, "Metric keys").
 * A key of any other group is not one the engine writes, so a file that has one is refused.
 */
export const METRIC_GROUPS: ReadonlySet<string> = new Set([
  "window",
  "overall",
  "inbound",
  "channel",
  "segment",
  "pool",
  "department",
  "agent",
  "role",
  "payments",
  "approvals",
  "complaints",
  "outbound",
  "money",
  "fines",
  "plan",
  "head",
  "flow",
  "interval",
  "staffing",
  "poolInterval",
]);

/** Names that reach an object's prototype (`obj["constructor"]`): never a key or a name the viewer looks up. */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * What is wrong with a metric key, or null when it is one the engine could have written: a known
 * group, no part that reaches a prototype (names, job titles and heads never are one), and the clock of the keys the viewer
 * reads by interval of the day (`interval.<HH:MM>.…`, `staffing.<pool>.<HH:MM>.<measure>`) a
 * time of day; `flow.<channel>.<department>.<outcome>` has its three parts.
 */
export function metricKeyProblem(key: string): string | null {
  const parts = key.split(".");
  const group = parts[0]!;
  if (parts.length < 2 || !METRIC_GROUPS.has(group))
    return `expected a metric key of a known group (${[...METRIC_GROUPS].join(", ")}); found ${JSON.stringify(key)}`;
  if (parts.some((p) => PROTOTYPE_KEYS.has(p)))
    return `expected a metric key without a part "__proto__", "constructor" or "prototype"; found ${JSON.stringify(key)}`;
  if (group === "interval" && (parts.length < 3 || !CLOCK.test(parts[1]!)))
    return `expected interval.<HH:MM>.<measure>; found ${JSON.stringify(key)}`;
  if (group === "staffing" && (parts.length < 4 || !CLOCK.test(parts[parts.length - 2]!)))
    return `expected staffing.<pool>.<HH:MM>.<measure>; found ${JSON.stringify(key)}`;
  if ((group === "flow" || group === "poolInterval") && parts.length < 4)
    return `expected ${group}.<three parts or more>; found ${JSON.stringify(key)}`;
  return null;
}

/** A copy of a record with no prototype, so that looking up any key finds only the file's own keys. */
export function ownKeysOnly<V>(record: Record<string, V>): Record<string, V> {
  return Object.assign(Object.create(null) as Record<string, V>, record);
}
