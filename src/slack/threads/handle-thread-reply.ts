import type { Context, Logger, webApi } from '@slack/bolt';
import { answerFollowUp, couldBeForBot } from '../../diagnose/followup';
import { diagnoseWithFiles, notesOn, sharesFiles } from '../files/diagnose-with-files';
import { type IncomingMessage, isDirectMessage } from '../incoming';
import { readMessage } from '../read/message';
import { answersUnpromptedIn, settingsOf } from '../settings';
import { actOnFollowUp } from './followup';
import { threadContextsFrom } from './install';
import { lookUpThread, postDiagnosis, type ThreadTurn } from './thread-turn';
import { answerMention, answerUnprompted } from './without-context';

export interface ThreadReplyArgs {
  /** A post inside a thread (`thread_ts !== ts`), read whole (text, blocks, attachments). */
  message: IncomingMessage & { thread_ts: string };
  context: Context;
  client: webApi.WebClient;
  logger: Logger;
  /** It came as app_mention: the bot was asked. (A DM always asks the bot.) */
  mentioned?: boolean;
}

/**
 * Every post inside a thread comes here, from the message listener or, when it mentions the bot, from app_mention.
 * Ordinary talk between people costs nothing: only a message that could be for the bot (a mention, a question, an
 * error, a pool id, a command word) makes the bot look up the thread's context, which comes from Slack through a cache.
 */
export async function handleThreadReply({
  message,
  context,
  client,
  logger,
  mentioned,
}: ThreadReplyArgs): Promise<void> {
  const reading = readMessage(message);
  const text = reading.text;
  const botUserId = context.botUserId;
  const forBot = couldBeForBot(text, { botUserId });
  // In a DM everything is said to the bot, but "ok" or "lol" there asks nothing either; a file shared there does.
  const asked = mentioned === true || (isDirectMessage(message) && (forBot || sharesFiles(message)));
  if (!asked && !(forBot && answersUnpromptedIn(settingsOf(context), message.channel))) return;
  const where = { channel: message.channel, threadTs: message.thread_ts };
  const turn: ThreadTurn = { client, context, logger, store: threadContextsFrom(context), where, user: message.user };
  if (asked && sharesFiles(message)) {
    // Asked about a file: what it holds is the answer, whatever the thread was about.
    const reading = readMessage(message, { withoutMention: botUserId });
    const deps = { client, token: context.botToken, logger };
    const withFiles = await diagnoseWithFiles(message, reading, deps);
    await postDiagnosis(turn, withFiles.result, 'mention', notesOn(withFiles));
    return;
  }
  const lookup = await lookUpThread(turn);
  if (lookup.kind === 'found') {
    const { entry, lang } = lookup.context;
    const decision = answerFollowUp({ entryId: entry, lang, message: text, mentioned: asked, botUserId });
    await actOnFollowUp(turn, lookup.context, decision, text);
  } else if (asked) {
    await answerMention(turn, message);
  } else if (lookup.kind === 'none') {
    await answerUnprompted(turn, reading);
  }
  // Unprompted and Slack would not tell us the thread's context: the lookup logged why; stay out of it.
}
