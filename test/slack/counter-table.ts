/**
 * The idempotency table as the rate limiter sees it, behind nock: the real SDK's UpdateItem requests are answered
 * with DynamoDB's JSON wire bodies, and the table keeps its items, so several limiters (several instances) share it.
 * It applies the limiter's one condition (`hits < :limit`) the way DynamoDB would, one request at a time.
 */
import nock from 'nock';

const WIRE = { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'EXAMPLE-request-id' };

interface UpdateItem {
  TableName: string;
  Key: { pk: { S: string } };
  ExpressionAttributeValues: Record<string, { N: string }>;
}

export function counterTable(region: string) {
  const items = new Map<string, { hits: number; expiresAt: number }>();
  const requests: Record<string, unknown>[] = [];
  nock(`https://dynamodb.${region}.amazonaws.com`)
    .persist()
    .matchHeader('x-amz-target', 'DynamoDB_20120810.UpdateItem')
    .post('/')
    .reply((_uri, body) => {
      const request = (typeof body === 'string' ? JSON.parse(body) : body) as UpdateItem;
      requests.push(request as unknown as Record<string, unknown>);
      const key = request.Key.pk.S;
      const values = request.ExpressionAttributeValues;
      const item = items.get(key);
      if (item && item.hits >= Number(values[':limit']?.N)) {
        return [
          400,
          {
            __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException',
            message: 'The conditional request failed',
          },
          WIRE,
        ];
      }
      items.set(key, {
        hits: (item?.hits ?? 0) + Number(values[':one']?.N),
        expiresAt: Number(values[':expiresAt']?.N),
      });
      return [200, {}, WIRE];
    });
  return { items, requests };
}

/** A table the function may not write to (a missing grant): every UpdateItem fails. Returns the requests made. */
export function deniedTable(region: string): unknown[] {
  const requests: unknown[] = [];
  nock(`https://dynamodb.${region}.amazonaws.com`)
    .persist()
    .post('/', (body) => requests.push(body) > 0)
    .reply(
      400,
      {
        __type: 'com.amazon.coral.service#AccessDeniedException',
        message:
          'User: arn:aws:sts::123456789012:assumed-role/mfa-check-bot/fn is not authorized to perform: dynamodb:UpdateItem on resource: arn:aws:dynamodb:eu-west-1:123456789012:table/bot-idem',
      },
      WIRE,
    );
  return requests;
}
