import { renderNote, renderRunnersUp } from '../../../render/blocks/diagnosis';
import { unpackDiagnosis } from '../../../render/blocks/diagnosis-value';
import { ACTION_HELPFUL } from '../../../render/blocks/ids';
import { STRINGS } from '../../../render/blocks/strings';
import { diagnosisSubject, feedbackRecord } from '../../feedback';
import { type ButtonArgs, buttonPress, replyToPresser } from '../../reply/button-press';
import { settingsOf } from '../../settings';

/**
 * "Helpful" or "Not it" under a diagnosis: one feedback line, and a word only the presser sees: a quiet thank-you,
 * or the runners-up.
 */
export async function diagnosisFeedbackCallback({ action, body, context, client, respond }: ButtonArgs): Promise<void> {
  const result = unpackDiagnosis(action.value ?? '');
  if (!result) return;
  const helpful = action.action_id === ACTION_HELPFUL;
  const press = buttonPress(body);
  settingsOf(context).recordFeedback(feedbackRecord(helpful ? 'helpful' : 'not_it', diagnosisSubject(result), press));
  const reply = helpful ? renderNote(STRINGS[result.lang].thanks) : renderRunnersUp(result);
  await replyToPresser(press, client, respond, reply);
}
