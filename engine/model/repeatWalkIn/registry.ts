import type { RepeatWalkInSpec } from "../modelSpec.js";
import { escort } from "./escort.js";
import type { RepeatWalkInContext, RepeatWalkInPolicy } from "./repeatWalkInPolicy.js";
import { sendUpstairs } from "./sendUpstairs.js";
import { serve } from "./serve.js";
import { summon } from "./summon.js";

/** The repeat-walk-in policies by the rule's `policy` field: (a) escort, (b) serve, (c) send upstairs, (d) summon. */
const POLICIES: Record<RepeatWalkInSpec["policy"], (ctx: RepeatWalkInContext) => RepeatWalkInPolicy> = {
  escort,
  serve,
  "send-upstairs": sendUpstairs,
  summon,
};

export function createRepeatWalkInPolicy(ctx: RepeatWalkInContext): RepeatWalkInPolicy {
  return POLICIES[ctx.rule.policy](ctx);
}
