import {
  createCheckLimiter,
  createCheckLimiterFor,
  createDynamoDbCounterStore,
  createMemoryCounterStore,
} from '../../../src/slack/rate-limit';
import { fakeClock } from '../../harness/clock';
import { useFakeAwsCredentials } from '../../harness/deferred';
import { deniedTable, dynamoDbTable } from '../../harness/dynamodb-table';
import { recordingLogger } from '../../harness/logger';

useFakeAwsCredentials('eu-west-1');

const LIMITS = { perUser: 5, overall: 30, windowSeconds: 60 };
// 18 s into a minute: a refused check may try again in 42 s.
const START = Date.UTC(2026, 10, 26, 8, 0, 18);

const clock = () => fakeClock(START);

describe('the check rate limit', () => {
  it('lets a person start 5 checks a minute, then says when the window ends', async () => {
    const time = clock();
    const limiter = createCheckLimiter(LIMITS, createMemoryCounterStore(), time.now);
    for (let i = 0; i < 5; i++) expect(await limiter.take('U0ALICE001')).toEqual({ ok: true });
    expect(await limiter.take('U0ALICE001')).toEqual({ ok: false, scope: 'user', retryAfterSeconds: 42 });
    time.advance(41_500);
    expect(await limiter.take('U0ALICE001')).toEqual({ ok: false, scope: 'user', retryAfterSeconds: 1 });
    time.advance(500);
    expect(await limiter.take('U0ALICE001')).toEqual({ ok: true });
  });

  it('counts each person on their own', async () => {
    const limiter = createCheckLimiter(LIMITS, createMemoryCounterStore(), clock().now);
    for (let i = 0; i < 5; i++) await limiter.take('U0ALICE001');
    expect(await limiter.take('U0ALICE001')).toMatchObject({ ok: false });
    expect(await limiter.take('U0BOB00001')).toEqual({ ok: true });
  });

  it('limits everyone together, and a person over their own limit does not use up everyone else’s', async () => {
    const limiter = createCheckLimiter({ ...LIMITS, overall: 8 }, createMemoryCounterStore(), clock().now);
    for (let i = 0; i < 50; i++) await limiter.take('U0ALICE001');
    for (let i = 0; i < 3; i++) expect(await limiter.take(`U0USER000${i}`)).toEqual({ ok: true });
    expect(await limiter.take('U0CAROL001')).toEqual({ ok: false, scope: 'overall', retryAfterSeconds: 42 });
  });

  it('counts with one conditional UpdateItem per counter in the idempotency table, expiring after the window', async () => {
    const table = dynamoDbTable('eu-west-1');
    const store = createDynamoDbCounterStore('bot-idem');
    const limiter = createCheckLimiter(LIMITS, store, clock().now);
    expect(await limiter.take('U0ALICE001')).toEqual({ ok: true });
    const window = String(Date.UTC(2026, 10, 26, 8, 0, 0) / 1000);
    expect(table.requests.map((r) => r.body)).toEqual([
      {
        TableName: 'bot-idem',
        Key: { pk: { S: `checks:user:U0ALICE001:${window}` } },
        UpdateExpression: 'SET expiresAt = :expiresAt ADD hits :one',
        ConditionExpression: 'attribute_not_exists(hits) OR hits < :limit',
        ExpressionAttributeValues: {
          ':one': { N: '1' },
          ':limit': { N: '5' },
          ':expiresAt': { N: String(Number(window) + 60) },
        },
      },
      expect.objectContaining({ Key: { pk: { S: `checks:all:${window}` } } }),
    ]);
  });

  it('holds across instances: two processes sharing the table share the limit', async () => {
    dynamoDbTable('eu-west-1');
    const time = clock();
    const a = createCheckLimiterFor({ ...LIMITS, table: 'bot-idem' }, recordingLogger(), time.now);
    const b = createCheckLimiterFor({ ...LIMITS, table: 'bot-idem' }, recordingLogger(), time.now);
    const verdicts = [];
    for (const instance of [a, b, a, b, a, b]) verdicts.push(await instance.take('U0ALICE001'));
    expect(verdicts.map((v) => v.ok)).toEqual([true, true, true, true, true, false]);
  });

  it('counts in the instance alone, with a warning, when the table cannot be written: the limit stays', async () => {
    const requests = deniedTable('eu-west-1');
    const logger = recordingLogger();
    const time = clock();
    const limiter = createCheckLimiterFor({ ...LIMITS, table: 'bot-idem' }, logger, time.now);
    const verdicts = [];
    for (let i = 0; i < 6; i++) verdicts.push((await limiter.take('U0ALICE001')).ok);
    expect(verdicts).toEqual([true, true, true, true, true, false]);
    expect(logger.printed().filter((l) => l.startsWith('warn'))).toEqual([
      expect.stringContaining('AccessDeniedException'),
    ]);
    expect(logger.printed().join('\n')).not.toContain('U0ALICE001');
    // One failure, then the table is left alone for 30 s rather than cost every check a round trip.
    expect(requests).toHaveLength(1);
    time.advance(30_000);
    await limiter.take('U0BOB00001');
    expect(requests).toHaveLength(2);
  });
});
