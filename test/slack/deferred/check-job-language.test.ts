/**
 * A check asked for in Japanese is answered in Japanese from the worker too: the report, its Share in channel
 * button, the line under a shared report, and a failure ("the pool was not found"), with no English sentence.
 */
import type { KnownBlock } from '@slack/types';
import nock from 'nock';
import { createCheckJobRunner } from '../../../src/slack/deferred/jobs/check';
import { runJob } from '../../../src/slack/deferred/run-job';
import { POOL_ID, reply, serve } from '../../harness/aws-wire';
import { checkJob, jobDeps, RESPONSE_URL, useFakeAwsCredentials } from '../../harness/deferred';
import { englishRuns } from '../../harness/english-runs';

useFakeAwsCredentials('eu-west-1');

const runners = { check: createCheckJobRunner(() => {}) };

function posts(): Record<string, unknown>[] {
  const seen: Record<string, unknown>[] = [];
  nock('https://hooks.slack.com')
    .persist()
    .post(new URL(RESPONSE_URL).pathname, (body) => {
      seen.push(body);
      return true;
    })
    .reply(200, 'ok');
  return seen;
}

const texts = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(texts)
    : typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([k, v]) => (k === 'text' && typeof v === 'string' ? [v] : texts(v)))
      : [];

describe('a check job in Japanese', () => {
  it('posts a Japanese report with a Japanese Share in channel button', async () => {
    serve();
    const seen = posts();
    await runJob(checkJob({ args: { pool: POOL_ID, lang: 'ja' } }), jobDeps(), runners);
    expect(seen).toHaveLength(1);
    const blocks = seen[0]?.blocks as KnownBlock[];
    expect(JSON.stringify(blocks)).toContain('"text":"チャンネルに共有"');
    expect(String(seen[0]?.text)).toMatch(
      /^MFA チェック: eu-west-1_AbCdEfGhI: 失敗 \d+、注意 \d+、不明 \d+、合格 \d+$/,
    );
    expect(texts(blocks).flatMap(englishRuns)).toEqual([]);
  });

  it('marks a shared report in Japanese', async () => {
    serve();
    const seen = posts();
    await runJob(checkJob({ args: { pool: POOL_ID, lang: 'ja', share: true } }), jobDeps(), runners);
    expect((seen[0]?.blocks as KnownBlock[] | undefined)?.at(-1)).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '<@U0PERSON> さんが共有しました' }],
    });
  });

  it('says in Japanese that the pool was not found', async () => {
    serve({
      'cognito-idp:DescribeUserPool': reply.cognitoError('ResourceNotFoundException', 'User pool does not exist.'),
    });
    const seen = posts();
    await runJob(checkJob({ args: { pool: POOL_ID, lang: 'ja' } }), jobDeps(), runners);
    expect(seen[0]?.text).toBe(
      `\`${POOL_ID}\` のチェックに失敗しました: ユーザープール ${POOL_ID} が eu-west-1 に見つかりません。ID を確認してください。リージョンは "_" の前の部分です。`,
    );
  });

  it('and in English by default', async () => {
    serve();
    const seen = posts();
    await runJob(checkJob({ args: { pool: POOL_ID } }), jobDeps(), runners);
    expect(String(seen[0]?.text)).toMatch(/^MFA check: eu-west-1_AbCdEfGhI: \d+ fail/);
    expect(JSON.stringify(seen[0]?.blocks)).toContain('"text":"Share in channel"');
  });
});
