import type { Logger } from '@slack/bolt';
import { createDynamoDbIdempotencyStore } from './dynamodb';
import { createMemoryIdempotencyStore } from './memory';
import type { IdempotencyStore } from './types';

export { createDynamoDbIdempotencyStore } from './dynamodb';
export { createMemoryIdempotencyStore, MEMORY_STORE_MAX_CLAIMS } from './memory';
export { installDeliveryDeduplication } from './middleware';
export type { IdempotencyStore } from './types';

/** A shared table when one is configured (several instances), else memory (one process). */
export function createIdempotencyStore(
  tableName: string | undefined,
  logger: Pick<Logger, 'warn'> = console,
): IdempotencyStore {
  return tableName ? createDynamoDbIdempotencyStore({ tableName, logger }) : createMemoryIdempotencyStore({ logger });
}
