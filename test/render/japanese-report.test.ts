/**
 * A report in Japanese is Japanese throughout (issue 11): every summary, evidence line, unknown reason and heading,
 * in the text, Block Kit and JSON renderings, on every pool and user shape, with reads failing in every way. AWS
 * names stay as they are; `englishRuns` says what counts as English (test/harness/english-runs.ts).
 */
import type { KnownBlock } from '@slack/types';
import { catalogue } from '../../src/catalogue';
import type { Facts } from '../../src/checks/facts';
import { reportFromFacts } from '../../src/checks/run';
import type { Report } from '../../src/checks/types';
import { renderReport } from '../../src/render/blocks/report';
import { renderReportJson } from '../../src/render/json/report';
import { renderReportText } from '../../src/render/text/report';
import { englishRuns } from '../harness/english-runs';
import { denied, facts, failed, ok, POOL_SHAPES, policyDoc, USER_SHAPES, value } from '../harness/facts';

const REF = { poolId: 'eu-west-1_AbCdEfGhI', region: 'eu-west-1', partition: 'aws' };

/** Reads failing every way a read fails, and answers that make the SMS rules say their other things. */
const FAULTS: Record<string, (f: Facts) => void> = {
  'every read denied, one by an SCP': (f) => {
    f.pool = denied('cognito-idp:DescribeUserPool');
    f.mfa = {
      ok: false,
      error: {
        kind: 'access-denied',
        action: 'cognito-idp:GetUserPoolMfaConfig',
        code: 'AccessDeniedException',
        message: 'with an explicit deny in a service control policy',
      },
    };
    f.clients = denied('cognito-idp:ListUserPoolClients');
    f.identityProviders = denied('cognito-idp:ListIdentityProviders');
    f.user = denied('cognito-idp:AdminGetUser');
    delete f.smsRole;
    delete f.sns;
  },
  'throttled, timed out, not found, failed': (f) => {
    f.clients = failed({
      kind: 'throttled',
      action: 'cognito-idp:ListUserPoolClients',
      code: 'TooManyRequestsException',
    });
    f.identityProviders = failed({
      kind: 'other',
      action: 'cognito-idp:ListIdentityProviders',
      code: 'InternalErrorException',
    });
    f.user = failed({ kind: 'not-found', action: 'cognito-idp:AdminGetUser', code: 'UserNotFoundException' });
    const sns = f.sns as NonNullable<Facts['sns']>;
    sns.sandbox = failed({ kind: 'timeout', action: 'sns:GetSMSSandboxAccountStatus', code: 'TimeoutError' });
    sns.attributes = ok({ MonthlySpendLimit: 'lots' });
  },
  'IAM denied, documents read instead': (f) => {
    const smsRole = f.smsRole as NonNullable<Facts['smsRole']>;
    smsRole.simulation = denied('iam:SimulatePrincipalPolicy');
    smsRole.policies = ok({
      identity: [
        policyDoc('inline:TopicOnly', {
          Effect: 'Allow',
          Action: 'sns:Publish',
          Resource: 'arn:aws:sns:eu-west-1:123456789012:alerts',
        }),
      ],
    });
    value(smsRole.role).lastUsed = undefined;
  },
  'in the sandbox, default spend limit, unverified numbers': (f) => {
    const sns = f.sns as NonNullable<Facts['sns']>;
    sns.sandbox = ok(true);
    sns.sandboxNumbers = ok([{ phoneNumber: '+81******5678', status: 'Pending' }]);
    sns.attributes = ok({});
    value(f.pool).smsConfigurationFailure = 'SNSSandbox';
    value(f.mfa).email = { subject: 'code' };
    value(f.pool).tier = 'LITE';
  },
  'a trust policy for an identity pool, a role in another account': (f) => {
    const smsRole = f.smsRole as NonNullable<Facts['smsRole']>;
    value(smsRole.role).trustPolicy = policyDoc('trust', {
      Effect: 'Allow',
      Principal: { Federated: 'cognito-identity.amazonaws.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
    });
    smsRole.simulation = ok({
      decision: 'explicitDeny',
      matchedStatements: [{ sourcePolicyId: 'DenyAll' }],
      missingContextValues: [],
      allowedByOrganizations: false,
    });
  },
};

function reports(): [string, Report][] {
  const shapes = [
    ...Object.entries(POOL_SHAPES).flatMap(([pool, editPool]) =>
      Object.entries(USER_SHAPES).map(([user, editUser]) => [`${pool}, ${user}`, [editPool, editUser]] as const),
    ),
    ...Object.entries(FAULTS).map(([name, edit]) => [name, [edit]] as const),
  ];
  return shapes.map(([name, edits]) => [
    name,
    reportFromFacts(
      facts((f) => {
        for (const edit of edits) edit(f);
      }),
      { ref: REF, username: 'hana' },
    ),
  ]);
}

/** The lines of every command and policy the catalogue's fix steps show: code, which the terminal prints bare. */
const CODE_LINES = new Set(
  catalogue.flatMap((e) => e.text.ja.fixes.flatMap((f) => (f.code ?? '').split('\n').map((l) => l.trim()))),
);
const withoutCode = (text: string) =>
  text
    .split('\n')
    .filter((line) => !CODE_LINES.has(line.trim()))
    .join('\n');

/** Every text Slack shows of the blocks (mrkdwn and plain text alike). */
function blockTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(blockTexts);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => (key === 'text' && typeof v === 'string' ? [v] : blockTexts(v)));
}

/** The JSON's text for people: each finding's summary and evidence (the rest are ids and AWS values). */
function jsonTexts(json: string): string[] {
  const body = JSON.parse(json) as { findings: { summary: string; evidence: string[] }[] };
  return body.findings.flatMap((f) => [f.summary, ...f.evidence]);
}

describe('a Japanese report holds no English sentence', () => {
  const all = reports();

  it.each([
    ['text', (r: Report) => [withoutCode(renderReportText(r, 'ja'))]],
    ['Block Kit', (r: Report) => blockTexts(renderReport(r, { lang: 'ja' }).blocks as KnownBlock[])],
    ['JSON', (r: Report) => jsonTexts(renderReportJson(r, 'ja'))],
  ])('%s', (_kind, render) => {
    const english = all.flatMap(([name, report]) =>
      render(report).flatMap((text) => englishRuns(text).map((run) => `${name}: ${run}`)),
    );
    expect([...new Set(english)]).toEqual([]);
  });

  // The definition must catch what it is for: the English report of the same pools is full of English.
  it('while the English report of the same pools is caught', () => {
    const [, report] = all.find(([name]) => name.startsWith('MFA OFF')) as [string, Report];
    expect(englishRuns(renderReportText(report, 'en')).length).toBeGreaterThan(3);
  });
});
