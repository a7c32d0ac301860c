export { regularizedGammaP } from "./regularizedGamma.js";
export { gammaQuantile } from "./gammaQuantile.js";
export { regularizedBeta } from "./regularizedBeta.js";
export { studentTCdf, studentTQuantile } from "./studentT.js";
export { estimateMean, type Estimate } from "./confidenceInterval.js";
