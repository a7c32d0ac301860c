export { EventQueue, type EventHandler, type EventHandle } from "./eventQueue.js";
export { Simulation } from "./kernel.js";
export { PRIORITY, type Priority } from "./priorities.js";
