export { createInProcessDeferrer } from './in-process';
export { createLambdaDeferrer, HandOverError } from './lambda';
export { checkSettingsFrom, installDeferrer, OPEN_CHECK_SETTINGS } from './middleware';
export { sendReply } from './reply';
export { runJob } from './run-job';
export type { CheckJob, CheckSettings, Deferrer, Job, JobDeps } from './types';
export { isWorkerPayload, parseWorkerPayload, type WorkerPayload } from './worker-payload';
