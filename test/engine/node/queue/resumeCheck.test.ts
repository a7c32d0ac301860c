import { describe, expect, it } from "vitest";
import { resumeRefusal } from "../../../../engine/node/queue/resumeCheck.js";

describe("resumeRefusal(counts, announced, resume, queue, shown)", () => {
  it("lets a run start on an empty queue, and resume one that holds jobs only with --resume", () => {
    expect(resumeRefusal({ waiting: 0, completed: 0 }, false, false, "q", "redis://h/0")).toBeNull();
    expect(resumeRefusal({ waiting: 3, completed: 6 }, true, true, "q", "redis://h/0")).toBeNull();
    expect(resumeRefusal({ waiting: 3, completed: 6 }, true, false, "q", "redis://h/0")?.message).toBe(
      "the queue q at redis://h/0 already holds 9 replication(s) of this run (6 finished): an interrupted run, " +
        "or the same run in progress. Add --resume to re-attach to it",
    );
  });

  it("refuses a run announced before it queued any job (stopped between the two) unless resuming", () => {
    expect(resumeRefusal({ waiting: 0, completed: 0 }, true, false, "q", "redis://h/0")?.message).toMatch(
      /^the queue q at redis:\/\/h\/0 already holds 0 replication\(s\) of this run \(0 finished\).*--resume/,
    );
    expect(resumeRefusal({ waiting: 0, completed: 0 }, true, true, "q", "redis://h/0")).toBeNull();
  });
});
