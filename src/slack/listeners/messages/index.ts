import type { App } from '@slack/bolt';
import { logFailures } from '../guard';
import { alertCallback } from './alert';
import { messageCallback } from './message';

export function register(app: App): void {
  app.message(logFailures(messageCallback));
  app.message(logFailures(alertCallback));
}
