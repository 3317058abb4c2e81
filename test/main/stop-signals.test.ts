import { EventEmitter } from 'node:events';
import { stopOnSignals } from '../../src/main/stop-signals';
import { RecordingLogger } from '../harness/logger';

describe('stopOnSignals', () => {
  function hooked() {
    const processLike = new EventEmitter();
    const logger = new RecordingLogger();
    const exits: number[] = [];
    let finish = () => {};
    const stop = jest.fn(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve;
        }),
    );
    stopOnSignals(stop, logger, processLike as unknown as NodeJS.Process, (code) => exits.push(code));
    return { processLike, logger, exits, stop, finish: () => finish() };
  }

  it.each(['SIGTERM', 'SIGINT'])('starts the graceful stop on %s and exits 0 once it is done', async (signal) => {
    const { processLike, exits, stop, finish } = hooked();
    processLike.emit(signal, signal);
    expect(stop).toHaveBeenCalledTimes(1);
    expect(exits).toEqual([]);
    finish();
    await new Promise(setImmediate);
    expect(exits).toEqual([0]);
  });

  it('exits at once on a second signal', () => {
    const { processLike, exits, stop, logger } = hooked();
    processLike.emit('SIGTERM', 'SIGTERM');
    processLike.emit('SIGINT', 'SIGINT');
    expect(stop).toHaveBeenCalledTimes(1);
    expect(exits).toEqual([1]);
    expect(logger.lines.at(-1)).toEqual({ level: 'warn', text: 'SIGINT again: exiting without waiting.' });
  });
});
