/**
 * The idempotency table as the alert ledger sees it, behind nock: the real SDK's UpdateItem and PutItem requests are
 * answered with DynamoDB's JSON wire bodies, applying the ledger's conditions and updates the way DynamoDB would,
 * one request at a time, so several apps (several instances) share it.
 */
import nock from 'nock';

const WIRE = { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'EXAMPLE-request-id' };
const FAILED = {
  __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException',
  message: 'The conditional request failed',
};

type Attribute = { S?: string; N?: string };
type Item = Record<string, Attribute>;

interface Request {
  TableName: string;
  Key?: { pk: { S: string } };
  Item?: Item;
  UpdateExpression?: string;
  ExpressionAttributeValues: Record<string, Attribute>;
}

const n = (attribute: Attribute | undefined) => Number(attribute?.N ?? Number.NaN);

export function alertTable(region: string) {
  const items = new Map<string, Item>();
  const requests: { target: string; body: Request }[] = [];
  nock(`https://dynamodb.${region}.amazonaws.com`)
    .persist()
    .post('/')
    .reply(function (_uri, raw) {
      const target = String(this.req.headers['x-amz-target']).replace('DynamoDB_20120810.', '');
      const body = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Request;
      requests.push({ target, body });
      const values = body.ExpressionAttributeValues;
      if (target === 'PutItem') {
        const pk = body.Item?.pk?.S as string;
        const found = items.get(pk);
        if (found && n(found.expiresAt) > n(values[':nowSeconds'])) return [400, FAILED, WIRE];
        items.set(pk, { ...body.Item });
        return [200, {}, WIRE];
      }
      const pk = body.Key?.pk.S as string;
      const item: Item = { ...(items.get(pk) ?? { pk: { S: pk } }) };
      if (body.UpdateExpression?.startsWith('ADD seen')) {
        if (items.has(pk) && !(n(item.expiresAt) > n(values[':nowSeconds']))) return [400, FAILED, WIRE];
        item.seen = { N: String((Number.isNaN(n(item.seen)) ? 0 : n(item.seen)) + 1) };
        item.since ??= values[':now'] as Attribute;
        item.expiresAt ??= values[':expires'] as Attribute;
      } else {
        item.replyChannel = values[':channel'] as Attribute;
        item.replyTs = values[':ts'] as Attribute;
        item.packed = values[':packed'] as Attribute;
      }
      items.set(pk, item);
      return [200, { Attributes: item }, WIRE];
    });
  return { items, requests };
}
