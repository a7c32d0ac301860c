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
    for (const bad of [-1, 1023.5, 2 ** 32, 2 ** 32 + 1, -(2 ** 31), NaN, Infinity, -Infinity]) {
      expect(() => new EventQueue().push(0, bad, noop, null)).toThrow(/whole priority/);
    }
    const q = new EventQueue();
    for (const good of [0, 1, 512, 1023]) q.push(0, good, noop, good);
    expect([pop(q), pop(q), pop(q), pop(q)].map((e) => e?.priority)).toEqual([0, 1, 512, 1023]);
  });

  it("refuses a NaN time and accepts infinite ones", () => {
    expect(() => new EventQueue().push(NaN, 0, noop, null)).toThrow(/requires a time, got NaN/);
    const q = new EventQueue();
    q.push(Infinity, 0, noop, "late");
    q.push(-Infinity, 0, noop, "early");
    expect([pop(q)?.data, pop(q)?.data]).toEqual(["early", "late"]);
  });

  it("cancels nothing with a handle it never gave", () => {
    const q = new EventQueue();
    q.push(1, 0, noop, "a");
    for (const bogus of [-1, -(2 ** 24), 0.5, 1, 2 ** 24, 2 ** 53, NaN, Infinity]) expect(q.cancel(bogus)).toBe(false);
    expect(q.size).toBe(1);
    expect(pop(q)?.data).toBe("a");
  });

  it("keeps the fired event's handle dead while its handler runs and after its slot is reused", () => {
    const q = new EventQueue();
    const first = q.push(1, 0, noop, "first");
    q.push(3, 0, noop, "third");
    expect(pop(q)?.data).toBe("first");
    // The handler of "first" would run now: its own handle cancels nothing, ...
    expect(q.cancel(first)).toBe(false);
    // ... and an event it schedules (which takes the freed slot) is not cancelled by it either.
    const second = q.push(2, 0, noop, "second");
    expect(q.cancel(first)).toBe(false);
    expect(q.size).toBe(2);
    expect(q.peekTime()).toBe(2);
    expect(pop(q)?.data).toBe("second");
    expect(q.cancel(second)).toBe(false);
    expect(pop(q)?.data).toBe("third");
    expect(pop(q)).toBeUndefined();
    expect(q.peekTime()).toBe(Infinity);
  });

  it("leaves an event later than the limit in place, whether or not a push followed the last pop", () => {
    const q = new EventQueue();
    q.push(1, 0, noop, "a");
    q.push(5, 0, noop, "b");
    expect(q.popUntil(2)).toBe(true);
    expect(q.popUntil(2)).toBe(false);
    expect(q.size).toBe(1);
    q.push(3, 0, noop, "c");
    expect(q.popUntil(4) && q.lastData).toBe("c");
    q.push(4, 0, noop, "d");
    expect(q.popUntil(4) && q.lastData).toBe("d");
    expect(q.popUntil(4)).toBe(false);
    expect(pop(q)?.data).toBe("b");
  });

  it("orders thousands of pending events, many at equal times, as a sorted array does", () => {
    const q = new EventQueue();
    const expected: { time: number; priority: number; seq: number }[] = [];
    let x = 7;
    for (let seq = 0; seq < 5000; seq++) {
      x = (x * 48271) % 2147483647;
      const e = { time: x % 97, priority: x % 5, seq };
      expected.push(e);
      q.push(e.time, e.priority, noop, seq);
    }
    expected.sort((a, b) => a.time - b.time || a.priority - b.priority || a.seq - b.seq);
    const got: { time: number; priority: number; seq: number }[] = [];
    while (q.popUntil(Infinity)) got.push({ time: q.lastTime, priority: q.lastPriority, seq: q.lastSequence });
    expect(got).toEqual(expected);
  });

  it("behaves like a sorted array under any sequence of pushes, pops up to a time, peeks and cancels (model-based)", () => {
    type Op =
      | { op: "push"; time: number; priority: number }
      | { op: "pop"; limit: number }
      | { op: "peek" }
      | { op: "cancel"; pick: number };
    const ops = fc.array(
      fc.oneof(
        fc.record({
          op: fc.constant("push" as const),
          time: fc.integer({ min: 0, max: 20 }),
          priority: fc.integer({ min: 0, max: 3 }),
        }),
        // A pop with no limit, or one up to a time that may lie before the next event.
        fc.record({
          op: fc.constant("pop" as const),
          limit: fc.oneof(fc.constant(Infinity), fc.integer({ min: 0, max: 20 })),
        }),
        fc.record({ op: fc.constant("peek" as const) }),
        fc.record({ op: fc.constant("cancel" as const), pick: fc.nat() }),
      ),
      { maxLength: 300 },
    );
    fc.assert(
      fc.property(ops, (list: Op[]) => {
        const q = new EventQueue();
        const model: { time: number; priority: number; seq: number; handle: number }[] = [];
        const dead: number[] = [];
        const order = () => model.sort((a, b) => a.time - b.time || a.priority - b.priority || a.seq - b.seq);
        let seq = 0;
        for (const o of list) {
          if (o.op === "push") {
            model.push({ time: o.time, priority: o.priority, seq, handle: q.push(o.time, o.priority, noop, seq) });
            seq++;
          } else if (o.op === "cancel") {
            if (model.length === 0) continue;
            // The next event (the heap's root) is cancelled as often as any other.
            order();
            const i = o.pick % 2 === 0 ? 0 : o.pick % model.length;
            expect(q.cancel(model[i]!.handle)).toBe(true);
            dead.push(model[i]!.handle);
            model.splice(i, 1);
          } else if (o.op === "peek") {
            order();
            expect(q.peekTime()).toBe(model.length > 0 ? model[0]!.time : Infinity);
          } else {
            order();
            const next = model[0];
            if (next === undefined || next.time > o.limit) {
              expect(q.popUntil(o.limit)).toBe(false);
            } else {
              model.shift();
              expect(q.popUntil(o.limit)).toBe(true);
              expect(q.lastData).toBe(next.seq);
              expect(q.lastTime).toBe(next.time);
              expect(q.lastPriority).toBe(next.priority);
              expect(q.lastSequence).toBe(next.seq);
              dead.push(next.handle);
            }
          }
          expect(q.size).toBe(model.length);
          // A handle whose event fired or was cancelled never cancels anything, slot reused or not.
          if (dead.length > 0) expect(q.cancel(dead[seq % dead.length]!)).toBe(false);
        }
      }),
    );
  });
});
