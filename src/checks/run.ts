import type { CallRecord } from './aws/call';
import { type AwsClients, assumeRole, type ClientOptions, createClients } from './aws/clients';
import { classify, isCredentialFailure } from './aws/errors';
import type { StartBudget } from './aws/time-budget';
import type { Facts } from './facts';
import { type Localized, type Phrases, say } from './localized';
import type { PoolRef } from './pool-ref';
import { buildReport } from './report';
import { rules } from './rules';
import type { Report } from './types';

export interface CheckRequest {
  ref: PoolRef;
  /** Also check this user (AdminGetUser, which counts toward monthly active users). */
  username?: string;
  /** A check started from a diagnosis: that entry's findings come first. */
  focusEntry?: string;
  /** SDK client settings (tests pass static credentials and `maxAttempts: 1`). */
  clientOptions?: ClientOptions;
  /** Ready-made clients; skips client creation and any alias AssumeRole. */
  clients?: AwsClients;
  /** Budget for one call including retries, ms. */
  callTimeoutMs?: number;
  /** Starts a call's budget (default: a timer); tests end one call's budget while it is in flight. */
  startBudget?: StartBudget;
  /** Budget for the whole check, ms. */
  deadlineMs?: number;
  /** Filled with one record per AWS call (benchmarks, tests). */
  trace?: CallRecord[];
}

type CheckFailure = {
  ok: false;
  reason: 'pool-not-found' | 'no-credentials' | 'assume-role-failed';
  message: Localized;
};

/** Why a check could not run, per language. */
export const CHECK_FAILURE_PHRASES: Phrases<{
  noCredentials: (detail: string) => string;
  assumeRoleFailed: (roleArn: string, alias: string, why: string, withExternalId: boolean) => string;
  poolNotFound: (poolId: string, region: string, account: string | undefined) => string;
}> = {
  en: {
    noCredentials: (detail) =>
      `No usable AWS credentials (${detail}). Configure the standard AWS credential chain: ` +
      'AWS_PROFILE, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, SSO, or the role of the container or function.',
    assumeRoleFailed: (roleArn, alias, why, withExternalId) =>
      `Could not assume ${roleArn} for alias "${alias}" (${why}). Its trust policy must let the bot's role sts:AssumeRole${withExternalId ? ' with the configured external id' : ''}.`,
    poolNotFound: (poolId, region, account) =>
      `User pool ${poolId} was not found in ${region}${account ? ` (account ${account})` : ''}. Check the id; the region is the part before "_".`,
  },
  ja: {
    noCredentials: (detail) =>
      `使える AWS の認証情報がありません (${detail})。AWS の標準の認証情報チェーンを設定してください: ` +
      'AWS_PROFILE、AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY、SSO、またはコンテナや関数のロールです。',
    assumeRoleFailed: (roleArn, alias, why, withExternalId) =>
      `エイリアス "${alias}" のロール ${roleArn} を引き受けられませんでした (${why})。そのロールの信頼ポリシーで、ボットのロールに${withExternalId ? '設定済みの外部 ID 付きの ' : ' '}sts:AssumeRole を許可してください。`,
    poolNotFound: (poolId, region, account) =>
      `ユーザープール ${poolId} が ${region}${account ? ` (アカウント ${account})` : ''} に見つかりません。ID を確認してください。リージョンは "_" の前の部分です。`,
  },
};
export type CheckResult = { ok: true; report: Report; facts: Facts } | CheckFailure;

const DEFAULT_CALL_TIMEOUT_MS = 10_000;
export const DEFAULT_DEADLINE_MS = 25_000;

/** The pure half: facts -> findings -> report. */
export function reportFromFacts(facts: Facts, request: Pick<CheckRequest, 'ref' | 'username' | 'focusEntry'>): Report {
  return buildReport({
    ref: request.ref,
    account: facts.account,
    username: request.username,
    focusEntry: request.focusEntry,
    findings: rules.flatMap((rule) => rule.evaluate(facts)),
  });
}

function noCredentials(detail: string): CheckFailure {
  return { ok: false, reason: 'no-credentials', message: say(CHECK_FAILURE_PHRASES, (p) => p.noCredentials(detail)) };
}

/** Runs every rule on a pool. Never throws for AWS errors: they become `unknown` findings, or a CheckFailure. */
export async function runCheck(request: CheckRequest): Promise<CheckResult> {
  const { ref } = request;
  const startedAt = Date.now();
  const deadline = new AbortController();
  const timer = setTimeout(
    () => deadline.abort(Object.assign(new Error('the check ran out of time'), { name: 'TimeoutError' })),
    request.deadlineMs ?? DEFAULT_DEADLINE_MS,
  );
  try {
    let clients = request.clients;
    let account: string | undefined;
    if (!clients) {
      let options = request.clientOptions ?? {};
      if (ref.alias) {
        const start = Date.now() - startedAt;
        try {
          const assumed = await assumeRole(ref.region, ref.alias, { ...options, abortSignal: deadline.signal });
          request.trace?.push({ action: 'sts:AssumeRole', start, end: Date.now() - startedAt, ok: true });
          options = { ...options, credentials: assumed.credentials };
          account = assumed.account;
        } catch (error) {
          const e = classify(error, 'sts:AssumeRole');
          if (isCredentialFailure(e)) return noCredentials(e.code);
          const { roleArn, alias, externalId } = ref.alias;
          return {
            ok: false,
            reason: 'assume-role-failed',
            message: say(CHECK_FAILURE_PHRASES, (p) =>
              p.assumeRoleFailed(roleArn, alias, `${e.code}: ${e.message}`, Boolean(externalId)),
            ),
          };
        }
      }
      clients = await createClients(ref, options);
    }
    // Deferred so that importing the checks (Slack app, CLI dispatcher) does not load the AWS SDK.
    const { collectFacts } = await import('./collect');
    const facts = await collectFacts({
      ref,
      username: request.username,
      clients,
      account,
      ctx: {
        signal: deadline.signal,
        callTimeoutMs: request.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS,
        ...(request.startBudget ? { startBudget: request.startBudget } : {}),
        startedAt,
        trace: request.trace,
      },
    });
    if (!facts.pool.ok) {
      const e = facts.pool.error;
      if (e.kind === 'not-found') {
        return {
          ok: false,
          reason: 'pool-not-found',
          message: say(CHECK_FAILURE_PHRASES, (p) => p.poolNotFound(ref.poolId, ref.region, account)),
        };
      }
      if (isCredentialFailure(e)) return noCredentials(`${e.code}: ${e.message}`);
    }
    return { ok: true, report: reportFromFacts(facts, request), facts };
  } finally {
    clearTimeout(timer);
  }
}
