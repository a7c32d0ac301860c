import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runReplication } from "../../../engine/run/index.js";
import { buildModel } from "../../../engine/scenario/index.js";
import { repeatWalkIns } from "../../helpers/repeatWalkIn.js";
import { type RowFilter, sumWhere, valueOf } from "../../../engine/results/index.js";

/** Random set-ups of the repeat walk-in rule: policy, walking time, staff, traffic, the busy setting. */
const setUps = fc.record({
  policy: fc.constantFrom("summon", "escort", "serve", "send-upstairs"),
  walkSeconds: fc.integer({ min: 10, max: 400 }),
  operators: fc.integer({ min: 1, max: 4 }),
  consultants: fc.integer({ min: 1, max: 3 }),
  retailPerHour: fc.double({ min: 0, max: 3, noNaN: true }),
  callsPerHour: fc.double({ min: 0, max: 10, noNaN: true }),
  busyCountsAsNotStarting: fc.boolean(),
  manager: fc.constantFrom("own-manager-first", "least-workload"),
});

describe("invariants of the control rules over random set-ups", () => {
  it("fines come only from a broken summon rule and add up across people, reasons and departments", () => {
    fc.assert(
      fc.property(setUps, (o) => {
        const out = runReplication(buildModel(repeatWalkIns(o as Parameters<typeof repeatWalkIns>[0])), "cp", 1);
        const v = out.values;
        const sum = (filter: RowFilter) => sumWhere(v, filter);
        const total = valueOf(v, { scope: "fines", measure: "fines" }) as number;
        expect(sum({ scope: "person", measure: "fines", breakdown: null })).toBeCloseTo(total, 6);
        expect(sum({ scope: "department", measure: "fines" })).toBeCloseTo(total, 6);
        if (o.policy !== "summon") expect(total).toBe(0);
        const events = new Map<number, string[]>();
        for (const [, what, id] of out.trace!.events) events.set(id, [...(events.get(id) ?? []), what]);
        for (const list of events.values()) {
          const fined = list.filter((w) => w.startsWith("fine:"));
          if (fined.length === 0) continue;
          expect(list).toContain("summoned");
          // A manager fined for lateness never arrived in time; one who came after N did so after the fine.
          if (list.includes("fine:lateManager")) expect(list).not.toContain("manager-arrived");
          expect(
            list.indexOf("manager-arrived-late") === -1 ||
              list.indexOf("manager-arrived-late") > list.indexOf("fine:lateManager"),
          ).toBe(true);
          if (list.includes("fine:notStartedConsultant")) {
            expect(o.busyCountsAsNotStarting).toBe(true);
            expect(list).toContain("not-started");
          }
        }
      }),
      { numRuns: 20 },
    );
  });
});
