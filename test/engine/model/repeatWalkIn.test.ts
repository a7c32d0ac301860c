import { describe, expect, it } from "vitest";
import { runReplication, type ReplicationOutput } from "../../../engine/run/index.js";
import { buildModel } from "../../../engine/scenario/index.js";
import { repeatWalkIns } from "../../helpers/repeatWalkIn.js";

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
    expect(out.values["fines.total"]).toBe(0);
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
    expect(out.values["fines.count.lateManager"]).toBe((out.values["fines.lateManager"]! as number) / 500);
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
    }
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
    expect(out.values["fines.notStartedConsultant"]).toBe(0);
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
    expect(out.values["agent.consultants.c1.share.walking"] as number).toBeGreaterThan(0);
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
    expect(out.values["overall.lostRevenue.refusedUpstairs"] as number).toBeGreaterThan(0);
  });
});
