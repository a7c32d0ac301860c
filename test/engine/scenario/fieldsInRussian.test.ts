import { describe, expect, it } from "vitest";
import { z } from "zod";
import { scenarioSchema } from "../../../engine/scenario/index.js";

interface Node {
  description?: unknown;
  ru?: { label?: unknown; description?: unknown };
  en?: { label?: unknown };
  properties?: Record<string, Node>;
  items?: Node;
  additionalProperties?: Node | boolean;
  anyOf?: Node[];
  oneOf?: Node[];
  allOf?: Node[];
}

const CYRILLIC = /[а-яё]/i;
const text = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";

/** Every node of the scenario's JSON Schema that has a description, by field path ("pools[].staff"). */
function described(node: Node, path: string, out: { path: string; node: Node }[]): void {
  if (typeof node.description === "string") out.push({ path, node });
  for (const [k, child] of Object.entries(node.properties ?? {}))
    described(child, path === "" ? k : `${path}.${k}`, out);
  if (node.items) described(node.items, `${path}[]`, out);
  if (typeof node.additionalProperties === "object") described(node.additionalProperties, `${path}.<name>`, out);
  for (const b of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) {
    const kind = (b.properties?.["kind"] as { const?: unknown } | undefined)?.const;
    described(b, typeof kind === "string" ? `${path} (kind "${kind}")` : path, out);
  }
}

describe("every described field of the scenario has a Russian label and a Russian description", () => {
  // The JSON Schema the studio's editor reads (and `clientflow schema` prints).
  const schema = z.toJSONSchema(scenarioSchema, { io: "input", unrepresentable: "any" }) as Node;
  const fields: { path: string; node: Node }[] = [];
  described(schema, "", fields);

  it("finds the fields (the walk reaches pools, the summon and the distributions)", () => {
    const paths = new Set(fields.map((f) => f.path));
    expect(fields.length).toBeGreaterThan(200);
    for (const p of ["pools[].staff", "repeatWalkIn.minutes", 'repeatWalkIn.callTime (kind "gamma").cv']) {
      expect(paths.has(p), p).toBe(true);
    }
  });

  it("names no field path that lacks ru.label or ru.description, or whose Russian is not in Cyrillic", () => {
    const missing = [
      ...new Set(
        fields
          .filter(({ node }) => {
            const ru = node.ru;
            return !(
              ru &&
              text(ru.label) &&
              text(ru.description) &&
              CYRILLIC.test(ru.label) &&
              CYRILLIC.test(ru.description)
            );
          })
          .map((f) => f.path || "(the scenario)"),
      ),
    ];
    expect(missing).toEqual([]);
  });

  it("gives an English label, where one is given, as text", () => {
    const bad = fields.filter(({ node }) => node.en !== undefined && !text(node.en.label)).map((f) => f.path);
    expect(bad).toEqual([]);
  });
});
