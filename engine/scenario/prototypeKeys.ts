/**
 * Keys that reach an object's prototype (`obj["__proto__"]` is Object.prototype): never a field,
 * a name or a record key of a scenario, an experiment or a results file, so that no path or
 * key a user writes can read or change a prototype.
 */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** The key is one of PROTOTYPE_KEYS. */
export function isPrototypeKey(key: string): boolean {
  return PROTOTYPE_KEYS.has(key);
}
