import { describe, expect, it } from "vitest";
import { runReplication } from "../../../engine/run/index.js";
import { buildModel, parseScenario } from "../../../engine/scenario/index.js";
import { LOSS_CAUSES } from "../../../engine/metrics/index.js";
import { company } from "../../helpers/company.js";

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
    expect(v["overall.lostContacts"]!).toBeGreaterThan(50);
    expect(v["overall.lostClients"]).toBe(0);
    for (const cause of lostCauses) expect(v[`overall.lostRevenue.${cause}`]).toBe(0);
    // Only deal chances lost to waiting remain.
    expect(v["overall.lostRevenue"]).toBe(v["overall.lostRevenue.waiting"]);
  });

  it("nobody retries: every lost contact is a lost client", () => {
    const v = run(0);
    expect(v["overall.lostContacts"]!).toBeGreaterThan(50);
    expect(v["overall.lostClients"]).toBe(v["overall.lostContacts"]);
    expect(v["overall.stillRetrying"]).toBe(0);
  });

  it("some retry: lost clients lie between zero and the lost contacts, and lost sales never exceed the lost contacts' value", () => {
    const some = run(0.6);
    const none = run(0);
    expect(some["overall.lostClients"]!).toBeGreaterThan(0);
    expect(some["overall.lostClients"]!).toBeLessThan(some["overall.lostContacts"]!);
    const lostSales = (v: typeof some) => lostCauses.reduce((a, c) => a + (v[`overall.lostRevenue.${c}`] ?? 0), 0);
    expect(lostSales(some)).toBeLessThan(lostSales(none));
  });

  it("sums agree: lost clients by cause add up, and every breakdown (channel, segment, pool with none) adds up to the whole", () => {
    const v = run(0.6);
    const byCause = lostCauses.reduce((a, c) => a + v[`overall.lostClients.${c}`]!, 0);
    expect(byCause).toBe(v["overall.lostClients"]);
    const sum = (prefixes: string[], key: string) => prefixes.reduce((a, p) => a + (v[`${p}.${key}`] ?? 0), 0);
    const d = withRetry(0.6);
    for (const key of ["lostClients", "lostContacts", "lostRevenue", "revenue", "deals"]) {
      expect(
        sum(
          d.channels.map((c) => `channel.${c.name}`),
          key,
        ),
      ).toBeCloseTo(v[`overall.${key}`]!, 6);
      expect(
        sum(
          d.segments.map((g) => `segment.${g.name}`),
          key,
        ),
      ).toBeCloseTo(v[`overall.${key}`]!, 6);
    }
  });
});
