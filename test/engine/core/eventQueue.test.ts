import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EventQueue } from "../../../engine/core/index.js";

const noop = () => {};
const pop = (q: EventQueue) =>
  q.popUntil(Infinity) ? { sequence: q.lastSequence, data: q.lastData, priority: q.lastPriority } : undefined;

describe("EventQueue", () => {
  it("pops events in (time, priority, sequence) order, never at random", () => {
    const q = new EventQueue();
    q.push(5, 1, noop, "c");
    q.push(5, 0, noop, "b");
    q.push(1, 9, noop, "a");
    q.push(5, 1, noop, "d");
    const order = [pop(q), pop(q), pop(q), pop(q)].map((e) => e?.data);
    expect(order).toEqual(["a", "b", "c", "d"]);
    expect(pop(q)).toBeUndefined();
  });

  it("skips cancelled events and counts only live ones", () => {
    const q = new EventQueue();
    const a = q.push(1, 0, noop, "a");
    q.push(2, 0, noop, "b");
    expect(q.cancel(a)).toBe(true);
    expect(q.cancel(a)).toBe(false);
    expect(q.size).toBe(1);
    expect(pop(q)?.data).toBe("b");
    expect(q.size).toBe(0);
  });

  it("never lets a handle kept after its event fired cancel a later event in the same slot", () => {
    const q = new EventQueue();
    const old = q.push(1, 0, noop, "old");
    pop(q);
    q.push(2, 0, noop, "new");
    expect(q.cancel(old)).toBe(false);
    expect(pop(q)?.data).toBe("new");
  });

  it("refuses priorities it cannot order exactly", () => {
    expect(() => new EventQueue().push(0, 1024, noop, null)).toThrow(/whole priority from 0 to 1023/);
    expect(() => new EventQueue().push(0, 0.5, noop, null)).toThrow(/whole priority/);
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
      { maxLength: 300 },
    );
    fc.assert(
      fc.property(ops, (list: Op[]) => {
        const q = new EventQueue();
        const model: { time: number; priority: number; seq: number; handle: number }[] = [];
        let seq = 0;
        for (const o of list) {
          if (o.op === "push") {
            model.push({ time: o.time, priority: o.priority, seq, handle: q.push(o.time, o.priority, noop, seq) });
            seq++;
          } else if (o.op === "cancel") {
            if (model.length === 0) continue;
            const i = o.pick % model.length;
            expect(q.cancel(model[i]!.handle)).toBe(true);
            model.splice(i, 1);
          } else {
            model.sort((a, b) => a.time - b.time || a.priority - b.priority || a.seq - b.seq);
            const expected = model.shift();
            const got = pop(q);
            expect(got?.data).toBe(expected?.seq);
            if (expected) expect(got?.sequence).toBe(expected.seq);
          }
          expect(q.size).toBe(model.length);
        }
      }),
    );
  });
});
