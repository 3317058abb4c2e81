import type { App } from '@slack/bolt';
import { logFailures } from '../guard';
import { messageCallback } from './message';

export function register(app: App): void {
  app.message(logFailures(messageCallback));
}
