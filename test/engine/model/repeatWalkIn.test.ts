import { describe, expect, it } from "vitest";
import { runReplication, type ReplicationOutput } from "../../../engine/run/index.js";
import { reactionFactor } from "../../../engine/model/repeatWalkIn/index.js";
import { buildModel } from "../../../engine/scenario/index.js";
import { repeatWalkIns } from "../../helpers/repeatWalkIn.js";
import { valueOf } from "../../../engine/results/index.js";

const run = (s: Parameters<typeof buildModel>[0]) => runReplication(buildModel(s), "rw", 1);

/** Per contact: its events in order, with the pools of the agents involved. */
function storiesOf(out: ReplicationOutput) {
  const t = out.trace!;
  const client = new Map(t.contacts.map(([id, key]) => [id, key]));
  const byId = new Map<number, { client: string; events: [number, string, string][] }>();
  for (const [time, what, id, agent, pool] of t.events) {
    if (!byId.has(id)) byId.set(id, { client: client.get(id) ?? "", events: [] });
    const who = agent >= 0 ? t.agents[agent]! : pool >= 0 ? t.pools[pool]! : "";
    byId.get(id)!.events.push([time, what, who]);
  }
  return [...byId.values()];
}
const summoned = (out: ReplicationOutput) => storiesOf(out).filter((s) => s.events.some(([, w]) => w === "summoned"));
const has = (s: { events: [number, string, string][] }, what: string) => s.events.some(([, w]) => w === what);
const at = (s: { events: [number, string, string][] }, what: string) => s.events.find(([, w]) => w === what)?.[0];

describe("the summon rule (d)", () => {
  it("manager in time: a free manager is named, serves at the workstation, and nobody is fined", () => {
    const out = run(repeatWalkIns({ policy: "summon", walkSeconds: 60, operators: 4, manager: "least-workload" }));
    const list = summoned(out);
    expect(list.length).toBeGreaterThan(20);
    for (const s of list) {
      expect(has(s, "manager-arrived")).toBe(true);
      expect(at(s, "manager-arrived")! - at(s, "summoned")!).toBeLessThanOrEqual(240);
      expect(s.events.some(([, w]) => w.startsWith("fine:"))).toBe(false);
    }
    expect(valueOf(out.values, { scope: "fines", measure: "fines" })).toBe(0);
  });

  it("manager late: at N the free consultant starts and finishes; the manager is fined and walks back", () => {
    const out = run(repeatWalkIns({ policy: "summon", walkSeconds: 300, consultants: 4 }));
    const list = summoned(out);
    expect(list.length).toBeGreaterThan(20);
    let late = 0;
    for (const s of list) {
      const deadline = at(s, "summoned")! + 240;
      expect(has(s, "fine:lateManager")).toBe(true);
      expect(at(s, "fine:lateManager")).toBeCloseTo(deadline, 6);
      if (has(s, "consultant-starts")) {
        expect(has(s, "manager-late")).toBe(true);
        expect(has(s, "fine:notStartedConsultant")).toBe(false);
        late++;
      }
    }
    expect(late).toBeGreaterThan(10);
    expect(
      valueOf(out.values, {
        scope: "fines",
        measure: "fineCount",
        breakdown: { kind: "reason", value: "lateManager" },
      }),
    ).toBe(
      (valueOf(out.values, {
        scope: "fines",
        measure: "fines",
        breakdown: { kind: "reason", value: "lateManager" },
      })! as number) / 500,
    );
  });

  it("consultant busy at N counts as not starting: both are fined, and whoever is free first serves", () => {
    const out = run(repeatWalkIns({ policy: "summon", walkSeconds: 300, consultants: 1, retailPerHour: 2.5 }));
    const notStarted = summoned(out).filter((s) => has(s, "not-started"));
    expect(notStarted.length).toBeGreaterThan(3);
    for (const s of notStarted) {
      expect(has(s, "fine:lateManager")).toBe(true);
      expect(has(s, "fine:notStartedConsultant")).toBe(true);
      expect(has(s, "fine:notStartedManager")).toBe(true);
      expect(has(s, "served") || has(s, "unfinished")).toBe(true);
      // A manager reaching the client after N is traced as late, never as arriving in time.
      expect(has(s, "manager-arrived")).toBe(false);
    }
    expect(notStarted.some((s) => has(s, "manager-arrived-late"))).toBe(true);
  });

  it("consultant busy at N does not count when the setting says so: only the late manager is fined", () => {
    const out = run(
      repeatWalkIns({
        policy: "summon",
        walkSeconds: 300,
        consultants: 1,
        retailPerHour: 2.5,
        busyCountsAsNotStarting: false,
      }),
    );
    const notStarted = summoned(out).filter((s) => has(s, "not-started"));
    expect(notStarted.length).toBeGreaterThan(3);
    for (const s of notStarted) {
      expect(has(s, "fine:lateManager")).toBe(true);
      expect(has(s, "fine:notStartedConsultant")).toBe(false);
    }
    expect(
      valueOf(out.values, {
        scope: "fines",
        measure: "fines",
        breakdown: { kind: "reason", value: "notStartedConsultant" },
      }),
    ).toBe(0);
  });

  it("current sales overloaded (nobody free): the consultant serves alone and nobody is fined", () => {
    const out = run(repeatWalkIns({ policy: "summon", operators: 1, callsPerHour: 20 }));
    const overloaded = storiesOf(out).filter((s) => has(s, "owner-overloaded"));
    expect(overloaded.length).toBeGreaterThan(10);
    for (const s of overloaded) {
      expect(has(s, "summoned")).toBe(false);
      expect(s.events.some(([, w]) => w.startsWith("fine:"))).toBe(false);
      const answers = s.events.filter(([, w]) => w === "answer").map(([, , who]) => who);
      expect(answers.every((who) => who.startsWith("c"))).toBe(true);
    }
  });
});

describe("the other repeat walk-in policies", () => {
  const registeredWalkIns = (out: ReplicationOutput) => storiesOf(out).filter((s) => s.client.startsWith("base:"));

  it("(a) escort: a consultant walks the client up; an operator serves them upstairs", () => {
    const out = run(repeatWalkIns({ policy: "escort" }));
    const list = registeredWalkIns(out).filter((s) => has(s, "escort"));
    expect(list.length).toBeGreaterThan(20);
    for (const s of list) {
      const answers = s.events.filter(([, w]) => w === "answer").map(([, , who]) => who);
      expect(answers[0]!.startsWith("c")).toBe(true);
      if (answers.length > 1) expect(answers[1]!.startsWith("o")).toBe(true);
    }
    expect(
      valueOf(out.values, {
        scope: "person",
        subject: "c1",
        pool: "consultants",
        measure: "share",
        breakdown: { kind: "state", value: "walking" },
      }) as number,
    ).toBeGreaterThan(0);
  });

  it("(b) serve: retail serves the client itself", () => {
    const list = registeredWalkIns(run(repeatWalkIns({ policy: "serve" }))).filter((s) => has(s, "answer"));
    expect(list.length).toBeGreaterThan(20);
    for (const s of list)
      expect(s.events.filter(([, w]) => w === "answer").every(([, , who]) => who.startsWith("c"))).toBe(true);
  });

  it("(c) send upstairs: a share will not go and is lost; the others are served upstairs", () => {
    const out = run(repeatWalkIns({ policy: "send-upstairs", refuseUpstairs: 0.3 }));
    const list = registeredWalkIns(out);
    const refused = list.filter((s) => has(s, "refusedUpstairs")).length;
    expect(refused / list.length).toBeGreaterThan(0.2);
    expect(refused / list.length).toBeLessThan(0.4);
    for (const s of list.filter((x) => has(x, "answer"))) {
      expect(s.events.filter(([, w]) => w === "answer").every(([, , who]) => who.startsWith("o"))).toBe(true);
    }
    expect(
      valueOf(out.values, {
        scope: "overall",
        measure: "lostRevenue",
        breakdown: { kind: "cause", value: "refusedUpstairs" },
      }) as number,
    ).toBeGreaterThan(0);
  });
});

describe("the summoned manager's reaction", () => {
  /** Pairs (reaction seconds, wrap-up seconds) of summoned clients served by a free manager. */
  function reactionAndWrapUp(out: ReplicationOutput, walkSeconds: number) {
    const t = out.trace!;
    const pairs: [number, number][] = [];
    for (const s of summoned(out)) {
      const reaction = at(s, "manager-arrived")! - at(s, "summoned")! - walkSeconds;
      const end = s.events.find(([, w]) => w === "service-end");
      if (end === undefined || !end[2].startsWith("o")) continue;
      // The manager walks back after the service, then wraps up: wrap-up = next state change - wrap-up start.
      const agent = t.agents.indexOf(end[2]);
      const after = t.events.filter(([time, w, , a]) => a === agent && time > end[0] && w.startsWith("state:"));
      const wrap = after.findIndex(([, w]) => w === "state:wrapUp");
      if (wrap < 0 || wrap + 1 >= after.length) continue;
      pairs.push([reaction, after[wrap + 1]![0] - after[wrap]![0]]);
    }
    return pairs;
  }
  const pearson = (xs: number[], ys: number[]) => {
    const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
    const my = ys.reduce((a, b) => a + b, 0) / ys.length;
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    xs.forEach((x, i) => {
      sxy += (x - mx) * (ys[i]! - my);
      sxx += (x - mx) ** 2;
      syy += (ys[i]! - my) ** 2;
    });
    return sxy / Math.sqrt(sxx * syy);
  };

  it("has a draw of its own: it is not correlated with the wrap-up of the same contact", () => {
    const out = run(
      repeatWalkIns({
        policy: "summon",
        walkSeconds: 60,
        operators: 4,
        manager: "least-workload",
        operatorWrapUp: { kind: "uniform", min: "30 s", max: "90 s" },
        rule: { reaction: { kind: "exponential", mean: "1 min" } },
        fines: { lateManager: 0, notStartedConsultant: 0, notStartedManager: 0 },
      }),
    );
    const pairs = reactionAndWrapUp(out, 60);
    expect(pairs.length).toBeGreaterThan(30);
    expect(
      Math.abs(
        pearson(
          pairs.map((p) => p[0]),
          pairs.map((p) => p[1]),
        ),
      ),
    ).toBeLessThan(0.3);
  });

  it("shortens as the fine for lateness grows, by the stated curve, so N and the fine can be tuned", () => {
    const mean = (lateManager: number) => {
      const out = run(
        repeatWalkIns({
          policy: "summon",
          walkSeconds: 60,
          operators: 4,
          manager: "least-workload",
          rule: { reaction: { kind: "deterministic", value: 100 }, reactionToFine: { maxCut: 0.5, payHours: 1 } },
          fines: { lateManager, notStartedConsultant: 0, notStartedManager: 0 },
        }),
      );
      const list = summoned(out);
      const times = list.map((s) => at(s, "manager-arrived")! - at(s, "summoned")! - 60);
      return times.reduce((a, b) => a + b, 0) / times.length;
    };
    // Hourly pay 400: factor 1 - 0.5 (1 - exp(-fine / 400)).
    expect(mean(0)).toBeCloseTo(100, 6);
    expect(mean(400)).toBeCloseTo(100 * (1 - 0.5 * (1 - Math.exp(-1))), 6);
    expect(mean(4000)).toBeCloseTo(100 * (1 - 0.5 * (1 - Math.exp(-10))), 6);
  });

  it("is 1 - maxCut (1 - exp(-fine / (pay x hours))): no fine leaves it, a huge fine cuts it by maxCut", () => {
    expect(reactionFactor(0, 450, 0.6, 1)).toBe(1);
    expect(reactionFactor(450, 450, 0.6, 1)).toBeCloseTo(1 - 0.6 * (1 - Math.exp(-1)), 12);
    expect(reactionFactor(1e9, 450, 0.6, 1)).toBeCloseTo(0.4, 12);
    expect(reactionFactor(100, 0, 0.6, 1)).toBeCloseTo(0.4, 12);
  });
});

describe("the named manager's client in hand", () => {
  it("hand-off: a busy manager hands the client in hand to a free colleague and goes down at once", () => {
    const out = run(
      repeatWalkIns({
        policy: "summon",
        walkSeconds: 60,
        operators: 3,
        callsPerHour: 4,
        manager: "own-manager-first",
        rule: { inHand: "hand-off" },
      }),
    );
    const handOffs = storiesOf(out).filter((s) => has(s, "hand-off"));
    expect(handOffs.length).toBeGreaterThan(3);
    for (const s of handOffs) {
      // The colleague takes over and the one who last took the client over finishes it.
      const answered = s.events.find(([, w]) => w === "answer")![2];
      const takers = s.events.filter(([, w]) => w === "hand-off").map(([, , who]) => who);
      expect(takers[0]).not.toBe(answered);
      expect(s.events.find(([, w]) => w === "service-end")![2]).toBe(takers.at(-1));
    }
  });

  it("finish (the default): nobody hands a client off", () => {
    const out = run(repeatWalkIns({ policy: "summon", walkSeconds: 60, operators: 3, callsPerHour: 4 }));
    expect(storiesOf(out).some((s) => has(s, "hand-off"))).toBe(false);
  });
});

describe("a client waiting for a summoned manager", () => {
  it("leaves after the rule's patience when the manager is slow, counted as abandoned, and nobody is fined for them", () => {
    const out = run(
      repeatWalkIns({
        policy: "summon",
        walkSeconds: 60,
        operators: 4,
        consultants: 4,
        rule: { reaction: { kind: "deterministic", value: 600 }, patience: { kind: "deterministic", value: 120 } },
        fines: { lateManager: 500, notStartedConsultant: 0, notStartedManager: 0 },
      }),
    );
    const list = summoned(out);
    expect(list.length).toBeGreaterThan(20);
    for (const s of list) {
      expect(has(s, "left-waiting-for-manager")).toBe(true);
      expect(at(s, "left-waiting-for-manager")! - at(s, "summoned")!).toBeCloseTo(120, 6);
      expect(has(s, "abandoned")).toBe(true);
      expect(has(s, "fine:lateManager")).toBe(false);
    }
    expect(valueOf(out.values, { scope: "fines", measure: "fines" })).toBe(0);
  });
});

describe("the wait of a repeat walk-in", () => {
  /** Mean over counted served walk-ins of (last answer - arrival) and (first answer - arrival), from the trace. */
  function fromTrace(out: ReplicationOutput) {
    const waits: number[] = [];
    const firsts: number[] = [];
    for (const s of storiesOf(out)) {
      const arrived = at(s, "arrive");
      if (arrived === undefined || arrived < 86_400 || !has(s, "served")) continue;
      const end = at(s, "service-end")!;
      const answers = s.events.filter(([time, w]) => w === "answer" && time <= end).map(([time]) => time);
      waits.push(answers.at(-1)! - arrived);
      firsts.push(answers[0]! - arrived);
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    return { wait: mean(waits), firstAnswer: mean(firsts), n: waits.length };
  }

  for (const policy of ["summon", "escort", "send-upstairs", "serve"] as const) {
    it(`${policy}: runs until the one who serves starts serving; the first answer is a figure of its own`, () => {
      const out = run(repeatWalkIns({ policy, walkSeconds: 120, operators: 2, manager: "least-workload" }));
      const t = fromTrace(out);
      expect(t.n).toBeGreaterThan(50);
      expect(valueOf(out.values, { scope: "channel", subject: "walk-in", measure: "meanWaitServed" })).toBeCloseTo(
        t.wait,
        6,
      );
      if (policy === "summon" || policy === "escort") {
        // The summoned manager's walk (or the escort's) is inside the wait, not after it.
        expect(t.wait).toBeGreaterThan(t.firstAnswer + 60);
        expect(
          valueOf(out.values, { scope: "channel", subject: "walk-in", measure: "meanTimeToAnswer" })!,
        ).toBeLessThan(t.wait - 60);
      }
    });
  }
});

describe("limit cases of the summon rule", () => {
  it("a manager always free: every summoned client's wait is the call plus the reaction plus the walk down", () => {
    // Call 30 s, reaction 20 s (no fine, so no cut), walk 60 s: W = 110 s for each summoned client served.
    const out = run(
      repeatWalkIns({
        policy: "summon",
        walkSeconds: 60,
        operators: 6,
        consultants: 6,
        manager: "least-workload",
        fines: { lateManager: 0, notStartedConsultant: 0, notStartedManager: 0 },
      }),
    );
    const waits = summoned(out)
      .filter((s) => has(s, "manager-arrived"))
      .map((s) => at(s, "manager-arrived")! - at(s, "arrive")!);
    expect(waits.length).toBeGreaterThan(50);
    for (const w of waits) expect(w).toBeCloseTo(110, 6);
    expect(valueOf(out.values, { scope: "channel", subject: "walk-in", measure: "meanWaitServed" })).toBeCloseTo(
      110,
      6,
    );
    expect(valueOf(out.values, { scope: "channel", subject: "walk-in", measure: "meanTimeToAnswer" })).toBeCloseTo(
      0,
      6,
    );
  });

  it("every manager late (a walk longer than N): every summon is fined once for lateness", () => {
    const out = run(repeatWalkIns({ policy: "summon", walkSeconds: 600, operators: 4, consultants: 4 }));
    const list = summoned(out);
    expect(list.length).toBeGreaterThan(20);
    for (const s of list) expect(s.events.filter(([, w]) => w === "fine:lateManager").length).toBe(1);
    const counted = valueOf(out.values, {
      scope: "fines",
      measure: "fineCount",
      breakdown: { kind: "reason", value: "lateManager" },
    })!;
    expect(counted).toBeGreaterThan(0);
    expect(
      valueOf(out.values, { scope: "fines", measure: "fines", breakdown: { kind: "reason", value: "lateManager" } }),
    ).toBe(counted * 500);
  });

  it("without fines (every amount 0) still counts every late manager, at no money", () => {
    const out = run(
      repeatWalkIns({
        policy: "summon",
        walkSeconds: 600,
        operators: 4,
        consultants: 4,
        fines: { lateManager: 0, notStartedConsultant: 0, notStartedManager: 0 },
      }),
    );
    const list = summoned(out);
    expect(list.length).toBeGreaterThan(20);
    const lateness = { scope: "fines", breakdown: { kind: "reason", value: "lateManager" } } as const;
    const counted = valueOf(out.values, { ...lateness, measure: "fineCount" })!;
    expect(counted).toBeGreaterThan(20);
    // The same count as with fines, where every summon was fined once for lateness.
    const withFines = run(repeatWalkIns({ policy: "summon", walkSeconds: 600, operators: 4, consultants: 4 }));
    expect(counted).toBe(valueOf(withFines.values, { ...lateness, measure: "fineCount" }));
    expect(valueOf(out.values, { ...lateness, measure: "fines" })).toBe(0);
    expect(valueOf(out.values, { scope: "fines", measure: "fines" })).toBe(0);
  });
});
