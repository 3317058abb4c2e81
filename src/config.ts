/**
 * Every setting the app reads, validated in one place. Nothing else reads process.env.
 * A bad value throws ConfigError naming the variable and the shape it should have, in English and Japanese.
 */
import type { Lang } from './catalogue/types';
import { type Localized, LocalizedError } from './checks/localized';

import { DEFAULT_INTERVAL_MINUTES, parseRegions, parseWatches, type WatchSettings } from './watch/settings';

/** A setting the bot cannot start with. `message` is the English (for logs); `localized` has both languages. */
export class ConfigError extends LocalizedError {
  override name = 'ConfigError';
}

/** The words around a ConfigError, per language: what a terminal prints before the message. */
export const CONFIG_ERROR_LABEL: Localized = { en: 'Configuration error', ja: '設定エラー' };

/** An example of a setting's shape; `ja` only where the English would not read as Japanese. */
type Shape = string | Localized;

function shapeIn(shape: Shape, lang: Lang): string {
  return typeof shape === 'string' ? shape : shape[lang];
}

function malformed(name: string, shape: Shape, bad?: string): ConfigError {
  const value = bad === undefined ? undefined : `"${bad.slice(0, 40)}"`;
  return new ConfigError({
    en: value
      ? `${name} is malformed: ${value} should look like ${shapeIn(shape, 'en')}.`
      : `${name} is malformed: it should look like ${shapeIn(shape, 'en')}.`,
    ja: value
      ? `${name} の形式が正しくありません: ${value} は ${shapeIn(shape, 'ja')} のような形にしてください。`
      : `${name} の形式が正しくありません: ${shapeIn(shape, 'ja')} のような形にしてください。`,
  });
}

/**
 * The language of this process's locale (LC_ALL, else LC_MESSAGES, else LANG, as POSIX orders them): `ja_JP.UTF-8`
 * and any other `ja…` -> ja; anything else, or none set, -> en. For what a terminal prints (the CLI, the console).
 */
export function localeLang(env: Env = process.env): Lang {
  const locale = read(env, 'LC_ALL') ?? read(env, 'LC_MESSAGES') ?? read(env, 'LANG') ?? '';
  return locale.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

type SlackMode = 'socket' | 'http' | 'console';

export interface AccountAlias {
  alias: string;
  roleArn: string;
  externalId?: string;
}

/** How many checks may start, per Slack user and for everyone together, in each window. */
export interface CheckRateLimit {
  perUser: number;
  overall: number;
  windowSeconds: number;
  /** The DynamoDB table that counts for every instance (IDEMPOTENCY_TABLE); unset = each process counts alone. */
  table?: string;
}

/**
 * A check makes about 14 AWS reads, and Cognito's read quotas are shared with the pool's own sign-ins: 30 checks a
 * minute stay far below them, 5 a minute is more than a person fixing one pool types.
 */
export const DEFAULT_CHECK_RATE_LIMIT: CheckRateLimit = { perUser: 5, overall: 30, windowSeconds: 60 };

/** THREAD_CACHE_TTL_SECONDS when unset: a thread's follow-ups usually come within minutes of the diagnosis. */
export const DEFAULT_THREAD_CACHE_TTL_SECONDS = 600;

export interface Config {
  mode: SlackMode;
  slack: {
    botToken?: string;
    appToken?: string;
    signingSecret?: string;
    /** Web API base URL, e.g. https://slack.com/api/ (GovSlack, tests, the local console). */
    apiUrl?: string;
    botId?: string;
    botUserId?: string;
  };
  port: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Channels where the bot answers unprompted; empty = everywhere it is invited. */
  allowedChannels: string[];
  /** Channels where other apps' posts are diagnosed (ALERT_CHANNELS), and which apps' (ALERT_BOTS; empty = any). */
  alerts: { channels: string[]; bots: string[] };
  check: {
    accounts: AccountAlias[];
    allowedPools: string[];
    allowedUsers: string[];
    allowedChannels: string[];
    rateLimit: CheckRateLimit;
    /**
     * Cognito goes to an endpoint of its own (AWS_ENDPOINT_URL or AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER): a
     * local emulator's pool ids (`local_…`) are accepted too.
     */
    emulator: boolean;
  };
  /** How long a thread's diagnosis stays cached in memory, in seconds. */
  threadCacheTtlSeconds: number;
  lambda: {
    /** SSM parameter (SecureString) or Secrets Manager secret names to read the Slack secrets from at cold start. */
    botTokenParameter?: string;
    signingSecretParameter?: string;
    /** This function's own name, for the asynchronous self-invocation that runs deferred work. */
    functionName?: string;
  };
  /** DynamoDB table that records handled Slack event ids, shared by every instance; unset = in-memory (one process). */
  idempotencyTable?: string;
  /** MFA_WATCH and its settings: pools re-checked on a schedule, their changes posted. */
  watch: WatchSettings;
}

type Env = Record<string, string | undefined>;

function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function list(env: Env, name: string): string[] {
  return (read(env, name) ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function expect(env: Env, name: string, pattern: RegExp, shape: Shape): string | undefined {
  const value = read(env, name);
  if (value !== undefined && !pattern.test(value)) throw malformed(name, shape);
  return value;
}

const ROLE_ARN = /^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

/** `prod=arn:aws:iam::123456789012:role/MfaCheckReadOnly[|external-id], staging=...` */
function accounts(env: Env): AccountAlias[] {
  return list(env, 'MFA_CHECK_ACCOUNTS').map((item) => {
    const [alias, target] = item.split('=', 2) as [string, string | undefined];
    const [roleArn, externalId] = (target ?? '').split('|', 2) as [string, string | undefined];
    if (!/^[a-z0-9][\w-]{0,63}$/i.test(alias) || !ROLE_ARN.test(roleArn)) {
      throw new ConfigError({
        en:
          `MFA_CHECK_ACCOUNTS entry "${alias}" is malformed: it should look like ` +
          'prod=arn:aws:iam::123456789012:role/MfaCheckReadOnly (optionally followed by |external-id).',
        ja:
          `MFA_CHECK_ACCOUNTS の項目 "${alias}" の形式が正しくありません: ` +
          'prod=arn:aws:iam::123456789012:role/MfaCheckReadOnly (必要なら後ろに |external-id) のような形にしてください。',
      });
    }
    return externalId ? { alias, roleArn, externalId } : { alias, roleArn };
  });
}

/** A list of Slack ids of one kind, each checked: a name or a typo here would silently watch nothing. */
function ids(env: Env, name: string, pattern: RegExp, shape: Localized): string[] {
  const values = list(env, name);
  const bad = values.find((value) => !pattern.test(value));
  if (bad !== undefined) throw malformed(name, shape, bad);
  return values;
}

function port(env: Env): number {
  const raw = read(env, 'PORT') ?? '3000';
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new ConfigError({
      en: `PORT is malformed: it should be a port number such as 3000, not "${raw}".`,
      ja: `PORT の形式が正しくありません: "${raw}" ではなく 3000 のようなポート番号にしてください。`,
    });
  }
  return value;
}

function positive(env: Env, name: string, fallback: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new ConfigError({
      en: `${name} should be a positive number, not "${raw}".`,
      ja: `${name} は "${raw}" ではなく正の数にしてください。`,
    });
  return value;
}

function count(env: Env, name: string, fallback: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new ConfigError({
      en: `${name} should be a whole number of at least 1, such as ${fallback}, not "${raw}".`,
      ja: `${name} は "${raw}" ではなく ${fallback} のような 1 以上の整数にしてください。`,
    });
  }
  return value;
}

/** MFA_WATCH_*: validated against the /mfa-check aliases and allow-lists, as a watch runs the same checks. */
function watch(env: Env, check: Config['check']): WatchSettings {
  const policy = { ...check, emulator: check.emulator };
  let watches: WatchSettings['watches'];
  let regions: string[];
  try {
    watches = parseWatches(read(env, 'MFA_WATCH') ?? '', policy);
    regions = parseRegions(read(env, 'MFA_WATCH_REGIONS') ?? '');
  } catch (error) {
    if (error instanceof LocalizedError) throw new ConfigError(error.localized);
    throw error;
  }
  if (watches.some((w) => w.pool === '*') && regions.length === 0)
    throw new ConfigError({
      en: 'MFA_WATCH has a * watch (every pool of an account): set MFA_WATCH_REGIONS to where to list them.',
      ja: 'MFA_WATCH に * の監視 (アカウントのすべてのプール) があります: 一覧を取るリージョンを MFA_WATCH_REGIONS に設定してください。',
    });
  const lang = read(env, 'MFA_WATCH_LANG');
  if (lang !== undefined && lang !== 'en' && lang !== 'ja')
    throw new ConfigError({
      en: `MFA_WATCH_LANG should be en or ja, not "${lang}".`,
      ja: `MFA_WATCH_LANG は "${lang}" ではなく en か ja にしてください。`,
    });
  const table = expect(env, 'MFA_WATCH_TABLE', /^[\w.-]{3,255}$/, {
    en: 'a DynamoDB table name such as mfa-check-bot-prod-watch',
    ja: 'mfa-check-bot-prod-watch のような DynamoDB テーブル名',
  });
  const stateFile = read(env, 'MFA_WATCH_STATE_FILE');
  return {
    watches,
    regions,
    intervalMinutes: count(env, 'MFA_WATCH_INTERVAL_MINUTES', DEFAULT_INTERVAL_MINUTES),
    ...(stateFile ? { stateFile } : {}),
    ...(table ? { table } : {}),
    ...(lang ? { lang } : {}),
  };
}

export function loadConfig(env: Env = process.env): Config {
  const botToken = expect(env, 'SLACK_BOT_TOKEN', /^xoxb-[\w-]+$/, {
    en: 'xoxb-... (the Bot User OAuth Token)',
    ja: 'xoxb-... (Bot User OAuth Token)',
  });
  const appToken = expect(env, 'SLACK_APP_TOKEN', /^xapp-[\w-]+$/, {
    en: 'xapp-... (an app-level token with connections:write)',
    ja: 'xapp-... (connections:write のアプリレベルトークン)',
  });
  const signingSecret = expect(env, 'SLACK_SIGNING_SECRET', /^[0-9a-f]{16,}$/i, {
    en: 'a hex string (Basic Information > Signing Secret)',
    ja: '16 進数の文字列 (Basic Information > Signing Secret)',
  });
  const apiUrl = expect(env, 'SLACK_API_URL', /^https?:\/\/\S+$/, 'https://slack.com/api/');
  const botId = expect(env, 'SLACK_BOT_ID', /^B[A-Z0-9]+$/, 'B0123456789');
  const botUserId = expect(env, 'SLACK_BOT_USER_ID', /^[UW][A-Z0-9]+$/, 'U0123456789');
  const lambda = {
    botTokenParameter: read(env, 'SLACK_BOT_TOKEN_PARAMETER'),
    signingSecretParameter: read(env, 'SLACK_SIGNING_SECRET_PARAMETER'),
    functionName: read(env, 'AWS_LAMBDA_FUNCTION_NAME'),
  };

  const mode: SlackMode = appToken ? 'socket' : signingSecret ? 'http' : 'console';
  if (mode !== 'console' && !botToken && !lambda.botTokenParameter) {
    const modeName = mode === 'socket' ? 'Socket Mode' : 'HTTP';
    throw new ConfigError({
      en:
        `SLACK_BOT_TOKEN is missing: ${mode === 'socket' ? 'Socket Mode' : 'HTTP mode'} needs the Bot User OAuth Token ` +
        '(xoxb-..., OAuth & Permissions in your app settings).',
      ja:
        `SLACK_BOT_TOKEN が設定されていません: ${modeName} モードには Bot User OAuth Token ` +
        '(xoxb-...、アプリ設定の OAuth & Permissions) が必要です。',
    });
  }

  const logLevel = (read(env, 'LOG_LEVEL') ?? 'info').toLowerCase();
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel)) {
    throw new ConfigError({
      en: `LOG_LEVEL should be one of debug, info, warn, error, not "${logLevel}".`,
      ja: `LOG_LEVEL は "${logLevel}" ではなく debug、info、warn、error のいずれかにしてください。`,
    });
  }

  const idempotencyTable = expect(env, 'IDEMPOTENCY_TABLE', /^[\w.-]{3,255}$/, {
    en: 'a DynamoDB table name such as mfa-check-bot-prod-idempotency',
    ja: 'mfa-check-bot-prod-idempotency のような DynamoDB テーブル名',
  });

  const check: Config['check'] = {
    accounts: accounts(env),
    allowedPools: list(env, 'MFA_CHECK_ALLOWED_POOLS'),
    allowedUsers: list(env, 'MFA_CHECK_ALLOWED_USERS'),
    allowedChannels: list(env, 'MFA_CHECK_ALLOWED_CHANNELS'),
    rateLimit: {
      perUser: count(env, 'MFA_CHECK_RATE_PER_USER', DEFAULT_CHECK_RATE_LIMIT.perUser),
      overall: count(env, 'MFA_CHECK_RATE_OVERALL', DEFAULT_CHECK_RATE_LIMIT.overall),
      windowSeconds: count(env, 'MFA_CHECK_RATE_WINDOW_SECONDS', DEFAULT_CHECK_RATE_LIMIT.windowSeconds),
      ...(idempotencyTable ? { table: idempotencyTable } : {}),
    },
    emulator: Boolean(read(env, 'AWS_ENDPOINT_URL') ?? read(env, 'AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER')),
  };

  return {
    mode,
    slack: { botToken, appToken, signingSecret, apiUrl, botId, botUserId },
    port: port(env),
    logLevel: logLevel as Config['logLevel'],
    allowedChannels: list(env, 'ALLOWED_CHANNELS'),
    alerts: {
      channels: ids(env, 'ALERT_CHANNELS', /^[CG][A-Z0-9]{2,}$/, {
        en: 'channel ids such as C0123456789 (not #names)',
        ja: 'C0123456789 のようなチャンネル ID (#名前 ではなく)',
      }),
      bots: ids(env, 'ALERT_BOTS', /^[AB][A-Z0-9]{2,}$/, {
        en: 'bot ids (B0123456789) or app ids (A0123456789)',
        ja: 'ボット ID (B0123456789) かアプリ ID (A0123456789)',
      }),
    },
    check,
    threadCacheTtlSeconds: positive(env, 'THREAD_CACHE_TTL_SECONDS', DEFAULT_THREAD_CACHE_TTL_SECONDS),
    lambda,
    idempotencyTable,
    watch: watch(env, check),
  };
}

/** The Slack secrets, by the variable each comes from and, on Lambda, the SSM parameter that may name it instead. */
const SLACK_SECRETS = {
  botToken: { variable: 'SLACK_BOT_TOKEN', parameter: 'SLACK_BOT_TOKEN_PARAMETER' },
  appToken: { variable: 'SLACK_APP_TOKEN', parameter: undefined },
  signingSecret: { variable: 'SLACK_SIGNING_SECRET', parameter: 'SLACK_SIGNING_SECRET_PARAMETER' },
} as const;

/**
 * A Slack secret the running mode cannot start without. loadConfig lets each be absent where some mode does without
 * it (and where Lambda reads it from a parameter first), so every entry point asks for its own here.
 */
export function requireSlackSecret(config: Config, name: keyof typeof SLACK_SECRETS): string {
  const value = config.slack[name];
  if (value) return value;
  const { variable, parameter } = SLACK_SECRETS[name];
  throw new ConfigError({
    en: `${variable} is missing: set it${parameter ? ` (or, on AWS Lambda, name its SSM parameter in ${parameter})` : ''}.`,
    ja: `${variable} が設定されていません: 設定してください${parameter ? ` (AWS Lambda では ${parameter} に SSM パラメーター名を指定することもできます)` : ''}。`,
  });
}
