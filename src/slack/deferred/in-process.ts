/**
 * Socket Mode, HTTP mode and the console: the ack has already gone out (or goes out as soon as the listener returns),
 * so the job simply runs in this process on the next turn of the event loop. The deferrer keeps the jobs it runs,
 * so a shutdown can wait for them, stop the ones that do not finish, and tell whoever asked.
 */
import { say } from '../../checks/localized';
import { CHECK_START_STRINGS } from '../../render/check-start-strings';
import { HandOverError } from './lambda';
import { type JobRunners, runJob } from './run-job';
import type { Deferrer, Job, JobDeps } from './types';

export interface RunningJob {
  job: Job;
  /** The dependencies it runs with, its stop signal included. */
  deps: JobDeps;
  startedAt: number;
  /** Aborts the job's signal: it posts nothing more. */
  stop(): void;
}

export interface InProcessDeferrer extends Deferrer {
  /** Resolves when every job started so far has finished (graceful shutdown, the console's exit, tests). */
  idle(): Promise<void>;
  /** Takes no more jobs: one handed over from now on is refused, with a reason for the person. */
  close(): void;
  /** The jobs still running, oldest first. */
  running(): RunningJob[];
}

export function createInProcessDeferrer(runners: JobRunners, now: () => number = Date.now): InProcessDeferrer {
  const running = new Map<Promise<void>, RunningJob>();
  let closed = false;
  return {
    async defer(job: Job, deps: JobDeps): Promise<void> {
      // A restarted or other instance takes the next one.
      if (closed) throw new HandOverError(say(CHECK_START_STRINGS, (p) => p.restarting));
      const controller = new AbortController();
      const entry: RunningJob = {
        job,
        deps: { ...deps, signal: controller.signal },
        startedAt: now(),
        stop: () => controller.abort(),
      };
      const done = new Promise<void>((resolve) => setImmediate(resolve)).then(() => runJob(job, entry.deps, runners));
      running.set(done, entry);
      void done.finally(() => running.delete(done));
    },
    async idle(): Promise<void> {
      while (running.size > 0) await Promise.all([...running.keys()]);
    },
    close(): void {
      closed = true;
    },
    running(): RunningJob[] {
      return [...running.values()];
    },
  };
}
