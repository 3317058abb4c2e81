/** Slack's chat.postMessage as the real Web API client reaches it through SLACK_API_URL: records each post. */
import nock from 'nock';
import { parseBody } from './aws-wire';

export const SLACK_API_URL = 'http://slack.test/api/';

export interface Posted {
  channel: string;
  text: string;
  thread_ts?: string;
  blocks: string;
  ts: string;
}

export function slackStandIn(): Posted[] {
  const posts: Posted[] = [];
  nock('http://slack.test')
    .persist()
    .post('/api/chat.postMessage')
    .reply((_uri, body) => {
      const b = parseBody(body);
      const ts = `1764547200.${String(100 + posts.length).padStart(6, '0')}`;
      posts.push({
        channel: b.channel as string,
        text: b.text as string,
        blocks: typeof b.blocks === 'string' ? b.blocks : JSON.stringify(b.blocks ?? []),
        ts,
        ...(b.thread_ts ? { thread_ts: b.thread_ts as string } : {}),
      });
      return [200, { ok: true, channel: b.channel, ts }];
    });
  return posts;
}
