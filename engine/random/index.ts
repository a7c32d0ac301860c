export { StreamFactory, namedStream, PrefixedStreams, streamKey, type Uniform } from "./streams.js";
export { normalQuantile } from "./normalQuantile.js";
export type { Sampler } from "./distributions/sampler.js";
export {
  createSampler,
  distributionSchema,
  amountDistributionSchema,
  MAX_AMOUNT,
  type DistributionInput,
} from "./distributions/registry.js";
export { cumulativeShares, pickShare } from "./shares.js";
