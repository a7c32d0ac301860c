import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EventQueue } from "../../../engine/core/index.js";

const noop = () => {};

describe("EventQueue", () => {
  it("pops events in (time, priority, sequence) order, never at random", () => {
    const q = new EventQueue();
    q.push(5, 1, noop, "c");
    q.push(5, 0, noop, "b");
    q.push(1, 9, noop, "a");
    q.push(5, 1, noop, "d");
    const order = [q.pop(), q.pop(), q.pop(), q.pop()].map((e) => e?.data);
    expect(order).toEqual(["a", "b", "c", "d"]);
    expect(q.pop()).toBeUndefined();
  });

  it("skips cancelled events and counts only live ones", () => {
    const q = new EventQueue();
    const a = q.push(1, 0, noop, "a");
    q.push(2, 0, noop, "b");
    q.cancel(a);
    q.cancel(a);
    expect(q.size).toBe(1);
    expect(q.pop()?.data).toBe("b");
    expect(q.size).toBe(0);
  });

  it("behaves like a sorted array under any sequence of pushes, pops and cancels (model-based)", () => {
    type Op = { op: "push"; time: number; priority: number } | { op: "pop" } | { op: "cancel"; pick: number };
    const ops = fc.array(
      fc.oneof(
        fc.record({
          op: fc.constant("push" as const),
          time: fc.integer({ min: 0, max: 20 }),
          priority: fc.integer({ min: 0, max: 3 }),
        }),
        fc.record({ op: fc.constant("pop" as const) }),
        fc.record({ op: fc.constant("cancel" as const), pick: fc.nat() }),
      ),
      { maxLength: 200 },
    );
    fc.assert(
      fc.property(ops, (list: Op[]) => {
        const q = new EventQueue();
        const model: { time: number; priority: number; seq: number; ev: ReturnType<EventQueue["push"]> }[] = [];
        let seq = 0;
        for (const o of list) {
          if (o.op === "push") {
            model.push({ time: o.time, priority: o.priority, seq: seq++, ev: q.push(o.time, o.priority, noop, seq) });
          } else if (o.op === "cancel") {
            if (model.length === 0) continue;
            const i = o.pick % model.length;
            q.cancel(model[i]!.ev);
            model.splice(i, 1);
          } else {
            model.sort((a, b) => a.time - b.time || a.priority - b.priority || a.seq - b.seq);
            const expected = model.shift();
            const got = q.pop();
            expect(got?.sequence).toBe(expected?.ev.sequence);
          }
          expect(q.size).toBe(model.length);
        }
      }),
    );
  });
});
