/** `/mfa-check watch` through the real Lambda handler (state in DynamoDB), and the list itself in Japanese. */
import { createHandler } from '../../src/main/lambda';
import { watchList } from '../../src/watch/list';
import { createMemoryStore, stateKey } from '../../src/watch/state';
import { POOL_ID } from '../harness/aws-wire';
import { useFakeAwsCredentials } from '../harness/deferred';
import { dynamoDbTable } from '../harness/dynamodb-table';
import { lambdaContext, lambdaEnv, REGION } from '../harness/lambda';
import { apiGatewayEvent } from '../harness/signed';
import { fixture, SlackApiRecorder } from '../harness/slack';

useFakeAwsCredentials(REGION);

const STATE = {
  checkedAt: '2026-12-04T13:00:00.000Z',
  findings: {
    'sms-role-trust': { rule: 'sms-role-trust', entry: 'sms-role-trust', status: 'fail' },
    'pool-totp-enabled': { rule: 'pool-totp-enabled', entry: 'totp-not-enabled-in-pool', status: 'warn' },
    'client-admin-scope#web1': {
      rule: 'client-admin-scope',
      entry: 'totp-missing-admin-scope',
      status: 'warn',
      client: 'web1',
    },
    'pool-mfa-enabled': { rule: 'pool-mfa-enabled', entry: 'totp-pool-mfa-first', status: 'pass' },
  },
} as const;

it('/mfa-check watch lists each watch privately with its last round and fail/warn counts, checking nothing', async () => {
  const table = dynamoDbTable(REGION);
  table.items.set(`watch#${POOL_ID}@C0WATCH01`, {
    pk: { S: `watch#${POOL_ID}@C0WATCH01` },
    state: { S: JSON.stringify(STATE) },
  });
  new SlackApiRecorder();
  const handler = createHandler(
    lambdaEnv({
      MFA_WATCH: `${POOL_ID}=C0WATCH01 us-east-1_Zz9new=C0WATCH01`,
      IDEMPOTENCY_TABLE: 'mfa-bot-test',
    }),
  );
  const body = { ...fixture('slash-command'), command: '/mfa-check', text: 'watch' };
  // biome-ignore lint/suspicious/noExplicitAny: the Lambda context is not used by Bolt
  const response = (await handler(apiGatewayEvent(body), lambdaContext as any)) as { statusCode: number; body: string };
  expect(response.statusCode).toBe(200);
  const ack = JSON.parse(response.body) as { response_type: string; text: string };
  expect(ack.response_type).toBe('ephemeral');
  expect(ack.text.split('\n')).toEqual([
    '*Watched pools*',
    `• \`${POOL_ID}\` → <#C0WATCH01>: last round <!date^1796389200^{date_short_pretty} {time}|2026-12-04T13:00:00.000Z>, 1 fail, 2 warn`,
    '• `us-east-1_Zz9new` → <#C0WATCH01>: not checked yet',
  ]);
});

it('says it in Japanese, and what to set when nothing is watched', async () => {
  const store = createMemoryStore();
  await store.put(stateKey(POOL_ID, 'C0WATCH01'), STATE as never);
  const ja = await watchList(
    [
      { pool: POOL_ID, channel: 'C0WATCH01' },
      { alias: 'prod', pool: '*', channel: 'C0OPS0001' },
    ],
    store,
    'ja',
  );
  expect(ja).toContain('*監視中のプール*');
  expect(ja).toContain(
    '最終チェック <!date^1796389200^{date_short_pretty} {time}|2026-12-04T13:00:00.000Z>、1 失敗、2 注意',
  );
  expect(ja).toContain('`prod:*` → <#C0OPS0001>: MFA_WATCH_REGIONS にあるアカウントのすべてのプール');
  expect(await watchList([], store, 'en')).toMatch(/No pool is watched: set MFA_WATCH/);
});
