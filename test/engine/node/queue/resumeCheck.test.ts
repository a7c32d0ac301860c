import { describe, expect, it } from "vitest";
import { resumeRefusal } from "../../../../engine/node/queue/resumeCheck.js";

describe("resumeRefusal(counts, resume, queue, shown)", () => {
  it("lets a run start on an empty queue, and resume one that holds jobs only with --resume", () => {
    expect(resumeRefusal({ waiting: 0, completed: 0 }, false, "q", "redis://h/0")).toBeNull();
    expect(resumeRefusal({ waiting: 3, completed: 6 }, true, "q", "redis://h/0")).toBeNull();
    expect(resumeRefusal({ waiting: 3, completed: 6 }, false, "q", "redis://h/0")?.message).toBe(
      "the queue q at redis://h/0 already holds 9 replication(s) of this run (6 finished): an interrupted run, " +
        "or the same run in progress. Add --resume to re-attach to it",
    );
  });
});
