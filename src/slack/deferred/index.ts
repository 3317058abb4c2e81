export { createInProcessDeferrer } from './in-process';
export { createLambdaDeferrer, HandOverError } from './lambda';
export { checkSettingsFrom, type Defer, deferFrom, installDeferrer, OPEN_CHECK_SETTINGS } from './middleware';
export { type ReplyMessage, sendReply } from './reply';
export { failureReason, type JobRunners, reportFailure, runJob } from './run-job';
export type { CheckJob, CheckJobArgs, CheckSettings, Deferrer, Job, JobDeps, JobRunner, ReplyTarget } from './types';
export { isWorkerPayload, parseWorkerPayload, toWorkerPayload, type WorkerPayload } from './worker-payload';
