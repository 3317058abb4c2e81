import { renderNote } from '../../../render/blocks/diagnosis';
import { FOLLOW_UP_STRINGS } from '../../../render/blocks/followup-strings';
import { unpackFollowUpValue } from '../../../render/blocks/followup-value';
import { ACTION_FOLLOWUP_HELPFUL } from '../../../render/blocks/ids';
import { feedbackRecord } from '../../feedback';
import { type ButtonArgs, buttonPress, replyToPresser } from '../../reply/button-press';
import { settingsOf } from '../../settings';

/** "Was this helpful?" Yes / No under a follow-up answer: one feedback line, and a word back only the presser sees. */
export async function followUpFeedbackCallback({ action, body, context, client, respond }: ButtonArgs): Promise<void> {
  const value = unpackFollowUpValue(action.value);
  if (!value) return;
  const helpful = action.action_id === ACTION_FOLLOWUP_HELPFUL;
  const press = buttonPress(body);
  const subject = {
    entry: value.entry,
    entries: value.entry ? [value.entry] : [],
    lang: value.lang,
    followUp: value.followUp,
  };
  settingsOf(context).recordFeedback(feedbackRecord(helpful ? 'helpful' : 'not_helpful', subject, press));
  const ui = FOLLOW_UP_STRINGS[value.lang];
  await replyToPresser(press, client, respond, renderNote(helpful ? ui.thanksForFeedback : ui.notHelpfulNoted));
}
