import { MachineProblem } from "../files.js";

/**
 * Redis could not be reached, went away for too long, or holds an earlier run: shown without a
 * stack trace, exit code 1, and no results file is written.
 */
export class QueueProblem extends MachineProblem {
  override name = "QueueProblem";
}
