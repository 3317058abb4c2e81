import type { App } from '@slack/bolt';
import { messageCallback } from './message';

export function register(app: App): void {
  app.message(messageCallback);
}
