import { describe, expect, it } from "vitest";
import { jobId, queueName } from "../../../../engine/node/queue/queueNames.js";

const A = `sha256:${"a".repeat(64)}`;
const B = `sha256:${"b".repeat(64)}`;

describe("queue and job names", () => {
  it("name a run's queue after its command, engine version, seed and scenarios, so a rerun finds it again", () => {
    expect(queueName("compare", "0.2.0", "1", [A, B])).toBe(queueName("compare", "0.2.0", "1", [A, B]));
    expect(queueName("compare", "0.2.0", "1", [A, B])).toMatch(/^compare-[0-9a-f]{24}$/);
    const others = [
      queueName("run", "0.2.0", "1", [A, B]),
      queueName("compare", "0.3.0", "1", [A, B]),
      queueName("compare", "0.2.0", "2", [A, B]),
      queueName("compare", "0.2.0", "1", [B, A]),
    ];
    expect(new Set([queueName("compare", "0.2.0", "1", [A, B]), ...others]).size).toBe(5);
  });

  it("give one job to one scenario, seed and replication (without a colon, which BullMQ reserves)", () => {
    expect(jobId(A, "1", 3)).toBe(jobId(A, "1", 3));
    expect(jobId(A, "1", 3)).not.toBe(jobId(B, "1", 3));
    expect(jobId(A, "1", 3)).not.toBe(jobId(A, "1", 4));
    expect(jobId(A, "1", 3)).not.toContain(":");
  });
});
