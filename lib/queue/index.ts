export {
  QUEUES,
  JOBS,
  parseJobPayload,
  isJobName,
  type QueueName,
  type JobName,
  type JobPayload,
} from "./jobs";
export { getQueue, closeQueues, BULL_PREFIX, DEFAULT_JOB_OPTIONS } from "./connection";
export { enqueueJob, enqueueJobs } from "./enqueue";
