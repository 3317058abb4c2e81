import { timeBudget } from '../../../src/checks/aws/time-budget';
import { FAKE_TIME } from '../../harness/clock';

beforeEach(() => jest.useFakeTimers(FAKE_TIME));
afterEach(() => jest.useRealTimers());

it('runs out exactly at its time, with a TimeoutError, on a clock fake time moves', () => {
  const signal = timeBudget(200);
  jest.advanceTimersByTime(199);
  expect(signal.aborted).toBe(false);
  jest.advanceTimersByTime(1);
  expect(signal.aborted).toBe(true);
  expect(signal.reason).toMatchObject({ name: 'TimeoutError', message: 'no answer within 200 ms' });
});
