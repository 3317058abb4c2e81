/**
 * The alert ledger shared by every instance (Lambda invocations, servers behind a load balancer), in the idempotency
 * table: one UpdateItem per sighting, which DynamoDB applies atomically, so two instances that see the same alarm at
 * once get counts 1 and 2 and only the first answers. Items carry `expiresAt`, the table's TTL attribute; because TTL
 * deletion lags, an expired item still there counts as gone and is replaced.
 */
import type { Logger } from '@slack/bolt';
import { timeBudget } from '../../checks/aws/time-budget';
import { lazyDynamoDbClient } from '../shared-table/client';
import { sharedThenLocal } from '../shared-table/fallback';
import { ALERT_WINDOW_MS, type AlertLedger, type AlertSighting } from './ledger';

type Item = Record<string, { S?: string; N?: string }>;

/** Counting runs before the answer; past this the instance counts on its own (withLocalFallback). */
const BUDGET_MS = 1000;

const seconds = (ms: number) => String(Math.ceil(ms / 1000));

function sightingOf(item: Item | undefined, now: number): AlertSighting {
  const count = Number(item?.seen?.N ?? 1);
  const since = Number(item?.since?.N ?? now);
  const channel = item?.replyChannel?.S;
  const ts = item?.replyTs?.S;
  const packed = item?.packed?.S;
  return { count, since, ...(channel && ts && packed ? { reply: { channel, ts, packed } } : {}) };
}

function conditionFailed(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

export function createDynamoDbAlertLedger(tableName: string): AlertLedger {
  const dynamodb = lazyDynamoDbClient();
  const options = () => ({ abortSignal: timeBudget(BUDGET_MS) });

  const count = async (pk: string, now: number): Promise<AlertSighting> => {
    const { UpdateItemCommand } = await import('@aws-sdk/client-dynamodb');
    const out = await (await dynamodb()).send(
      new UpdateItemCommand({
        TableName: tableName,
        Key: { pk: { S: pk } },
        UpdateExpression:
          'ADD seen :one SET since = if_not_exists(since, :now), expiresAt = if_not_exists(expiresAt, :expires)',
        ConditionExpression: 'attribute_not_exists(pk) OR expiresAt > :nowSeconds',
        ExpressionAttributeValues: {
          ':one': { N: '1' },
          ':now': { N: String(now) },
          ':expires': { N: seconds(now + ALERT_WINDOW_MS) },
          ':nowSeconds': { N: seconds(now) },
        },
        ReturnValues: 'ALL_NEW',
      }),
      options(),
    );
    return sightingOf(out.Attributes as Item | undefined, now);
  };

  /** An expired item TTL has not deleted yet: the error is seen afresh. */
  const replace = async (pk: string, now: number): Promise<boolean> => {
    const { PutItemCommand } = await import('@aws-sdk/client-dynamodb');
    try {
      await (await dynamodb()).send(
        new PutItemCommand({
          TableName: tableName,
          Item: {
            pk: { S: pk },
            seen: { N: '1' },
            since: { N: String(now) },
            expiresAt: { N: seconds(now + ALERT_WINDOW_MS) },
          },
          ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :nowSeconds',
          ExpressionAttributeValues: { ':nowSeconds': { N: seconds(now) } },
        }),
        options(),
      );
      return true;
    } catch (error) {
      if (conditionFailed(error)) return false;
      throw error;
    }
  };

  return {
    async sight(key, now) {
      const pk = `alert:${key}`;
      try {
        return await count(pk, now);
      } catch (error) {
        if (!conditionFailed(error)) throw error;
      }
      if (await replace(pk, now)) return { count: 1, since: now };
      // Another instance replaced it first: this sighting counts into theirs.
      return count(pk, now);
    },
    async answered(key, reply, now) {
      const { UpdateItemCommand } = await import('@aws-sdk/client-dynamodb');
      const out = await (await dynamodb()).send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: { pk: { S: `alert:${key}` } },
          UpdateExpression: 'SET replyChannel = :channel, replyTs = :ts, packed = :packed',
          ExpressionAttributeValues: {
            ':channel': { S: reply.channel },
            ':ts': { S: reply.ts },
            ':packed': { S: reply.packed },
          },
          ReturnValues: 'ALL_NEW',
        }),
        options(),
      );
      return sightingOf(out.Attributes as Item | undefined, now);
    },
  };
}

/**
 * When the shared table cannot be reached, this instance counts on its own for a while and says so: an alarm then
 * gets at most one answer per instance instead of one in all, and never one per firing.
 */
export function withLocalFallback(
  shared: AlertLedger,
  local: AlertLedger,
  logger: Pick<Logger, 'warn'>,
  clock: () => number = Date.now,
): AlertLedger {
  const attempt = sharedThenLocal({ shared, local, logger, counter: 'alerts', counted: 'an alert', now: clock });
  return {
    sight: (key, now) => attempt((ledger) => ledger.sight(key, now)),
    answered: (key, reply, now) => attempt((ledger) => ledger.answered(key, reply, now)),
  };
}
