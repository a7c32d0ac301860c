import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonErrorOffset } from "../../../engine/node/jsonErrorOffset.js";
import { jsonSyntaxProblem } from "../../../engine/node/jsonSyntaxProblem.js";

/** The problem JSON.parse finds in `text`, as the reader reports it. */
function problemIn(text: string) {
  try {
    JSON.parse(text);
  } catch {
    return jsonSyntaxProblem(text);
  }
  throw new Error("the text parsed");
}

describe("jsonSyntaxProblem", () => {
  it("points at a trailing comma itself and says to remove it", () => {
    const p = problemIn('{\n  "name": "x",\n}\n');
    expect(p).toMatchObject({ line: 2, column: 14, why: 'a comma before "}"' });
    expect(p?.hint).toMatch(/remove the trailing comma/);
    expect(problemIn('{"a": [1, 2, ]}')).toMatchObject({ line: 1, column: 12, why: 'a comma before "]"' });
  });

  it("recognises a decimal comma and writes the number with a point", () => {
    const p = problemIn('{\n  "chance": 0,45\n}');
    expect(p).toMatchObject({ line: 2, column: 14, why: "a comma inside a number" });
    expect(p?.hint).toContain("write 0.45, not 0,45");
  });

  it("names typographic and single quotes and comments", () => {
    expect(problemIn("{\u201cname\u201d: 1}")).toMatchObject({ line: 1, column: 2, why: "a typographic quote" });
    expect(problemIn('{"name": \u00abx\u00bb}')?.why).toBe("a typographic quote");
    expect(problemIn("{'name': 1}")?.why).toBe("a single quote");
    expect(problemIn('{"a": 1 // note\n}')?.why).toBe("a comment");
  });

  it("says when the text ends too early", () => {
    const p = problemIn('{"a": [1, 2');
    expect(p?.why).toBe("the text ends too early");
    expect(p?.hint).toMatch(/closing bracket/);
  });

  it("gives no hint for other mistakes and never quotes the text", () => {
    const p = problemIn("root:x:0:0:root:/root:/bin/bash");
    expect(p).toMatchObject({ line: 1, column: 1, why: "unexpected text", hint: null });
  });
});

describe("jsonErrorOffset", () => {
  it("finds no error exactly where JSON.parse finds none", () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.string({ maxLength: 3 }), (json, at, noise) => {
        const cut = at % (json.length + 1);
        const text = json.slice(0, cut) + noise + json.slice(cut);
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(jsonErrorOffset(text) === -1).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it("walks 100 000 open brackets without overflowing the stack", () => {
    expect(jsonErrorOffset("[".repeat(100_000))).toBe(100_000);
  });
});
