import { renderNote } from '../../../render/blocks/diagnosis';
import { FOLLOW_UP_STRINGS } from '../../../render/blocks/followup-strings';
import { unpackFollowUpValue } from '../../../render/blocks/followup-value';
import { ACTION_FOLLOWUP_HELPFUL } from '../../../render/blocks/ids';
import { type ButtonArgs, buttonPress, replyToPresser } from '../../reply/button-press';
import { settingsOf } from '../../settings';

/** "Was this helpful?" Yes / No under a follow-up answer: one feedback line, and a word back only the presser sees. */
export async function followUpFeedbackCallback({ action, body, context, client, respond }: ButtonArgs): Promise<void> {
  const value = unpackFollowUpValue(action.value);
  if (!value) return;
  const helpful = action.action_id === ACTION_FOLLOWUP_HELPFUL;
  const press = buttonPress(body);
  settingsOf(context).recordFeedback({
    type: 'mfa_feedback',
    verdict: helpful ? 'helpful' : 'not_helpful',
    entry: value.entry,
    entries: value.entry ? [value.entry] : [],
    lang: value.lang,
    user: press.user,
    channel: press.channel,
    at: new Date().toISOString(),
    followUp: value.followUp,
  });
  const ui = FOLLOW_UP_STRINGS[value.lang];
  await replyToPresser(press, client, respond, renderNote(helpful ? ui.thanksForFeedback : ui.notHelpfulNoted));
}
