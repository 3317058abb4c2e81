/**
 * The one place that reads AWS for a check, one module per service (cognito.ts, iam.ts, sns.ts, cloudwatch.ts). Each read is made
 * once; independent reads run in parallel, so the critical path is at most four round trips: (1) the pool reads ->
 * (2) app clients, SMS role, simulator, SNS -> (3, 4) the role's policy documents, only when the simulator did not
 * answer `allowed`. Loaded on demand by run.ts, so importing the checks does not load the AWS SDK.
 */
import type { CallContext } from '../aws/call';
import type { AwsClients } from '../aws/clients';
import type { Facts } from '../facts';
import type { PoolRef } from '../pool-ref';
import { smsTarget } from '../sms-path';
import { collectSmsSpend } from './cloudwatch';
import { startPoolReads } from './cognito';
import { collectSmsRole } from './iam';
import { collectSns } from './sns';

export interface CollectInput {
  ref: PoolRef;
  username?: string;
  clients: AwsClients;
  ctx: CallContext;
  /** The account of the credentials in use, when known (an assumed alias role). */
  account?: string;
  /** The month the SMS spend is read for; default now. */
  now?: Date;
}

export async function collectFacts(input: CollectInput): Promise<Facts> {
  const { ref, ctx, clients } = input;
  const reads = startPoolReads({ ctx, cognito: clients.cognito, poolId: ref.poolId, username: input.username });

  // The SMS configuration is in both pool reads; either one is enough to go on to the role and SNS.
  const sms = Promise.all([reads.pool, reads.mfa]).then(async ([p, m]) => {
    const arn = p.ok ? p.value.arn : undefined;
    const account = /^arn:[\w-]+:cognito-idp:[\w-]+:(\d{12}):/.exec(arn ?? '')?.[1] ?? ref.account ?? input.account;
    const config = p.ok ? p.value.smsConfiguration : m.ok ? m.value.sms?.configuration : undefined;
    const target = smsTarget(config, ref.region);
    if (!target) return { account };
    // A pool on the End User Messaging SMS path sends nothing through SNS: its SNS settings are not read.
    const [smsRole, sns] = await Promise.all([
      collectSmsRole({ ctx, iam: clients.iam, target, account }),
      target.path === 'sns'
        ? Promise.all([
            collectSns({
              ctx,
              sns: clients.sns(target.region),
              region: target.region,
              regionSource: config?.snsRegion ? 'configured' : 'pool-region',
            }),
            collectSmsSpend({ ctx, cloudwatch: clients.cloudwatch(target.region), now: input.now ?? new Date() }),
          ]).then(([facts, spend]) => ({ ...facts, spend }))
        : undefined,
    ]);
    return { account, smsRole, sns };
  });

  const [pool, mfa, appClients, identityProviders, user, smsOut] = await Promise.all([
    reads.pool,
    reads.mfa,
    reads.clients,
    reads.identityProviders,
    reads.user,
    sms,
  ]);
  const facts: Facts = {
    poolId: ref.poolId,
    region: ref.region,
    partition: ref.partition,
    pool,
    mfa,
    clients: appClients,
    identityProviders,
  };
  if (smsOut.account) facts.account = smsOut.account;
  if (user) facts.user = user;
  if ('smsRole' in smsOut && smsOut.smsRole) facts.smsRole = smsOut.smsRole;
  if ('sns' in smsOut && smsOut.sns) facts.sns = smsOut.sns;
  return facts;
}
