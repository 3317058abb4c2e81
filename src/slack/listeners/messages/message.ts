import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { diagnoseWithFiles, notesOn, sharesFiles } from '../../files/diagnose-with-files';
import { type IncomingMessage, isDirectMessage, isThreadReply, isUserPost, mentions } from '../../incoming';
import { diagnoseReading } from '../../read/diagnose-message';
import { readMessage } from '../../read/message';
import { answerInThread } from '../../reply/answer';
import { answersUnpromptedIn, settingsOf } from '../../settings';
import { handleThreadReply } from '../../threads/handle-thread-reply';
import { threadContextsFrom } from '../../threads/install';

/**
 * A person's post in a channel, private channel, group DM or DM, read whole (text, blocks, a forwarded message,
 * attachments). Top-level posts with a catalogue error get a diagnosis in a thread: in channels only when the
 * diagnosis is confident enough to answer unprompted (and the channel is allowed), in a DM always; a DM asks the bot,
 * so its text files are read too (a channel's never are: nobody asked). Thread replies go to the thread handler.
 * Other apps' posts are the alert listener's.
 */
export async function messageCallback({
  message,
  context,
  client,
  logger,
}: AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>): Promise<void> {
  const post = message as IncomingMessage;
  if (!isUserPost(post)) return;
  const dm = isDirectMessage(post);
  const reading = readMessage(post);
  if (reading.text === '' && !(dm && sharesFiles(post))) return;
  // Outside DMs a post that mentions the bot also arrives as app_mention, which answers it: answer once.
  if (!dm && mentions(post.text ?? '', context.botUserId)) return;
  if (isThreadReply(post)) {
    await handleThreadReply({ message: { ...post, thread_ts: post.thread_ts as string }, context, client, logger });
    return;
  }
  // A channel outside ALLOWED_CHANNELS gets no unprompted answer: skip the diagnosis there altogether.
  if (!dm && !answersUnpromptedIn(settingsOf(context), post.channel)) return;
  const where = { channel: post.channel, threadTs: post.ts };
  const store = threadContextsFrom(context);
  if (dm) {
    const withoutMention = readMessage(post, { withoutMention: context.botUserId });
    const asked = await diagnoseWithFiles(post, withoutMention, { client, token: context.botToken, logger });
    await answerInThread({ client, store, where, result: asked.result, notes: notesOn(asked), source: 'dm' });
    return;
  }
  const result = diagnoseReading(reading);
  if (result.best.autoReply) await answerInThread({ client, store, where, result, source: 'channel' });
}
