/**
 * A reply that appears in its thread once, even when posting it fails in a way that leaves us not knowing whether
 * Slack stored it (the connection dropped after the request went out, no answer within the time limit). Blindly
 * posting again doubled the reply. chat.postMessage takes no idempotency key, so the reply carries its own: a random
 * `reply_key` in its message metadata. After such a failure the bot reads the thread's newest messages
 * (conversations.replies with their metadata) and posts again only when its key is not there. The read costs one
 * rate-limited call, and only on this rare path; when it cannot be made the reply is not posted again.
 */
import { randomUUID } from 'node:crypto';
import type { webApi } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import { classifyFailure } from '../web-api/failures';

type WebClient = webApi.WebClient;

/** The event type of a reply that carries no diagnosis: only its key. */
const REPLY_EVENT_TYPE = 'mfa_reply';
const MAX_POSTS = 3;
/** Messages read back: from a minute before the first attempt (clocks differ), a page Slack allows every app. */
const LOOKBACK_MS = 60_000;
const LOOKUP_LIMIT = 15;

type Payload = Record<string, string | number | boolean>;

export interface ThreadPost {
  channel: string;
  thread_ts: string;
  text: string;
  blocks?: KnownBlock[];
  metadata?: { event_type: string; event_payload: Payload };
  unfurl_links?: boolean;
  unfurl_media?: boolean;
}

function slackTs(ms: number): string {
  return (ms / 1000).toFixed(6);
}

/** The reply with this key, if Slack has it: its ts ('' when Slack gave none). */
async function inThread(
  client: WebClient,
  post: ThreadPost,
  replyKey: string,
  since: string,
): Promise<string | undefined> {
  const { messages } = await client.conversations.replies({
    channel: post.channel,
    ts: post.thread_ts,
    oldest: since,
    limit: LOOKUP_LIMIT,
    include_all_metadata: true,
  });
  const found = (messages ?? []).find(
    (m) => (m.metadata?.event_payload as Payload | undefined)?.reply_key === replyKey,
  );
  return found ? (found.ts ?? '') : undefined;
}

/** Posts the reply once; resolves with its ts (undefined when Slack did not say it). */
export async function postOnceInThread(
  client: WebClient,
  post: ThreadPost,
  now: () => number = Date.now,
): Promise<string | undefined> {
  const replyKey = randomUUID();
  const metadata = {
    event_type: post.metadata?.event_type ?? REPLY_EVENT_TYPE,
    event_payload: { ...post.metadata?.event_payload, reply_key: replyKey },
  };
  const since = slackTs(now() - LOOKBACK_MS);
  for (let attempt = 1; ; attempt++) {
    try {
      const posted = await client.chat.postMessage({ ...post, metadata });
      return posted.ts;
    } catch (error) {
      if (attempt === MAX_POSTS || classifyFailure(error) !== 'unknown') throw error;
      // A failed read leaves the question open: the post's own error says what went wrong, and nothing is doubled.
      const posted = await inThread(client, post, replyKey, since).catch(() => {
        throw error;
      });
      if (posted !== undefined) return posted || undefined;
    }
  }
}
