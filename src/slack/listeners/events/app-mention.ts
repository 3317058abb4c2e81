import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { renderNote } from '../../../render/blocks/diagnosis';
import { STRINGS } from '../../../render/blocks/strings';
import { diagnoseWithFiles, notesOn, sharesFiles } from '../../files/diagnose-with-files';
import type { IncomingMessage } from '../../incoming';
import { readMessage } from '../../read/message';
import { answerInThread } from '../../reply/answer';
import { postInThread } from '../../reply/post';
import { requesterLang } from '../../requester-lang';
import { handleThreadReply } from '../../threads/handle-thread-reply';
import { threadContextsFrom } from '../../threads/install';

/**
 * Mentioned: always answer, in the thread of the mention (the diagnosis, or an honest no-match). Being asked, the bot
 * also reads the text files the message shares.
 */
export async function appMentionCallback({
  event,
  context,
  client,
  logger,
}: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>): Promise<void> {
  if (event.bot_id) return;
  // The mention is read whole, like any message: a forwarded message or an attachment may hold the error.
  const message: IncomingMessage = { ...(event as unknown as IncomingMessage), channel: event.channel, ts: event.ts };
  // Inside a thread the bot may already have diagnosed something: the thread handler answers in that context.
  if (event.thread_ts && event.thread_ts !== event.ts) {
    await handleThreadReply({
      message: { ...message, thread_ts: event.thread_ts },
      context,
      client,
      logger,
      mentioned: true,
    });
    return;
  }
  const target = { channel: event.channel, threadTs: event.thread_ts ?? event.ts };
  const reading = readMessage(message, { withoutMention: context.botUserId });
  if (reading.text.trim() === '' && !sharesFiles(message)) {
    // A bare mention has no words to tell a language from: the person's Slack locale does.
    const lang = (event.user ? await requesterLang(context, event.user) : undefined) ?? 'en';
    await postInThread(client, target, renderNote(STRINGS[lang].whatICanDo));
    return;
  }
  const asked = await diagnoseWithFiles(message, reading, { client, token: context.botToken, logger });
  const store = threadContextsFrom(context);
  await answerInThread({
    client,
    store,
    where: target,
    result: asked.result,
    notes: notesOn(asked),
    source: 'mention',
  });
}
