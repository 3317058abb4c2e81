import type { App, MessageShortcut } from '@slack/bolt';
import { DIAGNOSE_MESSAGE_CALLBACK_ID } from '../../../render/blocks/ids';
import { ackFirst } from '../guard';
import { diagnoseMessageCallback } from './diagnose-message';

export function register(app: App): void {
  app.shortcut<MessageShortcut>(DIAGNOSE_MESSAGE_CALLBACK_ID, ackFirst(diagnoseMessageCallback));
}
