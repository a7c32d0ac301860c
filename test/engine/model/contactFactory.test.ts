import { describe, expect, it } from "vitest";
import { CLIENT_STATUS, type Client } from "../../../engine/model/client.js";
import { isTask } from "../../../engine/model/contact.js";
import { ContactFactory, usesCompanyPart } from "../../../engine/model/contactFactory.js";
import { ORIGIN } from "../../../engine/model/contactOrigin.js";
import { TASK } from "../../../engine/model/contactTask.js";
import { namedStream } from "../../../engine/random/index.js";
import { valueOf } from "../../../engine/results/index.js";
import { runReplication } from "../../../engine/run/index.js";
import { buildModel, parseScenario } from "../../../engine/scenario/index.js";
import { company } from "../../helpers/company.js";

const plain = buildModel(
  parseScenario({
    name: "M/M/2",
    calendar: { openingHours: "always" },
    stop: { arrivals: 100 },
    segments: [{ name: "all" }],
    channels: [{ name: "call" }],
    arrivals: [{ channel: "call", segment: "all", ratePerHour: 60, serviceTime: { kind: "exponential", mean: 60 } }],
    pools: [{ name: "agents", staff: 2 }],
    routing: [{ pool: "agents" }],
  }),
);

function oneOff(segment = 0): Client {
  return {
    key: "test#0",
    segment,
    status: CLIENT_STATUS.new,
    deals: 0,
    firstDealValue: 0,
    owner: -1,
    ownManager: -1,
    saidColdCalled: false,
    draws: null,
    gone: false,
    baseIndex: -1,
    filedOwner: -1,
    ownerIndex: -1,
    prefersPhone: false,
    consultant: -1,
  };
}

describe("ContactFactory", () => {
  it("gives the contacts of a plain queueing model no company part: a client's own contact, never a task", () => {
    expect(usesCompanyPart(plain)).toBe(false);
    const contact = new ContactFactory(plain).create(oneOff(), 0, 0, 10, namedStream("1", 1, "t"), true, 0);
    expect(contact.company).toBeNull();
    expect(isTask(contact)).toBe(false);
    expect(contact.arrivalTime).toBe(10);
    expect(contact.serviceSeconds).toBeGreaterThan(0);
  });

  it("draws the same uniforms whether or not the contacts carry the company part", () => {
    const withLines = { ...plain, channels: plain.channels.map((c) => ({ ...c, publicNumber: true })) };
    expect(usesCompanyPart(withLines)).toBe(true);
    const a = new ContactFactory(withLines).create(oneOff(), 0, 0, 10, namedStream("1", 1, "t"), true, 0);
    const b = new ContactFactory(plain).create(oneOff(), 0, 0, 10, namedStream("1", 1, "t"), true, 0);
    expect(a.company!.origin).toBe(ORIGIN.client);
    expect(a.company!.task).toBe(TASK.none);
    expect(a.company!.onLine).toBe(false);
    expect(b.company).toBeNull();
    const core = (c: typeof a) => [c.serviceSeconds, c.patienceSeconds, c.wrapUpUniform, c.balkUniform];
    expect(core(a)).toEqual(core(b));
  });

  it("makes a task of a contact: same client and draws, its own kind, pool and floor, no follow-up, counted as its contact", () => {
    const spec = buildModel(company());
    const factory = new ContactFactory(spec);
    const contact = factory.create(oneOff(), 0, 0, 10, namedStream("1", 1, "t"), true, 0);
    const task = factory.task(contact, 1, 90, 500, 3, TASK.approval, 2);
    expect(isTask(task)).toBe(true);
    expect(isTask(contact)).toBe(false);
    expect(task.client).toBe(contact.client);
    expect(task.id).not.toBe(contact.id);
    expect([task.pool, task.serviceSeconds, task.arrivalTime, task.interval, task.counted]).toEqual([
      1,
      90,
      500,
      3,
      true,
    ]);
    expect(task.patienceSeconds).toBe(Infinity);
    expect(task.company!.task).toBe(TASK.approval);
    expect(task.company!.floor).toBe(2);
    expect(task.company!.next).toBeNull();
    expect(task.company!.paymentUniform).toBe(contact.company!.paymentUniform);
  });

  it("leaves a plain queueing model with departments and lost clients without company parts, and it runs to the end", () => {
    const spec = buildModel(
      parseScenario({
        name: "M/M/1+M in a department",
        calendar: { openingHours: "always" },
        stop: { arrivals: 2000 },
        departments: [{ name: "sales" }],
        segments: [{ name: "all" }],
        channels: [{ name: "call" }],
        arrivals: [
          {
            channel: "call",
            segment: "all",
            ratePerHour: 90,
            serviceTime: { kind: "exponential", mean: 60 },
            patience: { kind: "exponential", mean: 30 },
          },
        ],
        pools: [{ name: "agents", staff: 1, department: "sales" }],
        routing: [{ pool: "agents" }],
      }),
    );
    expect(usesCompanyPart(spec)).toBe(false);
    const out = runReplication(spec, "1", 1);
    expect(valueOf(out.values, { scope: "overall", measure: "arrivals" })).toBe(2000);
    expect(valueOf(out.values, { scope: "overall", measure: "abandoned" })).toBeGreaterThan(0);
  });
});
