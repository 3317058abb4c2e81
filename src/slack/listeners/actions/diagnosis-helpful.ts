import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { renderNote } from '../../../render/blocks/diagnosis';
import { unpackDiagnosis } from '../../../render/blocks/diagnosis-value';
import { STRINGS } from '../../../render/blocks/strings';
import { buttonPress, replyToPresser } from '../../reply/button-press';
import { feedbackRecord } from '../../reply/feedback';
import { settingsOf } from '../../settings';

/** "Helpful": one feedback line, and a quiet thank-you only the presser sees. */
export async function diagnosisHelpfulCallback({
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
    settingsOf(context).recordFeedback(feedbackRecord('helpful', result, press));
    await replyToPresser(press, client, respond, renderNote(STRINGS[result.lang].thanks));
  } catch (error) {
    logger.error(error);
  }
}
