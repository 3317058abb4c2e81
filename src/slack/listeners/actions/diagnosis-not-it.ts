import { renderRunnersUp } from '../../../render/blocks/diagnosis';
import { unpackDiagnosis } from '../../../render/blocks/diagnosis-value';
import { type ButtonArgs, buttonPress, replyToPresser } from '../../reply/button-press';
import { feedbackRecord } from '../../reply/feedback';
import { settingsOf } from '../../settings';

/** "Not it": one feedback line, and the runners-up shown only to the presser. */
export async function diagnosisNotItCallback({ action, body, context, client, respond }: ButtonArgs): Promise<void> {
  const result = unpackDiagnosis(action.value ?? '');
  if (!result) return;
  const press = buttonPress(body);
  settingsOf(context).recordFeedback(feedbackRecord('not_it', result, press));
  await replyToPresser(press, client, respond, renderRunnersUp(result));
}
