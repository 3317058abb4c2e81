import type { App } from '@slack/bolt';
import { mfaExplainCallback } from './mfa-explain';

export function register(app: App): void {
  app.command('/mfa-explain', mfaExplainCallback);
}
