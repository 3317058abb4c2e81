/** Every kind of deferred job and the runner that finishes it. */
import type { JobRunners } from '../run-job';
import { runCheckJob } from './check';

export const jobRunners: JobRunners = {
  check: runCheckJob,
};
