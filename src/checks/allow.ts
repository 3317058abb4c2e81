import type { Config } from '../config';
import { type Localized, type Phrases, say } from './localized';
import { glob } from './policy/match';

export interface CheckCaller {
  /** Slack user id. */
  user: string;
  /** Slack channel id. */
  channel: string;
  poolId: string;
}

export type Allowed = { ok: true } | { ok: false; reason: Localized };

const ALLOW_PHRASES: Phrases<{ user: string; channel: string; pool: (poolId: string) => string }> = {
  en: {
    user: 'You are not on the list of people who may run /mfa-check (MFA_CHECK_ALLOWED_USERS).',
    channel:
      '/mfa-check is not enabled in this channel (MFA_CHECK_ALLOWED_CHANNELS); run it in one of the allowed channels.',
    pool: (poolId) => `User pool ${poolId} is not on the list of pools the bot may check (MFA_CHECK_ALLOWED_POOLS).`,
  },
  ja: {
    user: 'あなたは /mfa-check を実行できる人の一覧 (MFA_CHECK_ALLOWED_USERS) に含まれていません。',
    channel:
      'このチャンネルでは /mfa-check を使えません (MFA_CHECK_ALLOWED_CHANNELS)。許可されたチャンネルで実行してください。',
    pool: (poolId) =>
      `ユーザープール ${poolId} は、ボットがチェックできるプールの一覧 (MFA_CHECK_ALLOWED_POOLS) に含まれていません。`,
  },
};

/**
 * MFA_CHECK_ALLOWED_USERS / _CHANNELS / _POOLS: an empty list allows everyone; pools may use `*` (`eu-west-1_*`).
 * Pure, so the Slack command and tests share it.
 */
export function checkAllowed(
  caller: CheckCaller,
  policy: Pick<Config['check'], 'allowedUsers' | 'allowedChannels' | 'allowedPools'>,
): Allowed {
  if (policy.allowedUsers.length > 0 && !policy.allowedUsers.includes(caller.user)) {
    return { ok: false, reason: say(ALLOW_PHRASES, (p) => p.user) };
  }
  if (policy.allowedChannels.length > 0 && !policy.allowedChannels.includes(caller.channel)) {
    return { ok: false, reason: say(ALLOW_PHRASES, (p) => p.channel) };
  }
  if (policy.allowedPools.length > 0 && !policy.allowedPools.some((p) => glob(p, caller.poolId))) {
    return { ok: false, reason: say(ALLOW_PHRASES, (p) => p.pool(caller.poolId)) };
  }
  return { ok: true };
}
