import { describe, expect, it } from "vitest";
import {
  ANALYTIC_MODELS,
  analyticModelCode,
  analyticQueue,
  type AnalyticModel,
  type SinglePoolQueue,
} from "../../../engine/analytic/index.js";
import { MODEL_WORDS_RU } from "../../../engine/node/cli/erlangWords.js";

const CODES = Object.keys(ANALYTIC_MODELS) as AnalyticModel[];

describe("the analytic models' codes and words", () => {
  it("gives every model code Russian words, in Cyrillic, its Kendall notation kept", () => {
    expect(Object.keys(MODEL_WORDS_RU).sort()).toEqual([...CODES].sort());
    for (const code of CODES) {
      expect(MODEL_WORDS_RU[code], code).toMatch(/[а-яё]/i);
      expect(MODEL_WORDS_RU[code].split(" ")[0]).toBe(ANALYTIC_MODELS[code].split(" ")[0]);
    }
  });

  it("finds a model's code by its English name, and none for an unknown name", () => {
    for (const code of CODES) expect(analyticModelCode(ANALYTIC_MODELS[code])).toBe(code);
    expect(analyticModelCode("M/D/1")).toBeUndefined();
  });

  it("answers with a code whose English name is the answer's model name", () => {
    const base: SinglePoolQueue = {
      agents: 3,
      arrivalRate: 1 / 60,
      service: { kind: "exponential", meanSeconds: 120, variance: 120 * 120 },
      patience: { kind: "none", meanSeconds: 0 },
      capacity: Infinity,
      thresholdsSeconds: [20],
    };
    const cases: [SinglePoolQueue, AnalyticModel][] = [
      [base, "erlangC"],
      [{ ...base, capacity: 3 }, "erlangB"],
      [{ ...base, capacity: 6 }, "birthDeath"],
      [{ ...base, patience: { kind: "exponential", meanSeconds: 90 } }, "erlangA"],
      [{ ...base, capacity: 6, patience: { kind: "exponential", meanSeconds: 90 } }, "erlangAFinite"],
      [
        { ...base, agents: 1, arrivalRate: 1 / 300, service: { kind: "deterministic", meanSeconds: 120, variance: 0 } },
        "pollaczekKhinchine",
      ],
    ];
    for (const [q, code] of cases) {
      const a = analyticQueue(q);
      expect(a?.code).toBe(code);
      expect(a?.model).toBe(ANALYTIC_MODELS[code]);
    }
  });
});
