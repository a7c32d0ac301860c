import { describe, expect, it } from "vitest";
import { runReplication } from "../../../engine/run/index.js";
import { buildModel, parseScenario } from "../../../engine/scenario/index.js";
import { LOSS_CAUSES } from "../../../engine/metrics/index.js";
import { company } from "../../helpers/company.js";
import { type Measure, type Place, valueOf } from "../../../engine/results/index.js";

/** The test company with every segment's retry chance set (and staff cut so that clients give up). */
function withRetry(probability: number) {
  const d = JSON.parse(JSON.stringify(company()));
  for (const g of d.segments) g.retry = { probability, delay: { kind: "exponential", mean: "20 min" } };
  d.pools[0].staff = [{ name: "Olga" }];
  return parseScenario(d);
}
const run = (probability: number) => runReplication(buildModel(withRetry(probability)), "lost", 1).values;
const lostCauses = LOSS_CAUSES.filter((c) => c !== "waiting");

describe("lost clients and lost sales", () => {
  it("every lost caller retries: contacts are lost, but no client and no sale (bar retries after the end)", () => {
    const v = run(1);
    expect(valueOf(v, { scope: "overall", measure: "lostContacts" })!).toBeGreaterThan(50);
    expect(valueOf(v, { scope: "overall", measure: "lostClients" })).toBe(0);
    for (const cause of lostCauses)
      expect(valueOf(v, { scope: "overall", measure: "lostRevenue", breakdown: { kind: "cause", value: cause } })).toBe(
        0,
      );
    // Only deal chances lost to waiting remain.
    expect(valueOf(v, { scope: "overall", measure: "lostRevenue" })).toBe(
      valueOf(v, { scope: "overall", measure: "lostRevenue", breakdown: { kind: "cause", value: "waiting" } }),
    );
  });

  it("nobody retries: every lost contact is a lost client", () => {
    const v = run(0);
    expect(valueOf(v, { scope: "overall", measure: "lostContacts" })!).toBeGreaterThan(50);
    expect(valueOf(v, { scope: "overall", measure: "lostClients" })).toBe(
      valueOf(v, { scope: "overall", measure: "lostContacts" }),
    );
    expect(valueOf(v, { scope: "overall", measure: "stillRetrying" })).toBe(0);
  });

  it("some retry: lost clients lie between zero and the lost contacts, and lost sales never exceed the lost contacts' value", () => {
    const some = run(0.6);
    const none = run(0);
    expect(valueOf(some, { scope: "overall", measure: "lostClients" })!).toBeGreaterThan(0);
    expect(valueOf(some, { scope: "overall", measure: "lostClients" })!).toBeLessThan(
      valueOf(some, { scope: "overall", measure: "lostContacts" })!,
    );
    const lostSales = (v: typeof some) =>
      lostCauses.reduce(
        (a, c) =>
          a + (valueOf(v, { scope: "overall", measure: "lostRevenue", breakdown: { kind: "cause", value: c } }) ?? 0),
        0,
      );
    expect(lostSales(some)).toBeLessThan(lostSales(none));
  });

  it("sums agree: lost clients by cause add up, and every breakdown (channel, segment, pool with none) adds up to the whole", () => {
    const v = run(0.6);
    const byCause = lostCauses.reduce(
      (a, c) => a + valueOf(v, { scope: "overall", measure: "lostClients", breakdown: { kind: "cause", value: c } })!,
      0,
    );
    expect(byCause).toBe(valueOf(v, { scope: "overall", measure: "lostClients" }));
    const sum = (places: Place[], measure: Measure) =>
      places.reduce((a, p) => a + (valueOf(v, { ...p, measure }) ?? 0), 0);
    const d = withRetry(0.6);
    for (const key of ["lostClients", "lostContacts", "lostRevenue", "revenue", "deals"] as const) {
      expect(
        sum(
          d.channels.map((c) => ({ scope: "channel", subject: c.name }) as const),
          key,
        ),
      ).toBeCloseTo(valueOf(v, { scope: "overall", measure: key })!, 6);
      expect(
        sum(
          d.segments.map((g) => ({ scope: "segment", subject: g.name }) as const),
          key,
        ),
      ).toBeCloseTo(valueOf(v, { scope: "overall", measure: key })!, 6);
    }
  });
});
