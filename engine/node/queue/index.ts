export { openQueueExecutor, openQueueRunner, type QueueChoice, type QueueRunner } from "./queueExecutor.js";
export { startQueueWorker, type QueueWorker, type QueueWorkerOptions } from "./queueWorker.js";
export { ReplicationQueue, type QueueRequest } from "./replicationQueue.js";
export { parseRedisUrl, DEFAULT_RECONNECT_SECONDS, type RedisTarget } from "./redisUrl.js";
export { DEFAULT_STALL_SECONDS } from "./stallSettings.js";
export { QueueProblem } from "./queueProblem.js";
