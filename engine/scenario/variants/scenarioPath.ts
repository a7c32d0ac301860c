/** One step of a path: an object key, or a list item picked by name or index. */
export type PathStep = { key: string } | { item: string };

/**
 * Parses a change path such as `pools[operators].staff[0].shift.end` into steps. Keys are
 * separated by dots; `[text]` picks a list item by its name, or by index when no item has that
 * name and the text is a whole number. Returns a message when the path is malformed.
 */
export function parsePath(path: string): PathStep[] | string {
  const steps: PathStep[] = [];
  let i = 0;
  while (i < path.length) {
    if (path[i] === "[") {
      const close = path.indexOf("]", i);
      if (close < 0) return `an unclosed "[" at character ${i + 1}`;
      const text = path.slice(i + 1, close);
      if (text === "") return `an empty "[]" at character ${i + 1}`;
      steps.push({ item: text });
      i = close + 1;
      if (i < path.length && path[i] === ".") i++;
      continue;
    }
    let end = i;
    while (end < path.length && path[end] !== "." && path[end] !== "[") end++;
    const key = path.slice(i, end);
    if (key === "") return `an empty key at character ${i + 1}`;
    steps.push({ key });
    i = end < path.length && path[end] === "." ? end + 1 : end;
  }
  return steps.length > 0 ? steps : "an empty path";
}
