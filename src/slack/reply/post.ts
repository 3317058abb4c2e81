import { webApi } from '@slack/bolt';

type WebClient = webApi.WebClient;

import type { SlackReply } from '../../render/blocks/diagnosis';
import type { DiagnosisMetadata } from './diagnosis-metadata';
import { postOnceInThread } from './post-once';

export interface ThreadTarget {
  channel: string;
  threadTs: string;
}

/**
 * A reply in a thread, posted once even when the post fails ambiguously (post-once.ts); resolves with its ts.
 * Unfurls off: a diagnosis links to AWS docs, and previews would bury the answer.
 */
export async function postInThread(
  client: WebClient,
  target: ThreadTarget,
  reply: SlackReply,
  metadata?: DiagnosisMetadata,
): Promise<string | undefined> {
  return postOnceInThread(client, {
    channel: target.channel,
    thread_ts: target.threadTs,
    text: reply.text,
    blocks: reply.blocks,
    ...(metadata ? { metadata } : {}),
    unfurl_links: false,
    unfurl_media: false,
  });
}

/** True for the Web API errors that mean "the bot cannot post there" (not a member, private, archived). */
export function cannotPostThere(error: unknown): boolean {
  if (!(error instanceof Error) || (error as webApi.WebAPIPlatformError).code !== webApi.ErrorCode.PlatformError) {
    return false;
  }
  const code = (error as webApi.WebAPIPlatformError).data.error;
  return ['not_in_channel', 'channel_not_found', 'is_archived', 'restricted_action'].includes(code);
}

/** A message to the person in the bot's DM (App Home > Messages). Works wherever the person is. */
export async function postToUser(client: WebClient, user: string, reply: SlackReply): Promise<void> {
  await client.chat.postMessage({
    channel: user,
    text: reply.text,
    blocks: reply.blocks,
    unfurl_links: false,
    unfurl_media: false,
  });
}

/**
 * Something only `user` sees, next to a message in `channel` (in its thread when given). When the bot cannot post
 * there, the person gets it in the bot's DM instead, so the answer is never lost.
 */
export async function postPrivately(
  client: WebClient,
  where: { channel: string; user: string; threadTs?: string },
  reply: SlackReply,
): Promise<void> {
  try {
    await client.chat.postEphemeral({
      channel: where.channel,
      user: where.user,
      ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
      text: reply.text,
      blocks: reply.blocks,
    });
  } catch (error) {
    if (!cannotPostThere(error)) throw error;
    await postToUser(client, where.user, reply);
  }
}
