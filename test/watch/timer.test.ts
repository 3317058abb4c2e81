import { startWatchTimer } from '../../src/watch/timer';

afterEach(() => jest.useRealTimers());

it('runs a round at once and then every interval, never two at a time, and stop waits for the one running', async () => {
  jest.useFakeTimers();
  const warnings: string[] = [];
  let started = 0;
  let finish: (() => void) | undefined;
  const round = () =>
    new Promise<void>((resolve) => {
      started++;
      finish = resolve;
    });
  const timer = startWatchTimer(round, 60, { warn: (m) => warnings.push(m) });
  expect(started).toBe(1);
  // Still running when the next is due: skipped.
  jest.advanceTimersByTime(60 * 60_000);
  expect(started).toBe(1);
  finish?.();
  await Promise.resolve();
  await Promise.resolve();
  jest.advanceTimersByTime(60 * 60_000);
  expect(started).toBe(2);
  let stopped = false;
  const stopping = timer.stop().then(() => {
    stopped = true;
  });
  await Promise.resolve();
  expect(stopped).toBe(false);
  finish?.();
  await stopping;
  jest.advanceTimersByTime(5 * 60 * 60_000);
  expect(started).toBe(2);
  expect(warnings).toEqual([]);
});

it('logs a failed round and keeps the schedule', async () => {
  jest.useFakeTimers();
  const warnings: string[] = [];
  let calls = 0;
  const timer = startWatchTimer(
    async () => {
      calls++;
      throw new Error('AWS is down');
    },
    5,
    { warn: (m) => warnings.push(m) },
  );
  await Promise.resolve();
  await Promise.resolve();
  await Promise.resolve();
  jest.advanceTimersByTime(5 * 60_000);
  expect(calls).toBe(2);
  expect(warnings[0]).toBe('watch: the round failed: AWS is down');
  await timer.stop();
});
