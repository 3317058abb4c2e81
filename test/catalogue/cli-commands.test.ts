import * as cognito from '@aws-sdk/client-cognito-identity-provider';
import * as iam from '@aws-sdk/client-iam';
import * as sns from '@aws-sdk/client-sns';
import * as sts from '@aws-sdk/client-sts';
import { catalogue } from '../../src/catalogue';
import { followUpsByEntry, generalTopics } from '../../src/catalogue/followups';
import { LANGS } from '../../src/catalogue/types';
import { cliName } from '../harness/cli-name';

type SdkModule = Record<string, unknown>;

/** The installed SDK of each AWS CLI service the catalogue uses: its operations are the CLI's subcommands. */
const SDKS: Record<string, SdkModule> = {
  'cognito-idp': cognito as SdkModule,
  iam: iam as SdkModule,
  sns: sns as SdkModule,
  sts: sts as SdkModule,
};

/**
 * Services whose SDK is not installed here: the subcommands and options used, as listed in the AWS CLI reference
 * (https://awscli.amazonaws.com/v2/documentation/api/latest/reference/<service>/<subcommand>.html).
 */
const OTHER_SERVICES: Record<string, Record<string, string[]>> = {
  organizations: {
    'list-policies-for-target': ['--target-id', '--filter'],
    'list-parents': ['--child-id'],
    'describe-policy': ['--policy-id'],
  },
  sesv2: { 'get-account': [], 'put-email-identity-policy': ['--email-identity', '--policy-name', '--policy'] },
  wafv2: { 'get-web-acl-for-resource': ['--resource-arn'] },
  'pinpoint-sms-voice-v2': { 'describe-account-attributes': [], 'describe-spend-limits': [] },
};

/** Options every AWS CLI command takes. */
const GLOBAL_OPTIONS = new Set(['--region', '--query', '--output', '--profile', '--cli-input-json', '--no-cli-pager']);

function operationsOf(sdk: SdkModule): Map<string, string> {
  const operations = new Map<string, string>();
  for (const key of Object.keys(sdk)) {
    const operation = key.match(/^(\w+)Command$/)?.[1];
    if (operation && key !== 'Command') operations.set(cliName(operation), operation);
  }
  return operations;
}

/** The CLI options of an operation, read from the input schema the SDK ships (`[3, ns, name, traits, members, ...]`). */
function optionsOf(sdk: SdkModule, operation: string): Set<string> {
  const schema = (sdk[`${operation}Request$`] ?? sdk[`${operation}Input$`]) as unknown[] | undefined;
  const members = Array.isArray(schema?.[4]) ? (schema[4] as string[]) : [];
  return new Set(members.map((member) => `--${cliName(member)}`));
}

type Schema = [number, string, string, unknown, string[], unknown[]];

/** A structure's schema in the installed SDK, resolving the lazy references members hold. */
function structure(schema: unknown): Schema | undefined {
  const resolved = typeof schema === 'function' ? (schema as () => unknown)() : schema;
  return Array.isArray(resolved) && resolved[0] === 3 ? (resolved as Schema) : undefined;
}

/** Keys of a JSON argument that the SDK shape does not have, with their paths. */
function unknownKeys(value: unknown, schema: Schema | undefined, path: string): string[] {
  if (!schema || typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const [, , , , names, members] = schema;
  return Object.entries(value).flatMap(([key, inner]) => {
    const at = names.indexOf(key);
    if (at < 0) return [`${path}.${key}`];
    return unknownKeys(inner, structure(members[at]), `${path}.${key}`);
  });
}

/** Each `--option '{...}'` of a call: the option and its JSON value. */
function jsonArguments(line: string): [string, unknown][] {
  return [...line.matchAll(/(--[a-z0-9-]+) '(\{[^']*\})'/g)].map(([, option, json]) => [
    option as string,
    JSON.parse(json as string),
  ]);
}

interface CliCall {
  where: string;
  line: string;
}

/** Every code block a reply can show: the entries' fix steps and the follow-up answers. */
function codeBlocks(): { where: string; code: string }[] {
  const blocks: { where: string; code: string }[] = [];
  for (const entry of catalogue) {
    for (const lang of LANGS) {
      entry.text[lang].fixes.forEach((fix, i) => {
        blocks.push({ where: `${entry.id} text.${lang}.fixes[${i}]`, code: fix.code ?? '' });
      });
    }
  }
  for (const followUp of [...Object.values(followUpsByEntry).flat(), ...generalTopics]) {
    for (const lang of LANGS) blocks.push({ where: `${followUp.id} ${lang}`, code: followUp.answer[lang].code ?? '' });
  }
  return blocks;
}

/** Every AWS CLI invocation in those code blocks, continuation lines joined, pipes cut off. */
function cliCalls(): CliCall[] {
  const calls: CliCall[] = [];
  for (const { where, code } of codeBlocks()) {
    for (const line of code.replace(/\\\n\s*/g, ' ').split('\n')) {
      if (
        /^\s*(\$\s*)?(aws\s+)?(cognito-idp|iam|sns|sts|organizations|sesv2|pinpoint-sms-voice-v2|wafv2)\s/.test(line)
      ) {
        calls.push({ where, line: line.split(/\s[|>]\s/)[0] ?? line });
      }
    }
  }
  return calls;
}

const calls = cliCalls();

describe('AWS CLI commands in the catalogue', () => {
  it('finds the commands it is meant to check', () => {
    expect(calls.length).toBeGreaterThan(40);
  });

  it('starts every command with "aws " and nothing before it', () => {
    expect(calls.filter((call) => !call.line.startsWith('aws '))).toEqual([]);
  });

  it.each(calls.map((call) => [call.where, call.line]))('%s: %s uses a real subcommand and real options', (_, line) => {
    const [, service = '', subcommand = '', ...rest] = line.split(/\s+/);
    // `--[no-]x` in a template stands for `--x` or `--no-x`, whichever the setting is now.
    const options = rest.filter((token) => token.startsWith('--')).map((token) => token.replace(/^--\[no-\]/, '--'));
    const sdk = SDKS[service];
    if (sdk) {
      const operation = operationsOf(sdk).get(subcommand);
      expect({ service, subcommand, known: operation !== undefined }).toEqual({ service, subcommand, known: true });
      const allowed = optionsOf(sdk, operation ?? '');
      const unknown = options.filter(
        (option) => !GLOBAL_OPTIONS.has(option) && !allowed.has(option) && !allowed.has(option.replace(/^--no-/, '--')),
      );
      expect(unknown).toEqual([]);
    } else {
      const known = OTHER_SERVICES[service]?.[subcommand];
      expect({ service, subcommand, known: known !== undefined }).toEqual({ service, subcommand, known: true });
      expect(options.filter((option) => !GLOBAL_OPTIONS.has(option) && !known?.includes(option))).toEqual([]);
    }
  });

  const withJson = calls.filter((call) => call.line.startsWith('aws cognito-idp') && / '\{/.test(call.line));

  it('finds the JSON arguments it is meant to check', () => {
    expect(withJson.length).toBeGreaterThan(4);
  });

  it.each(withJson.map((call) => [call.where, call.line]))('%s: JSON in %s has only real members', (_, line) => {
    const [, , subcommand = ''] = line.split(/\s+/);
    const operation = operationsOf(cognito as SdkModule).get(subcommand) ?? '';
    const input = structure((cognito as SdkModule)[`${operation}Request$`]);
    const unknown = jsonArguments(line).flatMap(([option, value]) => {
      const at = input?.[4].findIndex((member) => `--${cliName(member)}` === option) ?? -1;
      return at < 0 ? [option] : unknownKeys(value, structure(input?.[5][at]), option);
    });
    expect(unknown).toEqual([]);
  });

  it('turns operation names into CLI names the way the AWS CLI does', () => {
    expect(cliName('AdminSetUserMFAPreference')).toBe('admin-set-user-mfa-preference');
    expect(cliName('GetSMSSandboxAccountStatus')).toBe('get-sms-sandbox-account-status');
    expect(cliName('AllowedOAuthFlowsUserPoolClient')).toBe('allowed-o-auth-flows-user-pool-client');
    expect(cliName('CallbackURLs')).toBe('callback-urls');
    expect(cliName('SMSMfaSettings')).toBe('sms-mfa-settings');
  });
});
