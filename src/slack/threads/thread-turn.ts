/**
 * One message the bot handles in a thread, and the posts it can make there. Every public post carries the thread's
 * metadata and refreshes the cached context, so the next follow-up needs no history call.
 */
import type { Context, Logger, webApi } from '@slack/bolt';
import type { FollowUp, Lang } from '../../catalogue/types';
import type { DiagnoseResult } from '../../diagnose/types';
import type { SlackReply } from '../../render/blocks/diagnosis';
import { renderFollowUpAnswer } from '../../render/blocks/followup';
import { answerInThread } from '../reply/answer';
import type { ReplySource } from '../reply/diagnosis-metadata';
import { postInThread, postPrivately, type ThreadTarget } from '../reply/post';
import type { ThreadContextStore, ThreadLookup } from './context-store';
import { contextAfter, threadMetadata } from './metadata';
import type { ThreadContext } from './thread-context';

export interface ThreadTurn {
  client: webApi.WebClient;
  context: Context;
  logger: Logger;
  store: ThreadContextStore;
  where: ThreadTarget;
  /** Who wrote (or pressed); absent for messages without a user. */
  user: string | undefined;
}

/** What the bot left in the thread: from the cache, else from Slack (one conversations.replies call). */
export function lookUpThread(turn: ThreadTurn): Promise<ThreadLookup> {
  const { context } = turn;
  return turn.store.lookup({
    token: context.botToken,
    client: turn.client,
    ...turn.where,
    bot: { botId: context.botId, botUserId: context.botUserId },
    logger: turn.logger,
  });
}

/** A reply in the thread about the thread's entry; a thread without one gets the reply without metadata. */
export async function postAboutThread(
  turn: ThreadTurn,
  thread: ThreadContext | undefined,
  reply: SlackReply,
  followUp?: string,
): Promise<void> {
  if (!thread) {
    await postInThread(turn.client, turn.where, reply);
    return;
  }
  const metadata = threadMetadata(thread, followUp);
  await postInThread(turn.client, turn.where, reply, metadata);
  turn.store.prime(turn.where.channel, turn.where.threadTs, contextAfter(thread, metadata));
}

export async function postFollowUpAnswer(
  turn: ThreadTurn,
  thread: ThreadContext | undefined,
  followUp: FollowUp,
  lang: Lang,
): Promise<void> {
  await postAboutThread(turn, thread, renderFollowUpAnswer(followUp, lang, thread?.entry ?? null), followUp.id);
}

/**
 * A full diagnosis in the thread (a new error, a language switch): the thread's context moves to it. The diagnosis
 * reply primes the cache itself, as it does for every diagnosis the bot posts in a thread.
 */
export async function postDiagnosis(
  turn: ThreadTurn,
  result: DiagnoseResult,
  source: ReplySource,
  notes?: readonly string[],
): Promise<void> {
  await answerInThread({ client: turn.client, store: turn.store, where: turn.where, result, source, notes });
}

/** Something only the person sees, in the thread (or in the bot's DM when the bot cannot post there). */
export async function postToPerson(turn: ThreadTurn, reply: SlackReply): Promise<void> {
  if (!turn.user) return;
  await postPrivately(
    turn.client,
    { channel: turn.where.channel, user: turn.user, threadTs: turn.where.threadTs },
    reply,
  );
}
