import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { diagnose } from '../../../diagnose';
import { renderNote } from '../../../render/blocks/diagnosis';
import { STRINGS } from '../../../render/blocks/strings';
import { stripMention } from '../../incoming';
import { answerInThread } from '../../reply/answer';
import { postInThread } from '../../reply/post';
import { handleThreadReply } from '../../threads/handle-thread-reply';
import { threadContextsFrom } from '../../threads/install';

/** Mentioned: always answer, in the thread of the mention (the diagnosis, or an honest no-match). */
export async function appMentionCallback({
  event,
  context,
  client,
  logger,
}: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>): Promise<void> {
  if (event.bot_id) return;
  // Inside a thread the bot may already have diagnosed something: the thread handler answers in that context.
  if (event.thread_ts && event.thread_ts !== event.ts) {
    const message = {
      channel: event.channel,
      user: event.user,
      text: event.text,
      ts: event.ts,
      thread_ts: event.thread_ts,
    };
    await handleThreadReply({ message, context, client, logger, mentioned: true });
    return;
  }
  const target = { channel: event.channel, threadTs: event.thread_ts ?? event.ts };
  const text = stripMention(event.text, context.botUserId);
  if (text === '') {
    await postInThread(client, target, renderNote(STRINGS.en.whatICanDo));
    return;
  }
  const store = threadContextsFrom(context);
  await answerInThread({ client, store, where: target, result: diagnose(text), source: 'mention' });
}
