import { jsonErrorOffset } from "./jsonErrorOffset.js";

/**
 * Where a JSON text stops being JSON, and what the writer most likely meant: a person editing a
 * scenario by hand leaves a trailing comma, writes a decimal comma (`0,4`) as Russian does, or
 * pastes typographic quotes from a word processor. The position comes from `jsonErrorOffset`
 * (V8's own message has none for some mistakes); the hint from the text around it. Never quotes the
 * text itself, so a file that is not JSON at all (a password file) is not echoed.
 */
export interface JsonSyntaxProblem {
  /** 1-based line and column of the character to fix. */
  line: number;
  column: number;
  /** What is wrong, in a few words ("unexpected text", "the text ends too early"). */
  why: string;
  /** What to change, when the mistake is a known one; null otherwise. */
  hint: string | null;
}

const TYPOGRAPHIC_QUOTES = new Set(["\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "\u2018", "\u2019", "\u201a"]);

/** Where and why `text` is not JSON; null when it is valid JSON. */
export function jsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  let pos = jsonErrorOffset(text);
  if (pos < 0) return null;
  const endsEarly = pos === text.length;
  let why = endsEarly ? "the text ends too early" : "unexpected text";
  let hint: string | null = null;
  const ch = text[pos] ?? "";
  const before = previousNonSpace(text, pos);
  if ((ch === "}" || ch === "]") && before >= 0 && text[before] === ",") {
    pos = before;
    why = `a comma before "${ch}"`;
    hint = "remove the trailing comma: JSON allows no comma after the last item";
  } else if (/[0-9]/.test(ch) && before >= 0 && text[before] === "," && /[0-9]/.test(text[before - 1] ?? "")) {
    const whole = /[0-9]+$/.exec(text.slice(Math.max(0, before - 20), before))![0];
    const fraction = /^[0-9]+/.exec(text.slice(pos, pos + 20))![0];
    pos = before;
    why = "a comma inside a number";
    hint = `a decimal comma? JSON numbers use a point: write ${whole}.${fraction}, not ${whole},${fraction}`;
  } else if (TYPOGRAPHIC_QUOTES.has(ch)) {
    why = "a typographic quote";
    hint = 'use straight double quotes (") around names and text, not “ ” « » or ‘ ’';
  } else if (ch === "'") {
    why = "a single quote";
    hint = 'JSON needs straight double quotes (") around names and text';
  } else if (ch === "/" && (text[pos + 1] === "/" || text[pos + 1] === "*")) {
    why = "a comment";
    hint = "JSON has no comments: put notes in the scenario's notes or description";
  } else if (endsEarly) {
    hint = "a closing bracket or quote is missing";
  }
  const head = text.slice(0, pos);
  const line = head.split("\n").length;
  const column = pos - head.lastIndexOf("\n");
  return { line, column, why, hint };
}

/** Index of the last character before `pos` that is not JSON white space; -1 when none. */
function previousNonSpace(text: string, pos: number): number {
  let i = pos - 1;
  while (i >= 0 && /[ \t\r\n]/.test(text[i]!)) i--;
  return i;
}
