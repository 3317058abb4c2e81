import { POOL_ARN, POOL_ID, wholeMatch } from '../aws-ids';
import type { AccountAlias } from '../config';
import { redact } from '../secrets';

/** A user pool to check, from `<region>_<id>` or a pool ARN, optionally behind an account alias. */
export interface PoolRef {
  poolId: string;
  region: string;
  partition: string;
  /** From an ARN only; otherwise the pool's own ARN tells it after DescribeUserPool. */
  account?: string;
  alias?: AccountAlias;
}

export type PoolRefResult = { ok: true; ref: PoolRef } | { ok: false; message: string };

export const POOL_EXAMPLE = 'us-east-1_AbC123def';

const MAX_QUOTED = 80;

/** A word the person typed, as a message quotes it back: a 40 KB paste or a token typed by mistake is not repeated. */
export function quoted(text: string): string {
  const clean = redact(text);
  return `"${clean.length > MAX_QUOTED ? `${clean.slice(0, MAX_QUOTED - 1)}…` : clean}"`;
}

export function usage(aliases: readonly AccountAlias[]): string {
  const lines = [
    `Give a user pool id such as ${POOL_EXAMPLE}, or its ARN such as arn:aws:cognito-idp:us-east-1:123456789012:userpool/${POOL_EXAMPLE}.`,
  ];
  const first = aliases[0];
  if (first) {
    lines.push(
      `To check a pool in another account, put its alias first, e.g. "${first.alias} ${POOL_EXAMPLE}" (aliases: ${aliases.map((a) => a.alias).join(', ')}).`,
    );
  }
  return lines.join('\n');
}

const PARTITIONS: [prefix: string, partition: string][] = [
  ['cn-', 'aws-cn'],
  ['us-gov-', 'aws-us-gov'],
  ['us-isob-', 'aws-iso-b'],
  ['us-isof-', 'aws-iso-f'],
  ['us-iso-', 'aws-iso'],
  ['eu-isoe-', 'aws-iso-e'],
  ['eusc-', 'aws-eusc'],
];

/** `eu-west-2` -> aws, `cn-north-1` -> aws-cn, `us-gov-west-1` -> aws-us-gov ... */
function partitionOf(region: string): string {
  return PARTITIONS.find(([prefix]) => region.startsWith(prefix))?.[1] ?? 'aws';
}

function parsePool(text: string): Omit<PoolRef, 'alias'> | undefined {
  const id = wholeMatch(POOL_ID, text);
  if (id) return { poolId: text, region: id[1] as string, partition: partitionOf(id[1] as string) };
  const arn = wholeMatch(POOL_ARN, text);
  if (arn) {
    const [, partition, region, account, poolId, idRegion] = arn as unknown as string[];
    // An ARN whose region disagrees with the id's own region cannot be a real pool.
    if (region !== idRegion) return undefined;
    return { poolId: poolId as string, region: region as string, partition: partition as string, account };
  }
  return undefined;
}

/**
 * Parses `[alias] <pool-id | pool-arn>`. Pure: no AWS call is made for input that cannot be a pool.
 * The words are what follows the command name (`/mfa-check` text, CLI positionals).
 */
export function parsePoolRef(words: readonly string[], aliases: readonly AccountAlias[]): PoolRefResult {
  const parts = words.map((w) => w.trim()).filter(Boolean);
  if (parts.length === 0) return { ok: false, message: `No user pool given.\n${usage(aliases)}` };
  if (parts.length > 2) {
    return { ok: false, message: `Too many words: ${quoted(parts.join(' '))}.\n${usage(aliases)}` };
  }
  let alias: AccountAlias | undefined;
  if (parts.length === 2) {
    const name = parts[0] as string;
    alias = aliases.find((a) => a.alias.toLowerCase() === name.toLowerCase());
    if (!alias) {
      const known = aliases.length ? `known aliases: ${aliases.map((a) => a.alias).join(', ')}` : 'none is configured';
      return { ok: false, message: `${quoted(name)} is not an account alias (${known}).\n${usage(aliases)}` };
    }
  }
  const text = parts[parts.length - 1] as string;
  const pool = parsePool(text);
  if (!pool) return { ok: false, message: `${quoted(text)} is not a user pool id or ARN.\n${usage(aliases)}` };
  // The SDK picks endpoints by region alone: an ARN whose partition does not fit its region names no real pool, and
  // checking the region's pool instead would report on something the person did not name.
  const partition = partitionOf(pool.region);
  if (pool.partition !== partition) {
    return {
      ok: false,
      message: `${quoted(text)} is not a user pool ARN: ${pool.region} is in the ${partition} partition, not ${pool.partition}.\n${usage(aliases)}`,
    };
  }
  if (alias && pool.account && !alias.roleArn.includes(`::${pool.account}:`)) {
    return {
      ok: false,
      message: `The ARN names account ${pool.account}, but alias "${alias.alias}" is ${alias.roleArn}. Give the pool id alone or the matching alias.`,
    };
  }
  return { ok: true, ref: alias ? { ...pool, alias } : pool };
}
