import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { renderRunnersUp } from '../../../render/blocks/diagnosis';
import { unpackDiagnosis } from '../../../render/blocks/diagnosis-value';
import { buttonPress, replyToPresser } from '../../reply/button-press';
import { feedbackRecord } from '../../reply/feedback';
import { settingsOf } from '../../settings';

/** "Not it": one feedback line, and the runners-up shown only to the presser. */
export async function diagnosisNotItCallback({
  ack,
  action,
  body,
  context,
  client,
  respond,
  logger,
}: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>): Promise<void> {
  try {
    await ack();
    const result = unpackDiagnosis(action.value ?? '');
    if (!result) return;
    const press = buttonPress(body);
    settingsOf(context).recordFeedback(feedbackRecord('not_it', result, press));
    await replyToPresser(press, client, respond, renderRunnersUp(result));
  } catch (error) {
    logger.error(error);
  }
}
