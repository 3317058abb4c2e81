import type { Logger } from '@slack/bolt';
import { createDynamoDbAlertLedger, withLocalFallback } from './dynamodb';
import { type AlertLedger, createMemoryAlertLedger } from './ledger';

/**
 * Counted in the shared table when there is one (several instances: an alarm's repeats land anywhere), else in this
 * process.
 */
export function createAlertLedger(tableName: string | undefined, logger: Pick<Logger, 'warn'> = console): AlertLedger {
  const local = createMemoryAlertLedger();
  return tableName ? withLocalFallback(createDynamoDbAlertLedger(tableName), local, logger) : local;
}
