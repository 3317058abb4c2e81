import nock from 'nock';
import { createDynamoDbIdempotencyStore, createMemoryIdempotencyStore } from '../../../src/slack/idempotency';
import { useFakeAwsCredentials } from '../../harness/deferred';
import { dynamoDbTable } from '../../harness/dynamodb-table';
import { recordingLogger } from '../../harness/logger';

useFakeAwsCredentials('us-east-1');

const dynamodb = () => nock('https://dynamodb.us-east-1.amazonaws.com');

describe('memory idempotency store', () => {
  it('claims a key once and refuses it afterwards', async () => {
    const store = createMemoryIdempotencyStore();
    expect(await store.claim('event:Ev1', 60)).toBe(true);
    expect(await store.claim('event:Ev1', 60)).toBe(false);
    expect(await store.claim('event:Ev2', 60)).toBe(true);
  });

  it('frees a key once its time to live has passed', async () => {
    let now = Date.UTC(2026, 10, 26, 8, 0, 0);
    const store = createMemoryIdempotencyStore({ now: () => now });
    expect(await store.claim('event:Ev1', 3600)).toBe(true);
    now += 3_599_000;
    expect(await store.claim('event:Ev1', 3600)).toBe(false);
    now += 1000;
    expect(await store.claim('event:Ev1', 3600)).toBe(true);
  });

  it('still refuses an event redelivered within the hour after 30,000 others, an hour of Slack at its limit', async () => {
    let now = Date.UTC(2026, 10, 26, 8, 0, 0);
    const logger = recordingLogger();
    const store = createMemoryIdempotencyStore({ now: () => now, logger });
    expect(await store.claim('event:EvFIRST', 3600)).toBe(true);
    for (let i = 0; i < 30_000; i++) {
      now += 110;
      await store.claim(`event:Ev${i}`, 3600);
    }
    expect(await store.claim('event:EvFIRST', 3600)).toBe(false);
    expect(logger.printed()).toEqual([]);
  });

  it('past its cap drops the oldest claim still live, and says so in the log once', async () => {
    let now = Date.UTC(2026, 10, 26, 8, 0, 0);
    const logger = recordingLogger();
    const store = createMemoryIdempotencyStore({ max: 3, now: () => now, logger });
    for (const id of ['Ev1', 'Ev2', 'Ev3', 'Ev4', 'Ev5']) {
      now += 1000;
      expect(await store.claim(`event:${id}`, 3600)).toBe(true);
    }
    expect(await store.claim('event:Ev5', 3600)).toBe(false);
    expect(await store.claim('event:Ev1', 3600)).toBe(true);
    expect(logger.printed()).toEqual([
      'warn idempotency: 3 claims in memory, dropping ones still live; a redelivered event may be answered twice. Set IDEMPOTENCY_TABLE to keep claims in DynamoDB.',
    ]);
  });

  it('makes room by age first: claims older than their hour never count against the cap', async () => {
    let now = Date.UTC(2026, 10, 26, 8, 0, 0);
    const logger = recordingLogger();
    const store = createMemoryIdempotencyStore({ max: 3, now: () => now, logger });
    for (const id of ['Ev1', 'Ev2', 'Ev3']) await store.claim(`event:${id}`, 3600);
    now += 3_600_000;
    for (const id of ['Ev4', 'Ev5', 'Ev6']) await store.claim(`event:${id}`, 3600);
    expect(await store.claim('event:Ev4', 3600)).toBe(false);
    expect(logger.printed()).toEqual([]);
  });
});

describe('DynamoDB idempotency store', () => {
  const now = () => Date.UTC(2026, 10, 26, 8, 0, 0);
  const nowSeconds = String(now() / 1000);

  it('claims with a conditional PutItem carrying the expiry, and treats ConditionalCheckFailed as "already handled"', async () => {
    const table = dynamoDbTable('us-east-1');
    const store = createDynamoDbIdempotencyStore({ tableName: 'bot-idem', logger: recordingLogger(), now });
    expect(await store.claim('event:Ev1', 3600)).toBe(true);
    expect(await store.claim('event:Ev1', 3600)).toBe(false);
    expect(table.requests.map((r) => r.target)).toEqual(['PutItem', 'PutItem']);
    expect(table.requests[0]?.body).toEqual({
      TableName: 'bot-idem',
      Item: { pk: { S: 'event:Ev1' }, expiresAt: { N: String(Number(nowSeconds) + 3600) } },
      ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now',
      ExpressionAttributeValues: { ':now': { N: nowSeconds } },
    });
  });

  it('fails open when the table cannot be reached: it logs and lets the event through rather than answer nobody', async () => {
    dynamodb().post('/').times(2).reply(
      400,
      {
        __type: 'com.amazonaws.dynamodb.v20120810#ResourceNotFoundException',
        message: 'Requested resource not found',
      },
      { 'content-type': 'application/x-amz-json-1.0' },
    );
    const logger = recordingLogger();
    const store = createDynamoDbIdempotencyStore({ tableName: 'missing', logger, now });
    expect(await store.claim('event:Ev1', 3600)).toBe(true);
    expect(logger.printed().some((l) => l.startsWith('warn') && l.includes('ResourceNotFoundException'))).toBe(true);
  });
});
