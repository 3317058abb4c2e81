type DynamoDBClient = import('@aws-sdk/client-dynamodb').DynamoDBClient;

/**
 * The shared table's client, made on first use: the SDK loads on the first claim, count or alert, not at cold start.
 * Two attempts, because each caller waits on it before an ack and falls back when it fails.
 */
export function lazyDynamoDbClient(): () => Promise<DynamoDBClient> {
  let client: Promise<DynamoDBClient> | undefined;
  return () => {
    client ??= import('@aws-sdk/client-dynamodb').then(({ DynamoDBClient }) => new DynamoDBClient({ maxAttempts: 2 }));
    return client;
  };
}
