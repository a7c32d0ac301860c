import { describe, expect, it } from "vitest";
import { readJobPayload } from "../../../../engine/node/queue/jobPayload.js";

const HASH = `sha256:${"a".repeat(64)}`;
const job = { engineVersion: "0.2.0", scenarioHash: HASH, seed: "1", setUp: 2, replication: 7 };

describe("readJobPayload(data)", () => {
  it("keeps the five data fields of a job and nothing else", () => {
    expect(readJobPayload({ ...job, extra: "ignored" })).toEqual(job);
  });

  it("refuses a job whose fields are missing or of the wrong kind, naming the field", () => {
    expect(() => readJobPayload(null)).toThrow("job data: engineVersion must be a text");
    expect(() => readJobPayload({ ...job, scenarioHash: "sha256:zz" })).toThrow(/scenarioHash must be sha256/);
    expect(() => readJobPayload({ ...job, replication: 0 })).toThrow(/replication must be a whole number from 1/);
    expect(() => readJobPayload({ ...job, setUp: 1.5 })).toThrow(/setUp must be a whole number from 0/);
  });
});
