/**
 * Several instances (Lambda, HTTP servers behind a load balancer): a conditional PutItem keyed on the delivery id.
 * DynamoDB decides atomically which instance claims it first; the others see ConditionalCheckFailedException.
 * The item carries `expiresAt` for DynamoDB's TTL; because TTL deletion can lag by days, an expired item also
 * counts as free in the condition.
 */

import type { Logger } from '@slack/bolt';
import { timeBudget } from '../../checks/aws/time-budget';
import { lazyDynamoDbClient } from '../shared-table/client';
import type { IdempotencyStore } from './types';

export interface DynamoDbStoreOptions {
  tableName: string;
  logger: Pick<Logger, 'warn'>;
  /** Injected in tests; defaults to the wall clock. */
  now?: () => number;
}

/** A claim must not eat the 3-second ack budget; past this the event is handled rather than risk losing it. */
const CLAIM_BUDGET_MS = 1000;

export function createDynamoDbIdempotencyStore(options: DynamoDbStoreOptions): IdempotencyStore {
  const dynamodb = lazyDynamoDbClient();
  const now = options.now ?? Date.now;
  return {
    async claim(key, ttlSeconds) {
      const { PutItemCommand } = await import('@aws-sdk/client-dynamodb');
      const nowSeconds = Math.floor(now() / 1000);
      try {
        await (await dynamodb()).send(
          new PutItemCommand({
            TableName: options.tableName,
            Item: { pk: { S: key }, expiresAt: { N: String(nowSeconds + ttlSeconds) } },
            ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now',
            ExpressionAttributeValues: { ':now': { N: String(nowSeconds) } },
          }),
          { abortSignal: timeBudget(CLAIM_BUDGET_MS) },
        );
        return true;
      } catch (error) {
        if (error instanceof Error && error.name === 'ConditionalCheckFailedException') return false;
        // Fail open: a store outage may let a rare duplicate through, which is better than answering nobody.
        options.logger.warn(
          `idempotency: could not record ${key} (${error instanceof Error ? error.name : 'error'}); handling it anyway`,
        );
        return true;
      }
    },
  };
}
