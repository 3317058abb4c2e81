import type { App, ViewSubmitAction } from '@slack/bolt';
import { DIAGNOSE_MODAL_CALLBACK_ID } from '../../../render/blocks/diagnose-modal';
import { diagnoseMessageSubmitCallback } from './diagnose-message-submit';

export function register(app: App): void {
  app.view<ViewSubmitAction>(DIAGNOSE_MODAL_CALLBACK_ID, diagnoseMessageSubmitCallback);
}
