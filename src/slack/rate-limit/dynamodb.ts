/**
 * Several instances (Lambda, HTTP servers behind a load balancer): one conditional UpdateItem per counter in the
 * idempotency table. DynamoDB serialises updates of one item, so two instances can never both take the last check.
 * Items carry `expiresAt`, the table's TTL attribute, and are gone a while after their window.
 */
import { timeBudget } from '../../checks/aws/time-budget';
import { lazyDynamoDbClient } from '../shared-table/client';
import type { CounterStore } from './types';

/** Counting runs before the ack; past this the caller falls back rather than make the person wait. */
const COUNT_BUDGET_MS = 1000;

export function createDynamoDbCounterStore(tableName: string): CounterStore {
  const dynamodb = lazyDynamoDbClient();
  return {
    async take(key, limit, expiresAt) {
      const { UpdateItemCommand } = await import('@aws-sdk/client-dynamodb');
      try {
        await (await dynamodb()).send(
          new UpdateItemCommand({
            TableName: tableName,
            Key: { pk: { S: key } },
            UpdateExpression: 'SET expiresAt = :expiresAt ADD hits :one',
            ConditionExpression: 'attribute_not_exists(hits) OR hits < :limit',
            ExpressionAttributeValues: {
              ':one': { N: '1' },
              ':limit': { N: String(limit) },
              ':expiresAt': { N: String(Math.ceil(expiresAt / 1000)) },
            },
          }),
          { abortSignal: timeBudget(COUNT_BUDGET_MS) },
        );
        return true;
      } catch (error) {
        if (error instanceof Error && error.name === 'ConditionalCheckFailedException') return false;
        throw error;
      }
    },
  };
}
