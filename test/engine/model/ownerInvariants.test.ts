import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LOSS_CAUSES, OUTCOME } from "../../../engine/metrics/index.js";
import { Replication } from "../../../engine/model/index.js";
import { replicationValues } from "../../../engine/model/replicationValues.js";
import { buildModel, parseScenario, type Scenario } from "../../../engine/scenario/index.js";
import type { Agent } from "../../../engine/model/agent.js";
import { isTask, type Contact } from "../../../engine/model/contact.js";
import { company, staffCompany } from "../../helpers/company.js";
import { type Measure, valueOf } from "../../../engine/results/index.js";

/**
 * Random variations of the test company with the rules whose figures were once wrong: overflow
 * after a wait, blending, every repeat-walk-in policy (hand-off, patience), admins (complaints,
 * approvals the client waits for), retries, breaks near the end of a shift.
 */
const variations = fc
  .record({
    operators: fc.integer({ min: 0, max: 3 }),
    consultants: fc.integer({ min: 1, max: 3 }),
    closers: fc.integer({ min: 1, max: 2 }),
    selection: fc.constantFrom("least-workload", "own-manager-first"),
    overflowAfterWait: fc.boolean(),
    blending: fc.boolean(),
    policy: fc.constantFrom("none", "summon", "escort", "serve", "send-upstairs"),
    handOff: fc.boolean(),
    summonPatience: fc.boolean(),
    admins: fc.constantFrom("none", "approve-later", "client-waits"),
    retry: fc.constantFrom(0, 0.5, 1),
    lateBreak: fc.boolean(),
    atClosing: fc.constantFrom("serve-waiting", "lose-waiting"),
  })
  .map((g): Scenario => {
    const d = JSON.parse(JSON.stringify(company()));
    d.calendar = { ...d.calendar, days: 5, warmupDays: 1, atClosing: g.atClosing };
    d.walking = { betweenFloors: { kind: "uniform", min: 30, max: 90 } };
    const shift = g.lateBreak
      ? { start: "09:00", end: "18:00", breaks: [{ start: "17:50", duration: "30 min" }] }
      : { start: "09:00", end: "18:00" };
    staffCompany(d, g, { hourlyCost: 400, shift });
    if (g.overflowAfterWait) d.pools[0].overflow = { pool: "closers", afterWait: "45 s" };
    if (g.blending) d.pools[2].helps = [{ pool: "operators", whenWaiting: 2 }];
    if (g.policy !== "none")
      d.repeatWalkIn = {
        owner: "current sales",
        at: "consultants",
        to: "operators",
        policy: g.policy,
        inHand: g.handOff ? "hand-off" : "finish",
        ...(g.summonPatience ? { patience: { kind: "exponential", mean: "3 min" } } : {}),
      };
    d.fines = { lateManager: 500, notStartedConsultant: 300, notStartedManager: 300 };
    if (g.admins !== "none")
      d.pools.push({
        name: "admins",
        department: "current sales",
        staff: [{ name: "Alla", hourlyCost: 600, shift }],
        duties: {
          departments: ["current sales", "retail"],
          approveDealsOver: {
            value: 30_000,
            time: { kind: "exponential", mean: "3 min" },
            clientWaits: g.admins === "client-waits",
          },
          complaints: { share: 0.3, time: { kind: "exponential", mean: "4 min" } },
        },
      });
    for (const s of d.segments) s.retry = { probability: g.retry, delay: { kind: "exponential", mean: "30 min" } };
    return parseScenario(d);
  });

/** Runs one replication while checking the lines and who answers whom at every step. */
function runChecked(s: Scenario) {
  const spec = buildModel(s);
  const rep = new Replication(spec, "inv", 1);
  const problems: string[] = [];
  // Time each contact spends in each pool's line inside the window, measured apart from the engine.
  const inLineSince = new Map<Contact, number>();
  const lineSeconds = new Float64Array(spec.pools.length);
  const lineChecks: (() => void)[] = [];
  const clip = (from: number, to: number) => Math.max(0, Math.min(to, rep.windowEnd) - Math.max(from, rep.windowStart));
  rep.pools.forEach((pool, p) => {
    const line = pool.line;
    const push = line.push.bind(line);
    const shift = line.shift.bind(line);
    const remove = line.remove.bind(line);
    const left = (c: Contact) => {
      const since = inLineSince.get(c);
      if (since === undefined) return;
      inLineSince.delete(c);
      lineSeconds[p] = lineSeconds[p]! + clip(since, rep.sim.now);
    };
    const check = () => {
      const counted = [...line.waitingContacts()].length;
      if (line.length < 0 || counted !== line.length)
        problems.push(`pool ${pool.spec.name}: waiting count ${line.length}, line holds ${counted}`);
      if (pool.queueLength.current !== line.length)
        problems.push(`pool ${pool.spec.name}: queue level ${pool.queueLength.current} != ${line.length}`);
    };
    line.push = (c: Contact) => {
      push(c);
      inLineSince.set(c, rep.sim.now);
    };
    line.shift = () => {
      const c = shift();
      if (c !== undefined) left(c);
      return c;
    };
    line.remove = (c: Contact) => {
      if (c.waiting) left(c);
      remove(c);
    };
    lineChecks.push(check);
  });
  const startService = rep.service.startService.bind(rep.service);
  rep.service.startService = (agent: Agent, contact: Contact, now: number) => {
    const pool = spec.pools[agent.poolIndex]!;
    const helps = pool.helps.some((h) => h.pool === contact.pool);
    if (agent.poolIndex !== contact.pool && !helps)
      problems.push(`${agent.name} of ${pool.name} answers a contact in the line of ${spec.pools[contact.pool]?.name}`);
    startService(agent, contact, now);
    for (const check of lineChecks) check();
  };
  rep.run();
  for (const [c, since] of inLineSince) {
    const p = c.pool;
    if (p >= 0) lineSeconds[p] = lineSeconds[p]! + clip(since, rep.sim.now);
  }
  return { rep, spec, values: replicationValues(rep), problems, lineSeconds };
}

describe("invariants of the figures an owner reads, over random variations of the company", () => {
  it("the one who answers belongs to the pool whose line the client is in (or helps it), and every waiting count is its line's length, never negative", () => {
    fc.assert(
      fc.property(variations, (s) => {
        const { problems } = runChecked(s);
        expect(problems.slice(0, 3)).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });

  it("Little's law per pool: mean queue length = seconds clients spent in its line / seconds observed", () => {
    fc.assert(
      fc.property(variations, (s) => {
        const { spec, values, lineSeconds } = runChecked(s);
        const seconds = valueOf(values, { scope: "window", measure: "seconds" })!;
        spec.pools.forEach((p, i) => {
          expect(
            valueOf(values, { scope: "pool", subject: p.name, measure: "meanQueueLength" })!,
          ).toBeGreaterThanOrEqual(0);
          expect(valueOf(values, { scope: "pool", subject: p.name, measure: "meanQueueLength" })!).toBeCloseTo(
            lineSeconds[i]! / seconds,
            6,
          );
        });
      }),
      { numRuns: 20 },
    );
  });

  it("Little's law per channel: clients waiting on average (timed apart from the engine) = waits per second observed", () => {
    fc.assert(
      fc.property(variations, (s) => {
        const spec = buildModel(s);
        const rep = new Replication(spec, "little", 1);
        // Each counted client of a channel from arrival to the start of their service (or to
        // giving up), timed from outside the engine; clients still waiting when the run ends
        // (unfinished) have no wait and are left out. Area within the observation window.
        const area = new Float64Array(spec.channels.length);
        const since = new Map<Contact, number>();
        const close = (c: Contact, now: number) => {
          const start = since.get(c);
          if (start === undefined) return;
          since.delete(c);
          const to = Math.min(now, rep.windowEnd);
          if (to > start) area[c.channel] = area[c.channel]! + (to - start);
        };
        const newContact = rep.newContact.bind(rep);
        rep.newContact = (...args: Parameters<typeof rep.newContact>) => {
          const c = newContact(...args);
          if (c.counted) since.set(c, args[4]);
          return c;
        };
        const service = rep.service as unknown as { beginService: (a: Agent, c: Contact, now: number) => void };
        const begin = service.beginService.bind(rep.service);
        service.beginService = (a, c, now) => {
          close(c, now);
          begin(a, c, now);
        };
        const record = rep.record.bind(rep);
        rep.record = (c, e, now) => {
          if (e.outcome === OUTCOME.unfinished) since.delete(c);
          else close(c, now);
          record(c, e, now);
        };
        rep.run();
        const v = replicationValues(rep);
        const seconds = valueOf(v, { scope: "window", measure: "seconds" })!;
        spec.channels.forEach((c, k) => {
          const meanWait = valueOf(v, { scope: "channel", subject: c.name, measure: "meanWait" });
          if (meanWait === null || meanWait === undefined) return;
          // The contacts whose wait W counts: served, or given up while waiting or after a first answer.
          const n = (["served", "abandoned", "lostAtClosing", "transferUnanswered"] as const).reduce(
            (a, o) => a + (valueOf(v, { scope: "channel", subject: c.name, measure: o }) ?? 0),
            0,
          );
          const lambdaW = (meanWait * n) / seconds;
          const L = area[k]! / seconds;
          // Only a wait running past the end of the window is cut short in L.
          expect(L).toBeLessThanOrEqual(lambdaW * (1 + 1e-9) + 1e-12);
          expect(L).toBeGreaterThanOrEqual(lambdaW * 0.99 - 1e-9);
        });
      }),
      { numRuns: 20 },
    );
  });

  it("per channel, the wait of a served client is the end of their service less its work content, less the arrival", () => {
    fc.assert(
      fc.property(variations, (s) => {
        const spec = buildModel(s);
        const rep = new Replication(spec, "inv", 1);
        const sum = new Float64Array(spec.channels.length);
        const n = new Float64Array(spec.channels.length);
        const serve = rep.outcomes.serve.bind(rep.outcomes);
        rep.outcomes.serve = (contact: Contact, agent: Agent, now: number) => {
          if (contact.counted && !isTask(contact)) {
            sum[contact.channel] = sum[contact.channel]! + (now - contact.serviceSeconds - contact.arrivalTime);
            n[contact.channel] = n[contact.channel]! + 1;
          }
          return serve(contact, agent, now);
        };
        rep.run();
        const v = replicationValues(rep);
        spec.channels.forEach((c, i) => {
          if (n[i]! > 0)
            expect(valueOf(v, { scope: "channel", subject: c.name, measure: "meanWaitServed" })!).toBeCloseTo(
              sum[i]! / n[i]!,
              6,
            );
        });
      }),
      { numRuns: 20 },
    );
  });

  it("nobody is on shift outside their shift but to finish a client after it (no idling, merchandising or breaks out of hours)", () => {
    fc.assert(
      fc.property(variations, (s) => {
        const spec = buildModel(s);
        const rep = new Replication(spec, "inv", 1);
        const bad: string[] = [];
        for (const a of rep.agents)
          a.onStateChange = (agent, state, now) => {
            const clock = now % 86_400;
            const free = state === 1 || state === 4 || state === 5; // idle, on a break, merchandising
            if (free && (clock < 9 * 3600 || clock >= 18 * 3600)) bad.push(`${agent.name} state ${state} at ${now}`);
          };
        rep.run();
        expect(bad.slice(0, 3)).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });

  it("department and pool figures are the sums over their people; departments add up to the company", () => {
    fc.assert(
      fc.property(variations, (s) => {
        const { spec, values: v } = runChecked(s);
        const agentSum = (pools: string[], figure: Measure) =>
          spec.pools
            .filter((p) => pools.includes(p.name))
            .flatMap((p) =>
              p.staff.map((m) => valueOf(v, { scope: "person", pool: p.name, subject: m.name, measure: figure }) ?? 0),
            )
            .reduce((a, b) => a + b, 0);
        let revenue = 0;
        spec.departments.forEach((d, i) => {
          const pools = spec.pools.filter((p) => p.department === i).map((p) => p.name);
          expect(valueOf(v, { scope: "department", subject: d.name, measure: "revenue" })!).toBeCloseTo(
            agentSum(pools, "revenue"),
            4,
          );
          expect(valueOf(v, { scope: "department", subject: d.name, measure: "deals" })).toBe(agentSum(pools, "deals"));
          revenue += valueOf(v, { scope: "department", subject: d.name, measure: "revenue" })!;
        });
        expect(revenue).toBeCloseTo(valueOf(v, { scope: "overall", measure: "revenue" })!, 4);
        for (const p of spec.pools)
          expect(valueOf(v, { scope: "pool", subject: p.name, measure: "served" })).toBe(agentSum([p.name], "served"));
      }),
      { numRuns: 20 },
    );
  });

  it("lost sales never exceed the clients who left without buying, and lost clients never exceed lost contacts", () => {
    fc.assert(
      fc.property(variations, (s) => {
        const { spec, values: v } = runChecked(s);
        const best = Math.max(
          ...spec.segments.map((g) =>
            g.deal === null
              ? 0
              : Math.max(g.deal.probability, ...g.deal.byPool.filter((x) => x !== undefined)) * g.deal.value.mean,
          ),
        );
        expect(valueOf(v, { scope: "overall", measure: "lostClients" })!).toBeLessThanOrEqual(
          valueOf(v, { scope: "overall", measure: "lostContacts" })!,
        );
        for (const cause of LOSS_CAUSES) {
          if (cause === "waiting") continue;
          const clients = valueOf(v, {
            scope: "overall",
            measure: "lostClients",
            breakdown: { kind: "cause", value: cause },
          })!;
          expect(
            valueOf(v, { scope: "overall", measure: "lostRevenue", breakdown: { kind: "cause", value: cause } })!,
          ).toBeLessThanOrEqual(clients * best + 1e-6);
        }
      }),
      { numRuns: 20 },
    );
  });
});
