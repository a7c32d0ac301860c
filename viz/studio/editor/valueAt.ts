/** A path into the scenario's JSON: object keys and list indices. */
export type JsonPath = readonly (string | number)[];

/** A copy of `doc` with the value at `path` replaced (or deleted when `value` is undefined). */
export function withValueAt(doc: unknown, path: JsonPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(doc)) {
    const copy = doc.slice();
    const i = head as number;
    if (value === undefined && rest.length === 0) copy.splice(i, 1);
    else copy[i] = withValueAt(copy[i], rest, value);
    return copy;
  }
  const copy = { ...(doc as Record<string, unknown>) };
  if (value === undefined && rest.length === 0) delete copy[head as string];
  else copy[head as string] = withValueAt(copy[head as string], rest, value);
  return copy;
}

/** The value at `path`, or undefined. */
export function valueAt(doc: unknown, path: JsonPath): unknown {
  let v = doc;
  for (const step of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string | number, unknown>)[step];
  }
  return v;
}
