/**
 * The schedule in Socket Mode and HTTP mode: a timer in the process. One process only: two processes would each run
 * the rounds (and, with memory state, each post the baselines). A round that is still running when the next is due
 * is not overlapped; the due one is skipped.
 */
export interface WatchTimer {
  stop(): Promise<void>;
}

export function startWatchTimer(
  round: () => Promise<unknown>,
  intervalMinutes: number,
  logger: { warn(message: string): void },
  timers: Pick<typeof globalThis, 'setInterval' | 'clearInterval'> = globalThis,
): WatchTimer {
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running) return;
    running = round()
      .then(
        () => undefined,
        (error: unknown) => logger.warn(`watch: the round failed: ${error instanceof Error ? error.message : error}`),
      )
      .finally(() => {
        running = undefined;
      });
  };
  const handle = timers.setInterval(tick, intervalMinutes * 60_000);
  // The first round right away: the baseline should not wait an hour.
  tick();
  return {
    async stop() {
      timers.clearInterval(handle);
      await running;
    },
  };
}
