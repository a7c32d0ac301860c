/**
 * The offset of the first character at which `text` stops being JSON (RFC 8259), `text.length`
 * when it ends too early, or -1 when it is valid. Needed because V8's messages give a position
 * only for some mistakes ("Unexpected token ']', ... is not valid JSON" has none). Iterative, so
 * deep nesting cannot overflow the stack.
 */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  const open: string[] = [];
  let state: "value" | "valueOrEnd" | "key" | "keyOrEnd" | "colon" | "after" = "value";
  let i = 0;
  for (;;) {
    while (i < n && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
    if (i >= n) return state === "after" && open.length === 0 ? -1 : n;
    const c = text[i]!;
    if (state === "after") {
      const top = open[open.length - 1];
      if (top === undefined) return i;
      if (c === ",") state = top === "{" ? "key" : "value";
      else if (c === (top === "{" ? "}" : "]")) open.pop();
      else return i;
      i++;
      continue;
    }
    if (state === "colon") {
      if (c !== ":") return i;
      state = "value";
      i++;
      continue;
    }
    if (state === "key" || state === "keyOrEnd") {
      if (state === "keyOrEnd" && c === "}") {
        open.pop();
        state = "after";
        i++;
        continue;
      }
      if (c !== '"') return i;
      i = stringEnd(text, i);
      if (i < 0 || i >= n) return i < 0 ? -i - 1 : n;
      state = "colon";
      continue;
    }
    // a value is expected
    if (state === "valueOrEnd" && c === "]") {
      open.pop();
      state = "after";
      i++;
    } else if (c === "{" || c === "[") {
      open.push(c);
      state = c === "{" ? "keyOrEnd" : "valueOrEnd";
      i++;
    } else if (c === '"') {
      i = stringEnd(text, i);
      if (i < 0) return -i - 1;
      state = "after";
    } else {
      const end = literalEnd(text, i);
      if (end < 0) return i;
      i = end;
      state = "after";
    }
  }
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

/** The end of a number, true, false or null starting at `i`; -1 when there is none. */
function literalEnd(text: string, i: number): number {
  for (const word of ["true", "false", "null"]) if (text.startsWith(word, i)) return i + word.length;
  NUMBER.lastIndex = i;
  return NUMBER.test(text) ? NUMBER.lastIndex : -1;
}

/**
 * The index after the closing quote of the string opening at `i`, or -(offset + 1) of the
 * character that breaks it (the text's length when it never closes).
 */
function stringEnd(text: string, i: number): number {
  const n = text.length;
  for (let j = i + 1; j < n; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return -(j + 1);
    if (c === 0x5c) {
      const e = text[j + 1];
      if (e === undefined) return -(n + 1);
      if (e === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return -(j + 1);
        j += 5;
      } else if ('"\\/bfnrt'.includes(e)) j++;
      else return -(j + 1);
    }
  }
  return -(n + 1);
}
