import type { App } from '@slack/bolt';
import { mfaCheckCallback } from './mfa-check';
import { mfaExplainCallback } from './mfa-explain';

export function register(app: App): void {
  app.command('/mfa-explain', mfaExplainCallback);
  app.command('/mfa-check', mfaCheckCallback);
}
