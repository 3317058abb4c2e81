/** A DynamoDB table for the watch state behind the real SDK client: GetItem and PutItem by `pk`, kept in a Map. */
import nock from 'nock';

export function fakeTable(region: string, items = new Map<string, Record<string, unknown>>()) {
  const calls: string[] = [];
  nock(`https://dynamodb.${region}.amazonaws.com`)
    .persist()
    .post('/')
    .reply(function (_uri, raw) {
      const op = String(this.req.headers['x-amz-target']).replace('DynamoDB_20120810.', '');
      const body = (typeof raw === 'string' ? JSON.parse(raw) : raw) as {
        TableName: string;
        Key?: { pk: { S: string } };
        Item?: { pk: { S: string } } & Record<string, unknown>;
      };
      calls.push(`${op} ${body.TableName}`);
      const type = { 'content-type': 'application/x-amz-json-1.0' };
      if (op === 'GetItem') {
        const item = items.get(body.Key?.pk.S ?? '');
        return [200, JSON.stringify(item ? { Item: item } : {}), type];
      }
      if (op === 'PutItem' && body.Item) {
        items.set(body.Item.pk.S, body.Item);
        return [200, '{}', type];
      }
      return [400, JSON.stringify({ __type: 'com.amazon.coral.validate#ValidationException', message: op }), type];
    });
  return { items, calls };
}
