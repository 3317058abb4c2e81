import { renderNote } from '../../../render/blocks/diagnosis';
import { unpackDiagnosis } from '../../../render/blocks/diagnosis-value';
import { STRINGS } from '../../../render/blocks/strings';
import { type ButtonArgs, buttonPress, replyToPresser } from '../../reply/button-press';
import { feedbackRecord } from '../../reply/feedback';
import { settingsOf } from '../../settings';

/** "Helpful": one feedback line, and a quiet thank-you only the presser sees. */
export async function diagnosisHelpfulCallback({ action, body, context, client, respond }: ButtonArgs): Promise<void> {
  const result = unpackDiagnosis(action.value ?? '');
  if (!result) return;
  const press = buttonPress(body);
  settingsOf(context).recordFeedback(feedbackRecord('helpful', result, press));
  await replyToPresser(press, client, respond, renderNote(STRINGS[result.lang].thanks));
}
