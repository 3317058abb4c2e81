import type { App, MessageShortcut } from '@slack/bolt';
import { diagnoseMessageCallback } from './diagnose-message';

export const DIAGNOSE_MESSAGE_CALLBACK_ID = 'diagnose_message';

export function register(app: App): void {
  app.shortcut<MessageShortcut>(DIAGNOSE_MESSAGE_CALLBACK_ID, diagnoseMessageCallback);
}
