import { EMULATOR_POOL_ARN, EMULATOR_POOL_ID, POOL_ARN, POOL_ID, wholeMatch } from '../aws-ids';
import type { AccountAlias } from '../config';
import { redact } from '../secrets';
import { type Localized, type Phrases, say } from './localized';

/** A user pool to check, from `<region>_<id>` or a pool ARN, optionally behind an account alias. */
export interface PoolRef {
  poolId: string;
  region: string;
  partition: string;
  /** From an ARN only; otherwise the pool's own ARN tells it after DescribeUserPool. */
  account?: string;
  alias?: AccountAlias;
}

export type PoolRefResult = { ok: true; ref: PoolRef } | { ok: false; message: Localized };

const POOL_EXAMPLE = 'us-east-1_AbC123def';

const MAX_QUOTED = 80;

/** A word the person typed, as a message quotes it back: a 40 KB paste or a token typed by mistake is not repeated. */
export function quoted(text: string): string {
  const clean = redact(text);
  return `"${clean.length > MAX_QUOTED ? `${clean.slice(0, MAX_QUOTED - 1)}…` : clean}"`;
}

const ARN_EXAMPLE = `arn:aws:cognito-idp:us-east-1:123456789012:userpool/${POOL_EXAMPLE}`;

/** What is wrong with the words of a check, and how to give a pool, per language. */
const POOL_REF_PHRASES: Phrases<{
  usage: string;
  usageAliases: (first: string, all: string) => string;
  noPool: string;
  tooMany: (words: string) => string;
  notAlias: (word: string, known: string | undefined) => string;
  notPool: (word: string) => string;
  otherPartition: (word: string, region: string, partition: string, given: string) => string;
  aliasAccount: (account: string, alias: string, roleArn: string) => string;
}> = {
  en: {
    usage: `Give a user pool id such as ${POOL_EXAMPLE}, or its ARN such as ${ARN_EXAMPLE}.`,
    usageAliases: (first, all) =>
      `To check a pool in another account, put its alias first, e.g. "${first} ${POOL_EXAMPLE}" (aliases: ${all}).`,
    noPool: 'No user pool given.',
    tooMany: (words) => `Too many words: ${words}.`,
    notAlias: (word, known) =>
      `${word} is not an account alias (${known ? `known aliases: ${known}` : 'none is configured'}).`,
    notPool: (word) => `${word} is not a user pool id or ARN.`,
    otherPartition: (word, region, partition, given) =>
      `${word} is not a user pool ARN: ${region} is in the ${partition} partition, not ${given}.`,
    aliasAccount: (account, alias, roleArn) =>
      `The ARN names account ${account}, but alias "${alias}" is ${roleArn}. Give the pool id alone or the matching alias.`,
  },
  ja: {
    usage: `${POOL_EXAMPLE} のようなユーザープール ID か、${ARN_EXAMPLE} のような ARN を指定してください。`,
    usageAliases: (first, all) =>
      `別のアカウントのプールをチェックするには、エイリアスを先に付けます。例: "${first} ${POOL_EXAMPLE}" (エイリアス: ${all})。`,
    noPool: 'ユーザープールが指定されていません。',
    tooMany: (words) => `指定が多すぎます: ${words}。`,
    notAlias: (word, known) =>
      `${word} はアカウントのエイリアスではありません (${known ? `設定済みのエイリアス: ${known}` : 'エイリアスは設定されていません'})。`,
    notPool: (word) => `${word} はユーザープールの ID でも ARN でもありません。`,
    otherPartition: (word, region, partition, given) =>
      `${word} はユーザープールの ARN ではありません: ${region} は ${given} ではなく ${partition} パーティションのリージョンです。`,
    aliasAccount: (account, alias, roleArn) =>
      `ARN のアカウントは ${account} ですが、エイリアス "${alias}" は ${roleArn} です。プール ID だけを指定するか、一致するエイリアスを指定してください。`,
  },
};

/** How to give a pool, with the aliases there are. */
export function usage(aliases: readonly AccountAlias[]): Localized {
  const first = aliases[0];
  const all = aliases.map((a) => a.alias).join(', ');
  return say(POOL_REF_PHRASES, (p) => (first ? `${p.usage}\n${p.usageAliases(first.alias, all)}` : p.usage));
}

/** A problem, then how to give a pool. */
export function withUsage(problem: Localized, aliases: readonly AccountAlias[]): Localized {
  const how = usage(aliases);
  return say(POOL_REF_PHRASES, (_, lang) => `${problem[lang]}\n${how[lang]}`);
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

/** Which pools the words may name: with `emulator`, a local emulator's (`local_…`) too. */
export interface PoolRefOptions {
  emulator?: boolean;
}

/** A local emulator's pool; it runs in no AWS partition, and the SDK goes to the configured endpoint. */
function parseEmulatorPool(text: string): Omit<PoolRef, 'alias'> | undefined {
  if (wholeMatch(EMULATOR_POOL_ID, text)) return { poolId: text, region: 'local', partition: 'aws' };
  const arn = wholeMatch(EMULATOR_POOL_ARN, text);
  if (!arn) return undefined;
  const [, account, poolId] = arn as unknown as string[];
  return { poolId: poolId as string, region: 'local', partition: 'aws', ...(account !== 'local' ? { account } : {}) };
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
export function parsePoolRef(
  words: readonly string[],
  aliases: readonly AccountAlias[],
  options: PoolRefOptions = {},
): PoolRefResult {
  const fail = (problem: Localized): PoolRefResult => ({ ok: false, message: withUsage(problem, aliases) });
  const parts = words.map((w) => w.trim()).filter(Boolean);
  if (parts.length === 0) return fail(say(POOL_REF_PHRASES, (p) => p.noPool));
  if (parts.length > 2) return fail(say(POOL_REF_PHRASES, (p) => p.tooMany(quoted(parts.join(' ')))));
  let alias: AccountAlias | undefined;
  if (parts.length === 2) {
    const name = parts[0] as string;
    alias = aliases.find((a) => a.alias.toLowerCase() === name.toLowerCase());
    if (!alias) {
      const known = aliases.map((a) => a.alias).join(', ') || undefined;
      return fail(say(POOL_REF_PHRASES, (p) => p.notAlias(quoted(name), known)));
    }
  }
  const text = parts[parts.length - 1] as string;
  const emulated = options.emulator ? parseEmulatorPool(text) : undefined;
  if (emulated) return { ok: true, ref: alias ? { ...emulated, alias } : emulated };
  const pool = parsePool(text);
  if (!pool) return fail(say(POOL_REF_PHRASES, (p) => p.notPool(quoted(text))));
  // The SDK picks endpoints by region alone: an ARN whose partition does not fit its region names no real pool, and
  // checking the region's pool instead would report on something the person did not name.
  const partition = partitionOf(pool.region);
  if (pool.partition !== partition) {
    return fail(say(POOL_REF_PHRASES, (p) => p.otherPartition(quoted(text), pool.region, partition, pool.partition)));
  }
  if (alias && pool.account && !alias.roleArn.includes(`::${pool.account}:`)) {
    const { alias: name, roleArn } = alias;
    const account = pool.account;
    return { ok: false, message: say(POOL_REF_PHRASES, (p) => p.aliasAccount(account, name, roleArn)) };
  }
  return { ok: true, ref: alias ? { ...pool, alias } : pool };
}
