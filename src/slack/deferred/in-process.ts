/**
 * Socket Mode, HTTP mode and the console: the ack has already gone out (or goes out as soon as the listener returns),
 * so the job simply runs in this process on the next turn of the event loop.
 */
import { type JobRunners, runJob } from './run-job';
import type { Deferrer, Job, JobDeps } from './types';

export function createInProcessDeferrer(runners: JobRunners): Deferrer & { idle(): Promise<void> } {
  const running = new Set<Promise<void>>();
  return {
    async defer(job: Job, deps: JobDeps): Promise<void> {
      const done = new Promise<void>((resolve) => setImmediate(resolve)).then(() => runJob(job, deps, runners));
      running.add(done);
      void done.finally(() => running.delete(done));
    },
    /** Resolves when every job started so far has finished (graceful shutdown, tests). */
    async idle(): Promise<void> {
      while (running.size > 0) await Promise.all([...running]);
    },
  };
}
