import type { App } from '@slack/bolt';
import { logFailures } from '../guard';
import { appHomeOpenedCallback } from './app-home-opened';
import { appMentionCallback } from './app-mention';

export function register(app: App): void {
  app.event('app_mention', logFailures(appMentionCallback));
  app.event('app_home_opened', logFailures(appHomeOpenedCallback));
}
