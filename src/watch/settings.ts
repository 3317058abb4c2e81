/**
 * MFA_WATCH and its companions, parsed and checked against the /mfa-check allow-lists. Pure: config.ts calls it at
 * start, so a watch that names a pool the bot may not check stops the bot rather than failing every round.
 */

import type { Lang } from '../catalogue/types';
import { type Localized, LocalizedError, type Phrases, say } from '../checks/localized';
import { glob } from '../checks/policy/match';
import { parsePoolRef } from '../checks/pool-ref';
import type { AccountAlias } from '../config';

/** What is wrong with a watch target, per language (MFA_WATCH at start, the CLI's words). */
const TARGET_PHRASES: Phrases<{
  notAlias: (alias: string) => string;
  notPool: (pool: string) => string;
  notAllowed: (pool: string) => string;
}> = {
  en: {
    notAlias: (alias) => `"${alias}" is not an alias of MFA_CHECK_ACCOUNTS`,
    notPool: (pool) => `"${pool}" is not a user pool id or ARN`,
    notAllowed: (pool) => `${pool} is not allowed by MFA_CHECK_ALLOWED_POOLS`,
  },
  ja: {
    notAlias: (alias) => `"${alias}" は MFA_CHECK_ACCOUNTS のエイリアスではありません`,
    notPool: (pool) => `"${pool}" はユーザープールの ID でも ARN でもありません`,
    notAllowed: (pool) => `${pool} は MFA_CHECK_ALLOWED_POOLS で許可されていません`,
  },
};

/** One watched pool (or every pool of an account, `pool: '*'`) and where its changes are posted. */
export interface Watch {
  alias?: string;
  /** A pool id, or `*`: every pool of the account in the watch regions. */
  pool: string;
  /** A Slack channel id; absent for pools named on the CLI, which only prints. */
  channel?: string;
}

export interface WatchSettings {
  watches: Watch[];
  /** Where `*` watches list their pools. */
  regions: string[];
  intervalMinutes: number;
  /** Where one process keeps the last findings; unset = memory. */
  stateFile?: string;
  /** DynamoDB table for the state on Lambda; unset = IDEMPOTENCY_TABLE. */
  table?: string;
  /** MFA_WATCH_LANG; unset = posts in English, and `watch --once` speaks the terminal's language. */
  lang?: Lang;
}

export const DEFAULT_INTERVAL_MINUTES = 60;

const REGION = /^[a-z]{2,4}(?:-[a-z]+){1,3}-\d+$/;
const CHANNEL = /^[CG][A-Z0-9]{2,}$/;

/** What the caller needs to judge a watch: the aliases and allow-lists of /mfa-check. */
export interface WatchPolicy {
  accounts: readonly AccountAlias[];
  allowedPools: readonly string[];
  allowedChannels: readonly string[];
  emulator?: boolean;
}

/** `[ALIAS:]POOL` as the CLI and MFA_WATCH write it; returns the watch, or what is wrong in each language. */
export function parseWatchTarget(text: string, policy: WatchPolicy): Watch | Localized {
  const colon = text.lastIndexOf(':');
  // A pool ARN has colons of its own: only a leading alias without one counts.
  const hasAlias = colon > 0 && !text.startsWith('arn:');
  const alias = hasAlias ? text.slice(0, colon) : undefined;
  const pool = hasAlias ? text.slice(colon + 1) : text;
  if (alias !== undefined && !policy.accounts.some((a) => a.alias.toLowerCase() === alias.toLowerCase()))
    return say(TARGET_PHRASES, (p) => p.notAlias(alias.slice(0, 64)));
  if (pool !== '*') {
    const ref = parsePoolRef(alias ? [alias, pool] : [pool], policy.accounts, { emulator: policy.emulator });
    if (!ref.ok) return say(TARGET_PHRASES, (p) => p.notPool(pool.slice(0, 80)));
    if (policy.allowedPools.length > 0 && !policy.allowedPools.some((p) => glob(p, ref.ref.poolId)))
      return say(TARGET_PHRASES, (p) => p.notAllowed(ref.ref.poolId));
    return alias ? { alias, pool: ref.ref.poolId } : { pool: ref.ref.poolId };
  }
  return alias ? { alias, pool } : { pool };
}

/** What is wrong with MFA_WATCH or MFA_WATCH_REGIONS, per language. */
const SETTING_PHRASES: Phrases<{
  shape: (item: string) => string;
  notChannel: (item: string, channel: string) => string;
  channelNotAllowed: (item: string, channel: string) => string;
  entry: (item: string, why: string) => string;
  notRegion: (region: string) => string;
}> = {
  en: {
    shape: (item) => `MFA_WATCH entry "${item}" should look like [ALIAS:]POOL=CHANNEL`,
    notChannel: (item, channel) => `MFA_WATCH entry "${item}": "${channel}" is not a channel id (C0123456789)`,
    channelNotAllowed: (item, channel) => `MFA_WATCH entry "${item}": ${channel} is not in MFA_CHECK_ALLOWED_CHANNELS`,
    entry: (item, why) => `MFA_WATCH entry "${item}": ${why}`,
    notRegion: (region) => `MFA_WATCH_REGIONS: "${region}" is not a region such as eu-west-1`,
  },
  ja: {
    shape: (item) => `MFA_WATCH の "${item}" は [ALIAS:]POOL=CHANNEL の形にしてください`,
    notChannel: (item, channel) =>
      `MFA_WATCH の "${item}": "${channel}" はチャンネル ID (C0123456789 など) ではありません`,
    channelNotAllowed: (item, channel) =>
      `MFA_WATCH の "${item}": ${channel} は MFA_CHECK_ALLOWED_CHANNELS に含まれていません`,
    entry: (item, why) => `MFA_WATCH の "${item}": ${why}`,
    notRegion: (region) => `MFA_WATCH_REGIONS: "${region}" は eu-west-1 のようなリージョンではありません`,
  },
};

/** `[ALIAS:]POOL=CHANNEL`, comma- or space-separated. Throws what is wrong in each language; config.ts wraps it. */
export function parseWatches(raw: string, policy: WatchPolicy): Watch[] {
  return raw
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((item) => {
      const shown = item.slice(0, 80);
      const eq = item.lastIndexOf('=');
      if (eq <= 0) throw new LocalizedError(say(SETTING_PHRASES, (p) => p.shape(shown)));
      const channel = item.slice(eq + 1);
      if (!CHANNEL.test(channel))
        throw new LocalizedError(say(SETTING_PHRASES, (p) => p.notChannel(shown, channel.slice(0, 40))));
      if (policy.allowedChannels.length > 0 && !policy.allowedChannels.includes(channel))
        throw new LocalizedError(say(SETTING_PHRASES, (p) => p.channelNotAllowed(shown, channel)));
      const target = parseWatchTarget(item.slice(0, eq), policy);
      if (!('pool' in target))
        throw new LocalizedError(say(SETTING_PHRASES, (p, lang) => p.entry(shown, target[lang])));
      return { ...target, channel };
    });
}

export function parseRegions(raw: string): string[] {
  const regions = raw.split(/[\s,]+/).filter(Boolean);
  const bad = regions.find((r) => !REGION.test(r));
  if (bad !== undefined) throw new LocalizedError(say(SETTING_PHRASES, (p) => p.notRegion(bad.slice(0, 40))));
  return regions;
}
