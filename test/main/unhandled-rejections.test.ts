import { EventEmitter } from 'node:events';
import { logUnhandledRejections } from '../../src/main/unhandled-rejections';
import { RecordingLogger } from '../harness/logger';

describe('logUnhandledRejections', () => {
  it('logs a rejection nothing handled, with its error, instead of letting Node end the process', () => {
    const logger = new RecordingLogger();
    const processLike = new EventEmitter();
    logUnhandledRejections(logger, processLike as unknown as NodeJS.Process);
    expect(processLike.listenerCount('unhandledRejection')).toBe(1);
    processLike.emit('unhandledRejection', new TypeError("Cannot read properties of null (reading 'ssl_check')"));
    expect(logger.errors()).toEqual([
      "A promise was rejected and nothing handled it; the bot keeps running. TypeError: Cannot read properties of null (reading 'ssl_check')",
    ]);
  });
});
