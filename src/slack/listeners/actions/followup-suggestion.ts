import { findFollowUp } from '../../../catalogue/followups';
import { renderFollowUpAnswer } from '../../../render/blocks/followup';
import { unpackFollowUpValue } from '../../../render/blocks/followup-value';
import { type ButtonArgs, buttonPress } from '../../reply/button-press';
import { threadContextsFrom } from '../../threads/install';
import { lookUpThread, postFollowUpAnswer } from '../../threads/thread-turn';

/** A suggested question pressed: its answer, posted in the thread for everyone, as if it had been asked there. */
export async function followUpSuggestionCallback({
  action,
  body,
  context,
  client,
  respond,
  logger,
}: ButtonArgs): Promise<void> {
  const value = unpackFollowUpValue(action.value);
  const followUp = value && findFollowUp(value.followUp);
  if (!value || !followUp) return;
  const press = buttonPress(body);
  const threadTs = press.threadTs ?? press.messageTs;
  if (press.ephemeral || !press.channel || !threadTs) {
    const reply = renderFollowUpAnswer(followUp, value.lang, value.entry);
    await respond({ response_type: 'ephemeral', replace_original: false, text: reply.text, blocks: reply.blocks });
    return;
  }
  const where = { channel: press.channel, threadTs };
  const turn = { client, context, logger, store: threadContextsFrom(context), where, user: press.user };
  // The suggestions were posted with the thread's context, so this is a cache hit in the instance that posted them.
  const lookup = await lookUpThread(turn);
  await postFollowUpAnswer(turn, lookup.kind === 'found' ? lookup.context : undefined, followUp, value.lang);
}
