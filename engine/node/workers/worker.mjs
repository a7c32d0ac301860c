// A worker thread of the pool: loads the TypeScript sources through tsx, then serves replications.
import { register } from "tsx/esm/api";

register();
await import("./replicationWorker.ts");
