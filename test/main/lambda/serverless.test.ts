// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation and osls variables, not JS templates
/**
 * serverless.yml is read here as data (osls itself is too slow for jest; `.ci/run` runs `npm run package`).
 * CloudFormation's short-form tags (!Sub, !Ref, !GetAtt) are kept as tagged values so resources can be inspected.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type ScalarTag } from 'yaml';
import { DEFAULT_CHECK_RATE_LIMIT, loadConfig } from '../../../src/config';

const root = join(__dirname, '../../..');
const raw = readFileSync(join(root, 'serverless.yml'), 'utf8');

const cfnTag = (name: string): ScalarTag => ({
  tag: `!${name}`,
  resolve: (value: string) => ({ [name === 'Ref' ? 'Ref' : `Fn::${name}`]: value }),
});

interface Statement {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

// biome-ignore lint/suspicious/noExplicitAny: a parsed YAML document, inspected field by field below
const service: any = parse(raw, { customTags: [cfnTag('Sub'), cfnTag('Ref'), cfnTag('GetAtt')] });
/** A provider.environment value as a deployed stage gets it: `${param:x}` is params.default's x. */
function deployed(variable: string): unknown {
  const value = service.provider.environment[variable];
  const param = typeof value === 'string' ? /^\$\{param:(\w+)\}$/.exec(value)?.[1] : undefined;
  return param ? service.params.default[param] : value;
}
const actionsOf = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);
// AdminGetUser reads one user; the Admin prefix marks the API family, not a write.
const READ_ONLY = /^[\w-]+:(Admin)?(Get|List|Describe|Simulate)[A-Za-z]*$/;

describe('serverless.yml', () => {
  it('deploys only the prebuilt bundle to Node 22 on arm64, behind POST /slack/events', () => {
    expect(service.frameworkVersion).toBe('3');
    expect(service.configValidationMode).toBe('error');
    // serverless-offline is for `npm run offline` only; the package holds the bundle alone.
    expect(service.plugins).toEqual(['serverless-offline']);
    expect(service.provider).toMatchObject({ runtime: 'nodejs22.x', architecture: 'arm64' });
    expect(service.package.patterns).toEqual(['!**', 'dist/lambda/*.js']);
    const functions = Object.values(service.functions) as Record<string, unknown>[];
    expect(functions).toHaveLength(1);
    expect(functions[0]).toMatchObject({
      handler: 'dist/lambda/index.handler',
      maximumRetryAttempts: 0,
    });
    expect((functions[0] as { events: unknown[] }).events[0]).toEqual({
      httpApi: { method: 'POST', path: '/slack/events' },
    });
  });

  it('runs the watch on its schedule and on the CloudTrail events the issue names, each event source once', () => {
    type Pattern = { source: string[]; 'detail-type': string[]; detail: { eventName: string[] } };
    const events = service.functions.slack.events as Record<string, { rate?: string; pattern?: Pattern }>[];
    expect(events.filter((e) => e.schedule).map((e) => e.schedule?.rate)).toEqual([
      'rate(${param:mfaWatchIntervalMinutes} minutes)',
    ]);
    const patterns = events.flatMap((e) => (e.eventBridge?.pattern ? [e.eventBridge.pattern] : []));
    const names = Object.fromEntries(patterns.map((p) => [p.source[0], p.detail.eventName]));
    for (const p of patterns) expect(p['detail-type']).toEqual(['AWS API Call via CloudTrail']);
    expect(names).toEqual({
      'aws.cognito-idp': [
        'UpdateUserPool',
        'SetUserPoolMfaConfig',
        'UpdateUserPoolClient',
        'CreateUserPoolClient',
        'DeleteUserPoolClient',
        'CreateIdentityProvider',
        'UpdateIdentityProvider',
        'DeleteIdentityProvider',
      ],
      'aws.iam': [
        'UpdateAssumeRolePolicy',
        'PutRolePolicy',
        'DeleteRolePolicy',
        'AttachRolePolicy',
        'DetachRolePolicy',
        'PutRolePermissionsBoundary',
        'DeleteRolePermissionsBoundary',
        'DeleteRole',
      ],
      'aws.sns': ['SetSMSAttributes'],
    });
    // The deployed defaults are a configuration the function accepts.
    const env: Record<string, string> = {};
    for (const v of ['MFA_WATCH', 'MFA_WATCH_REGIONS', 'MFA_WATCH_INTERVAL_MINUTES', 'MFA_WATCH_LANG'])
      env[v] = String(deployed(v));
    expect(loadConfig(env).watch).toMatchObject({ watches: [], intervalMinutes: 60, lang: 'en' });
  });

  it('names the secrets by parameter and never carries their values or resolves them at deploy time', () => {
    const env = service.provider.environment as Record<string, unknown>;
    expect(env).not.toHaveProperty('SLACK_BOT_TOKEN');
    expect(env).not.toHaveProperty('SLACK_SIGNING_SECRET');
    expect(deployed('SLACK_BOT_TOKEN_PARAMETER')).toMatch(/^\/\S+\/slack-bot-token$/);
    expect(deployed('SLACK_SIGNING_SECRET_PARAMETER')).toMatch(/^\/\S+\/slack-signing-secret$/);
    // ${ssm:} bakes plaintext into the function configuration; ${aws:accountId} needs credentials to package.
    expect(raw.replace(/^\s*#.*$/gm, '')).not.toMatch(/\$\{ssm:|\$\{aws:accountId\}|resolve:ssm-secure/);
  });

  it('passes the /mfa-check rate limit parameters to the function, with defaults the configuration accepts', () => {
    const env = service.provider.environment as Record<string, unknown>;
    const params = service.params.default as Record<string, unknown>;
    const wired: Record<string, string> = {
      MFA_CHECK_RATE_PER_USER: 'mfaCheckRatePerUser',
      MFA_CHECK_RATE_OVERALL: 'mfaCheckRateOverall',
      MFA_CHECK_RATE_WINDOW_SECONDS: 'mfaCheckRateWindowSeconds',
    };
    const defaults: Record<string, string> = {};
    for (const [variable, param] of Object.entries(wired)) {
      expect(env[variable]).toBe(`\${param:${param}}`);
      defaults[variable] = String(params[param]);
    }
    expect(loadConfig(defaults).check.rateLimit).toEqual(DEFAULT_CHECK_RATE_LIMIT);
  });

  it('passes the alert channel parameters to the function, off by default', () => {
    const env = service.provider.environment as Record<string, unknown>;
    const params = service.params.default as Record<string, unknown>;
    expect(env.ALERT_CHANNELS).toBe('${param:alertChannels}');
    expect(env.ALERT_BOTS).toBe('${param:alertBots}');
    const defaults = { ALERT_CHANNELS: String(params.alertChannels), ALERT_BOTS: String(params.alertBots) };
    expect(loadConfig(defaults).alerts).toEqual({ channels: [], bots: [] });
  });

  describe('the function role', () => {
    const role = service.provider.iam.role;
    const statements = role.statements as Statement[];
    const managedPolicy = service.resources.Resources.MfaCheckReadOnlyPolicy;

    it('carries the checks policy from iam/mfa-check-readonly.json verbatim, and that policy is read-only', () => {
      expect(role.managedPolicies).toEqual([{ Ref: 'MfaCheckReadOnlyPolicy' }]);
      expect(managedPolicy.Type).toBe('AWS::IAM::ManagedPolicy');
      expect(managedPolicy.Properties.PolicyDocument).toBe('${file(iam/mfa-check-readonly.json)}');
      const policy = JSON.parse(readFileSync(join(root, 'iam/mfa-check-readonly.json'), 'utf8'));
      const checkActions = (policy.Statement as Statement[]).flatMap(actionsOf);
      expect(checkActions.length).toBeGreaterThan(0);
      for (const action of checkActions) expect(action).toMatch(READ_ONLY);
      expect((policy.Statement as Statement[]).every((s) => s.Effect === 'Allow')).toBe(true);
    });

    it('adds only: reading its own two secrets, invoking itself, claiming deliveries, reading the watch state and counting checks in its table, assuming the check role', () => {
      const granted = statements.map((s) => ({ actions: actionsOf(s), resource: s.Resource }));
      expect(granted).toEqual([
        {
          actions: ['ssm:GetParameter'],
          resource: [
            {
              'Fn::Sub':
                'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/${self:service}/${sls:stage}/slack-bot-token',
            },
            {
              'Fn::Sub':
                'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/${self:service}/${sls:stage}/slack-signing-secret',
            },
          ],
        },
        {
          actions: ['lambda:InvokeFunction'],
          resource: {
            'Fn::Sub':
              'arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${self:service}-${sls:stage}',
          },
        },
        { actions: ['dynamodb:PutItem'], resource: { 'Fn::GetAtt': 'IdempotencyTable.Arn' } },
        { actions: ['dynamodb:GetItem'], resource: { 'Fn::GetAtt': 'IdempotencyTable.Arn' } },
        { actions: ['dynamodb:UpdateItem'], resource: { 'Fn::GetAtt': 'IdempotencyTable.Arn' } },
        {
          actions: ['sts:AssumeRole'],
          resource: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::*:role/${param:crossAccountRoleName}' },
        },
      ]);
      expect(statements.every((s) => s.Effect === 'Allow')).toBe(true);
    });

    it('has a predictable name other accounts can trust, and says it in the stack outputs', () => {
      expect(role.name).toBe('${self:service}-${sls:stage}-${self:provider.region}');
      expect(service.resources.Outputs.BotRoleArn.Value).toEqual({ 'Fn::GetAtt': 'IamRoleLambdaExecution.Arn' });
    });

    it('lets the function invoke exactly itself: the ARN it may invoke is the function name it deploys as', () => {
      const name = service.functions.slack.name as string;
      const invoke = statements.find((s) => actionsOf(s).includes('lambda:InvokeFunction'));
      const arn = (invoke?.Resource as { 'Fn::Sub'?: string } | undefined)?.['Fn::Sub'] ?? '';
      expect(arn.endsWith(`:function:${name}`)).toBe(true);
    });

    it('grants every AWS call the Lambda path itself makes (secrets, hand-over, claims, check counts)', () => {
      const all = statements.flatMap(actionsOf);
      for (const action of ['ssm:GetParameter', 'lambda:InvokeFunction', 'dynamodb:PutItem', 'dynamodb:UpdateItem']) {
        expect(all).toContain(action);
      }
      expect(deployed('IDEMPOTENCY_TABLE')).toEqual({ Ref: 'IdempotencyTable' });
      expect(service.resources.Resources.IdempotencyTable.Properties.TimeToLiveSpecification).toEqual({
        AttributeName: 'expiresAt',
        Enabled: true,
      });
    });
  });
});
