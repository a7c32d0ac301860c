export { Replication, ORIGIN, type Tallies } from "./replication/index.js";
export { replicationValues } from "./replicationValues.js";
export type {
  ModelSpec,
  PoolSpec,
  StaffSpec,
  StreamSpec,
  ShiftSpec,
  ChannelSpec,
  RouteSpec,
  SegmentSpec,
  DealSpec,
  ClienteleSpec,
  DepartmentSpec,
  HandoverSpec,
  OutboundSpec,
} from "./modelSpec.js";
export { CLIENT_STATUS, CLIENT_STATUS_NAMES, type Client, type ClientStatus } from "./client.js";
export { AGENT_STATE, AGENT_STATE_NAMES, type AgentState } from "./agent.js";
export type { TraceEvent, TraceContact } from "./trace.js";
export { selectionSchema, createSelectionPolicy, type SelectionInput } from "./selection/registry.js";
export type { SelectionPolicy } from "./selection/selectionPolicy.js";
export { balkingSchema, createBalkingPolicy, type BalkingInput } from "./balking/registry.js";
