/**
 * The watch state on Lambda: one item per watched pool and channel in the bot's table (IDEMPOTENCY_TABLE, whose key
 * is `pk`), under the `watch#` prefix so it never meets an event id; MFA_WATCH_TABLE names another table with the
 * same key when the team wants the state apart. Items carry no `expiresAt`: the table's TTL leaves them alone.
 */
import type { PoolState } from './diff';
import type { WatchStore } from './state';

type DynamoDBClient = import('@aws-sdk/client-dynamodb').DynamoDBClient;

export function createDynamoDbWatchStore(options: { tableName: string; client?: DynamoDBClient }): WatchStore {
  let client: Promise<DynamoDBClient> | undefined;
  const dynamodb = () => {
    client ??= options.client
      ? Promise.resolve(options.client)
      : import('@aws-sdk/client-dynamodb').then(({ DynamoDBClient }) => new DynamoDBClient({}));
    return client;
  };
  return {
    async get(key) {
      const { GetItemCommand } = await import('@aws-sdk/client-dynamodb');
      const out = await (await dynamodb()).send(
        new GetItemCommand({ TableName: options.tableName, Key: { pk: { S: key } }, ConsistentRead: true }),
      );
      const text = out.Item?.state?.S;
      return text ? (JSON.parse(text) as PoolState) : undefined;
    },
    async put(key, state) {
      const { PutItemCommand } = await import('@aws-sdk/client-dynamodb');
      await (await dynamodb()).send(
        new PutItemCommand({
          TableName: options.tableName,
          Item: { pk: { S: key }, state: { S: JSON.stringify(state) } },
        }),
      );
    },
  };
}
