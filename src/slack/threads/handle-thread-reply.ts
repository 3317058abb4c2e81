import type { Context, Logger, webApi } from '@slack/bolt';
import { diagnose } from '../../diagnose';
import type { IncomingMessage } from '../incoming';
import { answerInThread } from '../reply/answer';
import { answersUnpromptedIn, settingsOf } from '../settings';

export interface ThreadReplyArgs {
  /** A person's post inside a thread (`thread_ts !== ts`), not mentioning the bot (mentions go to app_mention). */
  message: IncomingMessage & { thread_ts: string };
  context: Context;
  client: webApi.WebClient;
  logger: Logger;
}

/**
 * Every reply inside a thread comes here. For now a thread reply is treated like a new post: the bot answers (in that
 * thread) only when it holds a catalogue error it would answer unprompted. The follow-up feature replaces this file
 * with answers in the context of the thread's diagnosis.
 */
export async function handleThreadReply({ message, context, client }: ThreadReplyArgs): Promise<void> {
  if (!message.text) return;
  const settings = settingsOf(context);
  if (message.channel_type !== 'im' && !answersUnpromptedIn(settings, message.channel)) return;
  const result = diagnose(message.text);
  if (!result.best.autoReply) return;
  await answerInThread(client, { channel: message.channel, threadTs: message.thread_ts }, result, 'thread');
}
