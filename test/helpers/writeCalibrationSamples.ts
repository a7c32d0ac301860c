// Writes the sample records of scenarios/calibration/ from its generator scenario:
//   node engine/node/bin/tsnode.mjs test/helpers/writeCalibrationSamples.ts
import { writeFileAtomic } from "../../engine/node/files.js";
import { loadScenario } from "../../engine/node/loadScenario.js";
import { calibrationSamples } from "./calibrationSamples.js";

const folder = "scenarios/calibration";
const { calls, visits } = calibrationSamples(loadScenario(`${folder}/generator.json`).scenario);
writeFileAtomic(`${folder}/calls.csv`, calls);
writeFileAtomic(`${folder}/visits.csv`, visits);
process.stdout.write(
  `wrote ${folder}/calls.csv (${calls.split("\n").length - 2} rows) and ${folder}/visits.csv (${visits.split("\n").length - 2} rows)\n`,
);
