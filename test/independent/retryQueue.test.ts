import { describe, expect, it } from "vitest";
import { compare } from "./retryQueueComparison.js";
import { normalQuantile, studentTQuantile, welchInterval } from "./welch.js";

const REPLICATIONS = 20;
const LEVEL = 0.99;

/** The figures whose 99% interval of engine minus model leaves out 0, with both means. */
function disagreements(retryProbability: number): string[] {
  return compare(retryProbability, REPLICATIONS, LEVEL)
    .filter(({ interval: w }) => !(w.low <= 0 && 0 <= w.high))
    .map(
      ({ figure, interval: w }) =>
        `${figure}: engine ${w.a.mean}, model ${w.b.mean}, difference ${w.difference} in [${w.low}, ${w.high}]`,
    );
}

describe("the engine agrees with an independent model of one queue whose clients give up and retry", () => {
  it("when nobody retries, contacts, served, lost contacts, lost clients, lost sales, wait and deals agree", () => {
    expect(disagreements(0)).toEqual([]);
  });

  it("when half of those who give up retry, every figure agrees, lost clients included", () => {
    expect(disagreements(0.5)).toEqual([]);
  });

  it("when everyone retries, nobody is lost and every other figure agrees", () => {
    expect(disagreements(1)).toEqual([]);
  });
});

describe("the statistics of the comparison", () => {
  it("the normal and Student t quantiles match the printed tables", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.005)).toBeCloseTo(-2.575829, 5);
    expect(studentTQuantile(0.995, 10)).toBeCloseTo(3.169273, 3);
    expect(studentTQuantile(0.995, 19)).toBeCloseTo(2.860935, 4);
    expect(studentTQuantile(0.995, 30)).toBeCloseTo(2.749996, 4);
    expect(studentTQuantile(0.975, 40)).toBeCloseTo(2.021075, 4);
  });

  it("a Welch interval is centred on the difference and is a point when neither sample varies", () => {
    const w = welchInterval([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0.95);
    expect(w.difference).toBe(6);
    expect(w.df).toBeCloseTo(10, 9);
    // sd of 1..11 is sqrt(11); half-width t(0.975, 10) x sqrt(11 / 11) = 2.228139.
    expect(w.high - w.difference).toBeCloseTo(2.228139, 2);
    const same = welchInterval([3, 3, 3], [3, 3, 3], 0.99);
    expect([same.low, same.high]).toEqual([0, 0]);
  });
});
