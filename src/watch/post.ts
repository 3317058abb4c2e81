/** Posts a pool's round to its watch channel through the Web API; the ts of each new message threads later changes. */
import type { webApi } from '@slack/bolt';
import type { Lang } from '../catalogue/types';
import { watchMessages } from './message';
import type { Post } from './round';

export function slackPost(client: webApi.WebClient, lang: Lang): Post {
  return async (outcome) => {
    const channel = outcome.target.channel as string;
    const threads: Record<string, string> = {};
    for (const message of watchMessages(outcome, lang)) {
      const out = await client.chat.postMessage({
        channel,
        text: message.reply.text,
        blocks: message.reply.blocks,
        ...(message.thread ? { thread_ts: message.thread } : {}),
        unfurl_links: false,
        unfurl_media: false,
      });
      if (!message.thread && out.ts) for (const key of message.keys) threads[key] = out.ts;
    }
    return threads;
  };
}
