import type { App, ViewSubmitAction } from '@slack/bolt';
import { CHECK_POOL_MODAL_CALLBACK_ID, DIAGNOSE_MODAL_CALLBACK_ID } from '../../../render/blocks/ids';
import { ackFirst, logFailures } from '../guard';
import { checkPoolSubmitCallback } from './check-pool-submit';
import { diagnoseMessageSubmitCallback } from './diagnose-message-submit';

export function register(app: App): void {
  app.view<ViewSubmitAction>(DIAGNOSE_MODAL_CALLBACK_ID, ackFirst(diagnoseMessageSubmitCallback));
  // It acks itself: a pool Slack can show an error under keeps the modal open.
  app.view<ViewSubmitAction>(CHECK_POOL_MODAL_CALLBACK_ID, logFailures(checkPoolSubmitCallback));
}
