/**
 * The idempotency table behind nock, as every user of it sees it (event claims, the rate limiter's counters, the alert
 * ledger): the real SDK's PutItem, UpdateItem and GetItem requests are answered with DynamoDB's JSON wire bodies, and
 * the table applies each request's condition and update the way DynamoDB would, one request at a time, so several
 * apps (several instances) share it. It reads the expressions the code sends rather than knowing each caller, so a
 * caller that changes its expression is tested against DynamoDB's meaning, not against a copy of the old one.
 */
import nock from 'nock';

const WIRE = { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'EXAMPLE-request-id' };
const FAILED = {
  __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException',
  message: 'The conditional request failed',
};

type Attribute = { S?: string; N?: string };
type Item = Record<string, Attribute>;
type Values = Record<string, Attribute>;

export interface TableRequest {
  TableName: string;
  Key?: { pk: { S: string } };
  Item?: Item;
  UpdateExpression?: string;
  ConditionExpression?: string;
  ExpressionAttributeValues?: Values;
}

const n = (attribute: Attribute | undefined) => Number(attribute?.N ?? Number.NaN);

/** One comparison of a condition: `name op :value`, with DynamoDB's rule that a missing attribute compares false. */
function compare(item: Item | undefined, term: string, values: Values): boolean {
  const [name = '', op, ref = ''] = term.trim().split(' ');
  const left = n(item?.[name]);
  const right = n(values[ref]);
  if (Number.isNaN(left)) return false;
  if (op === '<') return left < right;
  if (op === '<=') return left <= right;
  if (op === '>') return left > right;
  if (op === '>=') return left >= right;
  throw new Error(`the fake table does not read the condition "${term}"`);
}

/** `attribute_not_exists(a) OR b < :v` and the like: the shapes the code's conditions take. */
function holds(item: Item | undefined, condition: string | undefined, values: Values): boolean {
  if (!condition) return true;
  return condition.split(' OR ').some((term) => {
    const inner = term.trim();
    if (inner.startsWith('attribute_not_exists(')) return item?.[inner.slice(21, -1)] === undefined;
    return compare(item, inner, values);
  });
}

/** `SET a = :x, b = if_not_exists(b, :y) ADD c :z`, clauses in any order. */
function update(before: Item, expression: string, values: Values): Item {
  const item = { ...before };
  const clauses = expression.split(/ (?=SET |ADD )/);
  for (const clause of clauses) {
    const [verb, ...rest] = clause.trim().split(' ');
    const body = rest.join(' ');
    for (const part of body.split(/, (?=\w+(?: = | :))/)) {
      if (verb === 'ADD') {
        const [name = '', ref = ''] = part.trim().split(' ');
        item[name] = { N: String((Number.isNaN(n(item[name])) ? 0 : n(item[name])) + n(values[ref])) };
        continue;
      }
      const [name = '', value = ''] = part.split(' = ').map((s) => s.trim());
      if (value.startsWith('if_not_exists(')) {
        const ref = value.slice(value.indexOf(',') + 1, -1).trim();
        item[name] ??= values[ref] as Attribute;
      } else {
        item[name] = values[value] as Attribute;
      }
    }
  }
  return item;
}

/** A shared table in `region`: its items by pk, and every request made, in order, by operation. */
export function dynamoDbTable(region: string) {
  const items = new Map<string, Item>();
  const requests: { target: string; body: TableRequest }[] = [];
  let answered = 0;
  const waiting: { count: number; resolve: () => void }[] = [];
  nock(`https://dynamodb.${region}.amazonaws.com`)
    .persist()
    .on('replied', () => {
      answered += 1;
      for (const waiter of waiting.filter((w) => w.count <= answered)) waiter.resolve();
    })
    .post('/')
    .reply(function (_uri, raw) {
      const target = String(this.req.headers['x-amz-target']).replace('DynamoDB_20120810.', '');
      const body = (typeof raw === 'string' ? JSON.parse(raw) : raw) as TableRequest;
      requests.push({ target, body });
      const values = body.ExpressionAttributeValues ?? {};
      const pk = (body.Item?.pk?.S ?? body.Key?.pk.S) as string;
      const found = items.get(pk);
      if (target === 'GetItem') return [200, found ? { Item: found } : {}, WIRE];
      if (!holds(found, body.ConditionExpression, values)) return [400, FAILED, WIRE];
      if (target === 'PutItem') {
        items.set(pk, { ...body.Item });
        return [200, {}, WIRE];
      }
      const item = update(found ?? { pk: { S: pk } }, body.UpdateExpression ?? '', values);
      items.set(pk, item);
      return [200, { Attributes: item }, WIRE];
    });
  /** Resolves once `count` requests in all have their answer: for work the bot does after its ack. */
  const answers = (count: number) =>
    answered >= count ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ count, resolve }));
  return { items, requests, answers };
}

/** A table the function may not write to (a missing grant): every request fails. Returns the requests made. */
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
