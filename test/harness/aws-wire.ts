/**
 * Serves realistic AWS wire bodies (test/fixtures/aws) through nock to the real SDK clients:
 * cognito-idp as JSON 1.1 and CloudWatch as JSON 1.0 routed by X-Amz-Target, IAM/SNS/STS as query requests answered
 * with XML.
 * A healthy pool by default; a test overrides single operations.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';

export const POOL_ID = 'eu-west-1_AbCdEfGhI';
export const REGION = 'eu-west-1';
export const ACCOUNT = '123456789012';
export const POOL_ARN = `arn:aws:cognito-idp:${REGION}:${ACCOUNT}:userpool/${POOL_ID}`;
export const EXTERNAL_ID = 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111';
export const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/service-role/CognitoSmsRole`;
export const CLIENT_SECRET = 's3cr3tEXAMPLEdoNotPrint0abcdefghijklmnopqrstu';
export const FULL_PHONE = '+819012345678';

const DIR = join(__dirname, '..', 'fixtures', 'aws');

export interface Reply {
  status: number;
  body: string;
  contentType: string;
  /** Never sent: the call ends only when a time budget (ours or the SDK's) gives up on it. */
  stalled?: true;
  /** Runs when a stalled call's request arrives: the moment to end that call's budget. */
  onArrival?: () => void;
  /** Extra response headers (CloudWatch's query-compatible error code). */
  headers?: Record<string, string>;
}

export function fixture(path: string, vars: Record<string, string> = {}): string {
  return readFileSync(join(DIR, path), 'utf8').replace(/\{\{(\w+)\}\}/g, (_, k: string) => {
    const v = vars[k];
    if (v === undefined) throw new Error(`fixture ${path} needs {{${k}}}`);
    return v;
  });
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** IAM sends policy documents URL-encoded inside the XML. */
export const encodedPolicy = (name: string) =>
  encodeURIComponent(JSON.stringify(JSON.parse(fixture(`policies/${name}`))));
export const encodePolicy = (doc: unknown) => encodeURIComponent(JSON.stringify(doc));

const JSON_TYPE = 'application/x-amz-json-1.1';
const JSON_1_0_TYPE = 'application/x-amz-json-1.0';
const XML_TYPE = 'text/xml';

export const reply = {
  // biome-ignore lint/suspicious/noExplicitAny: tests reshape fixture bodies freely
  cognito(op: string, mutate?: (body: any) => void): Reply {
    const body = JSON.parse(fixture(`cognito-idp/${op}.json`)) as Record<string, unknown>;
    mutate?.(body);
    return { status: 200, body: JSON.stringify(body), contentType: JSON_TYPE };
  },
  cognitoError(code: string, message: string, status = 400): Reply {
    return { status, body: fixture('cognito-idp/error.json', { code, message }), contentType: JSON_TYPE };
  },
  /** GetMetricStatistics with one Maximum datapoint per value (USD spent so far this month), none when empty. */
  smsSpend(...maxima: number[]): Reply {
    const datapoints = maxima.map((Maximum, i) => ({ Timestamp: 1764547200 + i * 86_400, Maximum, Unit: 'None' }));
    return {
      status: 200,
      body: fixture('cloudwatch/GetMetricStatistics.json', { datapoints: JSON.stringify(datapoints) }),
      contentType: JSON_1_0_TYPE,
    };
  },
  /** A query-compatible JSON 1.0 error: `__type` in the body, the query code in x-amzn-query-error. */
  cloudwatchError(type: string, code: string, message: string, status: number): Reply {
    return {
      status,
      body: fixture('cloudwatch/error.json', { type, message }),
      contentType: JSON_1_0_TYPE,
      headers: { 'x-amzn-query-error': `${code};Sender` },
    };
  },
  xml(service: 'iam' | 'sns' | 'sts', op: string, vars: Record<string, string> = {}): Reply {
    return { status: 200, body: fixture(`${service}/${op}.xml`, vars), contentType: XML_TYPE };
  },
  xmlError(service: 'iam' | 'sns' | 'sts', code: string, message: string, status: number): Reply {
    return {
      status,
      body: fixture(`${service}/error.xml`, { code, message: xmlEscape(message) }),
      contentType: XML_TYPE,
    };
  },
  simulate(
    decision: 'allowed' | 'implicitDeny' | 'explicitDeny',
    opts: {
      matched?: [string, string][];
      missing?: string[];
      organizations?: boolean;
      boundary?: boolean;
      action?: string;
      resource?: string;
    } = {},
  ): Reply {
    return reply.xml('iam', 'SimulatePrincipalPolicy', {
      decision,
      action: opts.action ?? 'sns:Publish',
      resource: opts.resource ?? '*',
      matchedStatements: (opts.matched ?? [])
        .map(([policyId, policyType]) => fixture('iam/matched-statement.xml', { policyId, policyType }))
        .join(''),
      missingContextValues: (opts.missing ?? []).map((m) => `<member>${m}</member>`).join(''),
      allowedByOrganizations: String(opts.organizations ?? true),
      allowedByPermissionsBoundary: String(opts.boundary ?? true),
    });
  },
};

/** What a denied call looks like on each protocol, worded as AWS words it. */
export function accessDenied(action: string): Reply {
  const [service] = action.split(':') as [string];
  const message = `User: arn:aws:sts::${ACCOUNT}:assumed-role/mfa-check-bot/mfa-check-fn is not authorized to perform: ${action} on resource: * because no identity-based policy allows the ${action} action`;
  if (service === 'cognito-idp') return reply.cognitoError('AccessDeniedException', message);
  if (service === 'sns') return reply.xmlError('sns', 'AuthorizationError', message, 403);
  if (service === 'cloudwatch')
    return reply.cloudwatchError('com.amazon.coral.service#AccessDeniedException', 'AccessDenied', message, 403);
  return reply.xmlError(service as 'iam' | 'sts', 'AccessDenied', message, 403);
}

export function throttled(action: string): Reply {
  const [service] = action.split(':') as [string];
  if (service === 'cognito-idp') return reply.cognitoError('TooManyRequestsException', 'Too many requests', 400);
  if (service === 'sns') return reply.xmlError('sns', 'Throttled', 'Rate exceeded', 429);
  if (service === 'cloudwatch')
    return reply.cloudwatchError(
      'com.amazon.coral.availability#ThrottlingException',
      'Throttling',
      'Rate exceeded',
      400,
    );
  return reply.xmlError(service as 'iam', 'Throttling', 'Rate exceeded', 400);
}

function healthy(): Record<string, Reply> {
  return {
    'cognito-idp:DescribeUserPool': reply.cognito('DescribeUserPool'),
    'cognito-idp:GetUserPoolMfaConfig': reply.cognito('GetUserPoolMfaConfig'),
    'cognito-idp:ListUserPoolClients': reply.cognito('ListUserPoolClients'),
    'cognito-idp:ListIdentityProviders': reply.cognito('ListIdentityProviders'),
    'cognito-idp:AdminGetUser': reply.cognito('AdminGetUser'),
    'iam:GetRole': reply.xml('iam', 'GetRole', { trustPolicy: encodedPolicy('trust.cognito.json') }),
    'iam:SimulatePrincipalPolicy': reply.simulate('allowed', { matched: [['CognitoSmsPublish', 'IAM Policy']] }),
    'iam:ListRolePolicies': reply.xml('iam', 'ListRolePolicies', { members: '<member>CognitoSmsPublish</member>' }),
    'iam:GetRolePolicy': reply.xml('iam', 'GetRolePolicy', {
      policyName: 'CognitoSmsPublish',
      document: encodedPolicy('sns-publish.json'),
    }),
    'iam:ListAttachedRolePolicies': reply.xml('iam', 'ListAttachedRolePolicies', { members: '' }),
    'sns:GetSMSSandboxAccountStatus': reply.xml('sns', 'GetSMSSandboxAccountStatus', { isInSandbox: 'false' }),
    'sns:GetSMSAttributes': reply.xml('sns', 'GetSMSAttributes', {
      entries: '<entry><key>MonthlySpendLimit</key><value>50</value></entry>',
    }),
    'sns:ListSMSSandboxPhoneNumbers': reply.xml('sns', 'ListSMSSandboxPhoneNumbers', { members: '' }),
    'cloudwatch:GetMetricStatistics': reply.smsSpend(3.2, 12.5),
    'sts:AssumeRole': reply.xml('sts', 'AssumeRole'),
  };
}

export interface Served {
  /** Every action asked for, in order (retries included). */
  calls: string[];
  /** Signed-request access key ids seen, per action. */
  keys: Map<string, string>;
  /** The last request body per action. */
  bodies: Map<string, Record<string, string>>;
}

function parseBody(body: unknown): Record<string, string> {
  if (typeof body === 'object' && body !== null) return body as Record<string, string>;
  const text = String(body ?? '');
  if (text.trimStart().startsWith('{')) return JSON.parse(text) as Record<string, string>;
  return Object.fromEntries(new URLSearchParams(text));
}

/**
 * Serves every host a check talks to. `overrides` replace single actions (`iam:GetRole`), or a function of the
 * request body (DescribeUserPoolClient per ClientId). `stalled` answers nothing at all; `delayMs` delays every reply
 * on the wall clock, for benchmarks only (a test that waits for time spends it in fake time: test/hygiene.test.ts).
 */
type Overrides = Record<string, Reply | ((body: Record<string, string>) => Reply)>;

/** Answers one request by its action, recording it. Shared by the nock interceptors and a loopback server. */
export function responder(overrides: Overrides = {}): {
  served: Served;
  answer: (action: string, body: Record<string, string>, auth: string | undefined) => Reply;
} {
  const served: Served = { calls: [], keys: new Map(), bodies: new Map() };
  const replies = { ...healthy(), ...overrides };
  const answer = (action: string, body: Record<string, string>, auth: string | undefined) => {
    served.calls.push(action);
    served.bodies.set(action, body);
    const key = /Credential=(\w+)\//.exec(auth ?? '')?.[1];
    if (key) served.keys.set(action, key);
    let r = replies[action];
    if (typeof r === 'function') r = r(body);
    if (!r && action === 'cognito-idp:DescribeUserPoolClient')
      r = reply.cognito(`DescribeUserPoolClient.${body.ClientId}`);
    if (!r) throw new Error(`no reply for ${action}`);
    return r;
  };
  return { served, answer };
}

export { parseBody };

/** The JSON protocols name the service in X-Amz-Target's prefix: `GraniteServiceVersion20100801.X` is CloudWatch. */
const TARGET_SERVICES: Record<string, string> = {
  AWSCognitoIdentityProviderService: 'cognito-idp',
  GraniteServiceVersion20100801: 'cloudwatch',
};

export function targetAction(target: string | string[] | undefined): string {
  const [prefix = '', op = ''] = String(target).split('.');
  return `${TARGET_SERVICES[prefix] ?? prefix}:${op}`;
}

export function serve(
  overrides: Overrides = {},
  opts: { stalled?: boolean; delayMs?: number; region?: string; snsRegion?: string } = {},
): Served {
  const { served, answer } = responder(overrides);
  const region = opts.region ?? REGION;
  const hosts: [
    string,
    (req: { headers: Record<string, string | string[] | undefined> }, body: Record<string, string>) => string,
  ][] = [
    [`https://cognito-idp.${region}.amazonaws.com`, (req) => targetAction(req.headers['x-amz-target'])],
    ['https://iam.amazonaws.com', (_, b) => `iam:${b.Action}`],
    [`https://sns.${opts.snsRegion ?? region}.amazonaws.com`, (_, b) => `sns:${b.Action}`],
    [
      `https://monitoring.${opts.snsRegion ?? region}.amazonaws.com`,
      (req) => targetAction(req.headers['x-amz-target']),
    ],
    [`https://sts.${region}.amazonaws.com`, (_, b) => `sts:${b.Action}`],
  ];
  for (const [host, route] of hosts) {
    const interceptor = nock(host).persist().post('/');
    interceptor.delay(opts.delayMs ?? 0);
    interceptor.reply(function (
      this: { req: { headers: Record<string, string | string[] | undefined> } },
      _uri,
      raw,
      done,
    ) {
      const body = parseBody(raw);
      const r = answer(route(this.req, body), body, String(this.req.headers.authorization));
      // A stalled call is never called back: no timer of ours is left behind when a budget aborts it.
      if (opts.stalled || r.stalled) {
        r.onArrival?.();
        return;
      }
      done(null, [
        r.status,
        r.body,
        { 'content-type': r.contentType, 'x-amzn-requestid': 'EXAMPLE-request-id', ...r.headers },
      ]);
    });
  }
  return served;
}

export const STATIC_CREDENTIALS = {
  accessKeyId: 'AKIAEXAMPLETESTKEY01',
  secretAccessKey: 'testSecretKeyEXAMPLE0123456789abcdefghij',
};

/** A call AWS never answers: only a time budget ends it (`onArrival` once its request is in flight). */
export const stalled = (onArrival?: () => void): Reply => ({
  status: 504,
  body: '',
  contentType: XML_TYPE,
  stalled: true,
  ...(onArrival ? { onArrival } : {}),
});

/** A nock reply callback that never calls back (a hung API other than the ones `serve` answers). */
export function neverAnswered(_uri: string, _body: unknown, _callback: unknown): void {}

/** The actions of the shipped IAM policy files. */
export function policyActions(file: string): string[] {
  const doc = JSON.parse(readFileSync(join(__dirname, '..', '..', 'iam', file), 'utf8')) as {
    Statement: { Action: string | string[] }[];
  };
  return doc.Statement.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
}
