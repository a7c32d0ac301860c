import type { Change } from "../../../engine/index.js";

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => v !== null && typeof v === "object" && !Array.isArray(v);
const same = (a: Json, b: Json): boolean => JSON.stringify(a) === JSON.stringify(b);
/** A key a change path can name (no dots or brackets in it). */
const plainKey = (k: string) => !/[.[\]]/.test(k);

/**
 * The changes (a variant's `changes`, the syntax of engine/scenario/variants) that turn `original`
 * into `edited`: keys set or removed, list items picked by their unique names (added at the end,
 * removed, or changed inside), or by index when the lists have no names and the same length; a
 * whole value is set where nothing finer can say it (a reordered list).
 */
export function changesBetween(original: Json, edited: Json): Change[] {
  const out: Change[] = [];
  walk(original, edited, "", out);
  return out;
}

function walk(a: Json, b: Json, path: string, out: Change[]): void {
  if (same(a, b)) return;
  if (path !== "" && !(isObject(a) && isObject(b)) && !(Array.isArray(a) && Array.isArray(b))) {
    out.push({ set: path, value: b });
    return;
  }
  if (isObject(a) && isObject(b)) {
    if (![...Object.keys(a), ...Object.keys(b)].every(plainKey)) return void out.push(setWhole(path, b));
    for (const k of Object.keys(a)) if (!(k in b)) out.push({ remove: join(path, k) });
    for (const k of Object.keys(b)) {
      if (!(k in a)) out.push({ set: join(path, k), value: b[k] });
      else walk(a[k], b[k], join(path, k), out);
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const named = namedItems(a, b);
    if (named !== null) {
      const kept = new Set(b.map(nameOf));
      for (const x of a) if (!kept.has(nameOf(x))) out.push({ remove: `${path}[${nameOf(x)}]` });
      const before = new Map(a.map((x) => [nameOf(x), x] as const));
      for (const y of b) {
        const x = before.get(nameOf(y));
        if (x === undefined) out.push({ add: path, value: y });
        else walk(x, y, `${path}[${nameOf(y)}]`, out);
      }
      return;
    }
    if (a.length === b.length && a.every((x) => !isObject(x) || !("name" in x))) {
      a.forEach((x, i) => walk(x, b[i], `${path}[${i}]`, out));
      return;
    }
  }
  out.push(setWhole(path, b));
}

function setWhole(path: string, value: Json): Change {
  if (path === "") throw new RangeError("changesBetween requires two scenarios (objects)");
  return { set: path, value };
}

const join = (path: string, key: string) => (path === "" ? key : `${path}.${key}`);
const nameOf = (x: Json): string => (isObject(x) && typeof x["name"] === "string" ? x["name"] : "");

/**
 * True (non-null) when both lists' items have unique names that can stand in a path, and the
 * items kept are in the same order with every new one after them (what add and remove can say).
 */
function namedItems(a: Json[], b: Json[]): true | null {
  const names = (l: Json[]) => l.map(nameOf);
  const na = names(a);
  const nb = names(b);
  const ok = (n: string[]) =>
    n.every((s) => s !== "" && !/[[\]]/.test(s) && !/^\d+$/.test(s)) && new Set(n).size === n.length;
  if (!ok(na) || !ok(nb)) return null;
  const keptA = na.filter((n) => nb.includes(n));
  const keptB = nb.filter((n) => na.includes(n));
  if (keptA.join("\u0000") !== keptB.join("\u0000")) return null;
  const firstNew = nb.findIndex((n) => !na.includes(n));
  if (firstNew >= 0 && nb.slice(firstNew).some((n) => na.includes(n))) return null;
  return true;
}
