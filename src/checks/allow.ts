import type { Config } from '../config';
import { glob } from './policy/match';

export interface CheckCaller {
  /** Slack user id. */
  user: string;
  /** Slack channel id. */
  channel: string;
  poolId: string;
}

export type Allowed = { ok: true } | { ok: false; reason: string };

/**
 * MFA_CHECK_ALLOWED_USERS / _CHANNELS / _POOLS: an empty list allows everyone; pools may use `*` (`eu-west-1_*`).
 * Pure, so the Slack command and tests share it.
 */
export function checkAllowed(
  caller: CheckCaller,
  policy: Pick<Config['check'], 'allowedUsers' | 'allowedChannels' | 'allowedPools'>,
): Allowed {
  if (policy.allowedUsers.length > 0 && !policy.allowedUsers.includes(caller.user)) {
    return { ok: false, reason: 'You are not on the list of people who may run /mfa-check (MFA_CHECK_ALLOWED_USERS).' };
  }
  if (policy.allowedChannels.length > 0 && !policy.allowedChannels.includes(caller.channel)) {
    return {
      ok: false,
      reason:
        '/mfa-check is not enabled in this channel (MFA_CHECK_ALLOWED_CHANNELS); run it in one of the allowed channels.',
    };
  }
  if (policy.allowedPools.length > 0 && !policy.allowedPools.some((p) => glob(p, caller.poolId))) {
    return {
      ok: false,
      reason: `User pool ${caller.poolId} is not on the list of pools the bot may check (MFA_CHECK_ALLOWED_POOLS).`,
    };
  }
  return { ok: true };
}
