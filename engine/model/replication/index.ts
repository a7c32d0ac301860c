export { Replication } from "./replication.js";
export type { Tallies } from "./tallies.js";
export { ORIGIN } from "../contactOrigin.js";
