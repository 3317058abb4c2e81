/**
 * Counts the listener runs still going, so a shutdown can let them finish (a diagnosis being posted, a command being
 * handed over) before the process exits: in HTTP and Socket Mode the request is acknowledged before its listener
 * is done, so Slack will not send it again.
 */
import type { App } from '@slack/bolt';

export interface InFlight {
  /** Resolves when no listener run is going. */
  idle(): Promise<void>;
  count(): number;
}

/** Installs the counting middleware; install it last, so a delivery dropped by earlier middleware is not counted. */
export function trackInFlight(app: App): InFlight {
  const running = new Set<Promise<void>>();
  app.use(async ({ next }) => {
    const run = next();
    running.add(run);
    try {
      await run;
    } finally {
      running.delete(run);
    }
  });
  return {
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
    count: () => running.size,
  };
}
