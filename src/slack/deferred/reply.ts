/** Posts a finished job's message to wherever the job said its answer goes. */
import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { postOnceInThread } from '../reply/post-once';
import { timedFetch } from '../web-api/timed-fetch';
import type { ReplyTarget } from './types';

export interface ReplyMessage {
  text: string;
  blocks?: KnownBlock[];
  /** Only for response_url targets: 'in_channel' makes the post visible to everyone in the channel. */
  responseType?: 'ephemeral' | 'in_channel';
}

class ResponseUrlError extends Error {
  override name = 'ResponseUrlError';
}

const post = timedFetch();

/** What posting needs: the Web API client, and the job's stop signal when it has one. */
export interface ReplyDeps {
  client: WebClient;
  signal?: AbortSignal;
}

export async function sendReply(target: ReplyTarget, message: ReplyMessage, deps: ReplyDeps): Promise<void> {
  // A stopped job posts nothing: whoever asked is told it was interrupted, and must not then get half an answer.
  deps.signal?.throwIfAborted();
  const { client } = deps;
  if ('responseUrl' in target) {
    const response = await post(target.responseUrl, {
      signal: deps.signal,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        response_type: message.responseType ?? 'ephemeral',
        replace_original: false,
        text: message.text,
        ...(message.blocks ? { blocks: message.blocks } : {}),
      }),
    }).catch((error: unknown) => {
      // The caller logs this and tells the person if it can.
      throw new ResponseUrlError(`response_url: ${error instanceof Error ? error.message : String(error)}`);
    });
    // An expired response_url (30 min, 5 posts) answers 404 or 410; say so rather than lose the reply silently.
    if (!response.ok) throw new ResponseUrlError(`response_url answered HTTP ${response.status}`);
    return;
  }
  const common = {
    channel: target.channel,
    text: message.text,
    ...(message.blocks ? { blocks: message.blocks } : {}),
    ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
  };
  if (target.user) await client.chat.postEphemeral({ ...common, user: target.user });
  else if (target.threadTs) await postOnceInThread(client, { ...common, thread_ts: target.threadTs });
  else await client.chat.postMessage(common);
}
