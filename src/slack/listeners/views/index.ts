import type { App, ViewSubmitAction } from '@slack/bolt';
import { CHECK_POOL_MODAL_CALLBACK_ID, DIAGNOSE_MODAL_CALLBACK_ID } from '../../../render/blocks/ids';
import { checkPoolSubmitCallback } from './check-pool-submit';
import { diagnoseMessageSubmitCallback } from './diagnose-message-submit';

export function register(app: App): void {
  app.view<ViewSubmitAction>(DIAGNOSE_MODAL_CALLBACK_ID, diagnoseMessageSubmitCallback);
  app.view<ViewSubmitAction>(CHECK_POOL_MODAL_CALLBACK_ID, checkPoolSubmitCallback);
}
