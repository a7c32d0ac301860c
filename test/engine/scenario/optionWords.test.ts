import { describe, expect, it } from "vitest";
import { z } from "zod";
import { scenarioSchema } from "../../../engine/scenario/index.js";

interface Node {
  enum?: unknown[];
  const?: unknown;
  options?: Record<string, { ru?: unknown; en?: unknown }>;
  properties?: Record<string, Node>;
  items?: Node;
  additionalProperties?: Node | boolean;
  propertyNames?: Node;
  anyOf?: Node[];
  oneOf?: Node[];
  allOf?: Node[];
}

const CYRILLIC = /[а-яё]/i;
const text = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";

interface Offered {
  /** Where the value is offered: "calendar.atClosing", "pools[].selection (kind)". */
  path: string;
  value: string;
  label: { ru?: unknown; en?: unknown } | undefined;
}

/** Every value a field of the scenario's JSON Schema offers: each enum value, each kind of a union. */
function offered(node: Node, path: string, out: Offered[]): void {
  for (const v of node.enum ?? []) out.push({ path, value: String(v), label: node.options?.[String(v)] });
  for (const [k, child] of Object.entries(node.properties ?? {})) offered(child, path === "" ? k : `${path}.${k}`, out);
  if (node.items) offered(node.items, `${path}[]`, out);
  if (typeof node.additionalProperties === "object") offered(node.additionalProperties, `${path}.<name>`, out);
  if (node.propertyNames) offered(node.propertyNames, `${path}.<key>`, out);
  for (const b of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) {
    const kind = b.properties?.["kind"];
    if (typeof kind?.const === "string") {
      out.push({ path: `${path} (kind)`, value: kind.const, label: kind.options?.[kind.const] });
      offered(b, `${path} (kind "${kind.const}")`, out);
    } else offered(b, path, out);
  }
}

describe("every enum value and kind has words in Russian and English", () => {
  // The JSON Schema the studio's editor reads (and `clientflow schema` prints).
  const schema = z.toJSONSchema(scenarioSchema, { io: "input", unrepresentable: "any" }) as Node;
  const values: Offered[] = [];
  offered(schema, "", values);
  const named = (o: Offered) => `${o.path}: ${o.value}`;

  it("finds the values (weekdays, months, closing, selection and distribution kinds)", () => {
    const all = new Set(values.map(named));
    expect(values.length).toBeGreaterThan(100);
    for (const v of [
      "calendar.startWeekday: sun",
      "calendar.monthFactors.<key>: dec",
      "calendar.atClosing: serve-waiting",
      "channels[].kind: visit",
      "pools[].selection (kind): longest-idle",
      'pools[].selection (kind "own-manager-first").otherwise (kind): round-robin',
      "pools[].wrapUp (kind): lognormal",
      "arrivals[].balking (kind): linear",
      "repeatWalkIn.policy: send-upstairs",
    ]) {
      expect(all.has(v), v).toBe(true);
    }
  });

  it("names no enum value or kind without a Russian label in Cyrillic", () => {
    const missing = values.filter(({ label }) => !(text(label?.ru) && CYRILLIC.test(label.ru))).map(named);
    expect(missing).toEqual([]);
  });

  it("names no enum value or kind without an English label in words, not the code value", () => {
    const missing = values
      .filter(({ value, label }) => !(text(label?.en) && label.en !== value && !/^[a-z]+(-[a-z]+)+$/.test(label.en)))
      .map(named);
    expect(missing).toEqual([]);
  });

  it("gives a value one word per language wherever it is offered (no two labels for least-workload)", () => {
    const words = new Map<string, Set<string>>();
    for (const { value, label } of values) {
      const seen = words.get(value) ?? new Set<string>();
      seen.add(JSON.stringify([label?.ru, label?.en]));
      words.set(value, seen);
    }
    const twice = [...words]
      .filter(([, seen]) => seen.size > 1)
      .map(([value, seen]) => `${value}: ${[...seen].join(" | ")}`);
    expect(twice).toEqual([]);
  });
});
