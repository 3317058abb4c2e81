/**
 * `/mfa-check [alias] <pool-id | pool-arn> [username] [--lang en|ja | ja]` split into the check's arguments. The pool
 * is the first word that looks like one; what comes before is the account alias, what comes after the username. The
 * language words may stand anywhere.
 */
import type { Lang } from '../../../catalogue/types';

import { type Localized, type Phrases, say } from '../../../checks/localized';
import { type PoolRef, type PoolRefOptions, parsePoolRef, quoted, usage, withUsage } from '../../../checks/pool-ref';
import type { AccountAlias } from '../../../config';
import type { CheckJobArgs } from '../types';

/** AdminGetUser's limit on `Username`. */
const MAX_USERNAME = 128;

const CHECK_WORDS_PHRASES: Phrases<{
  oneUsername: (words: string) => string;
  tooLong: (word: string, max: number) => string;
  langValues: string;
}> = {
  en: {
    oneUsername: (words) => `Give at most one username after the pool, not ${words}.`,
    tooLong: (word, max) => `${word} is not a username: Cognito usernames are at most ${max} characters.`,
    langValues: '--lang takes en or ja.',
  },
  ja: {
    oneUsername: (words) => `プールの後ろに指定できるユーザー名は 1 つだけです (${words} は指定できません)。`,
    tooLong: (word, max) => `${word} はユーザー名ではありません: Cognito のユーザー名は ${max} 文字までです。`,
    langValues: '--lang には en か ja を指定します。',
  },
};

/** A bare word that asks for Japanese: the command has no other way to say it on one line. */
const JAPANESE_WORDS = new Set(['ja', '日本語']);

/**
 * The language the words ask for, and the words without it: `--lang en|ja` (or `--lang=ja`) anywhere; else a bare
 * `ja` or `日本語`. With `--lang` given, a bare `ja` is an ordinary word: an alias or a username named "ja".
 */
function takeLang(words: string[]): { words: string[]; lang?: Lang } | { problem: Localized } {
  const at = words.findIndex((w) => w === '--lang' || w.startsWith('--lang='));
  if (at >= 0) {
    const word = words[at] as string;
    const inline = word.startsWith('--lang=');
    const value = inline ? word.slice('--lang='.length) : words[at + 1];
    if (value !== 'en' && value !== 'ja') return { problem: say(CHECK_WORDS_PHRASES, (p) => p.langValues) };
    return { words: words.filter((_, i) => i !== at && (inline || i !== at + 1)), lang: value };
  }
  const rest = words.filter((w) => !JAPANESE_WORDS.has(w));
  return rest.length < words.length ? { words: rest, lang: 'ja' } : { words };
}

export type CheckWords = { lang?: Lang } & (
  | { ok: true; args: Pick<CheckJobArgs, 'pool' | 'account' | 'username'>; ref: PoolRef }
  | { ok: false; message: Localized }
);

export function parseCheckWords(
  text: string,
  aliases: readonly AccountAlias[],
  options: PoolRefOptions = {},
): CheckWords {
  const taken = takeLang(text.trim().split(/\s+/).filter(Boolean));
  if ('problem' in taken) return { ok: false, message: withUsage(taken.problem, aliases) };
  const parsed = parseWords(taken.words, aliases, options);
  return taken.lang ? { ...parsed, lang: taken.lang } : parsed;
}

function parseWords(words: string[], aliases: readonly AccountAlias[], options: PoolRefOptions): CheckWords {
  const at = words.findIndex((w) => parsePoolRef([w], [], options).ok);
  // No pool among the words: let the pool parser say what is wrong with them.
  if (at < 0) {
    const result = parsePoolRef(words.slice(0, 2), aliases);
    return { ok: false, message: result.ok ? usage(aliases) : result.message };
  }
  const poolWords = words.slice(0, at + 1);
  const rest = words.slice(at + 1);
  if (rest.length > 1) {
    const extra = quoted(rest.join(' '));
    return {
      ok: false,
      message: withUsage(
        say(CHECK_WORDS_PHRASES, (p) => p.oneUsername(extra)),
        aliases,
      ),
    };
  }
  const username = rest[0];
  // Cognito's own limit: a longer word cannot be a username, and it would overflow the report's Share button.
  if (username && username.length > MAX_USERNAME) {
    const word = quoted(username);
    return { ok: false, message: say(CHECK_WORDS_PHRASES, (p) => p.tooLong(word, MAX_USERNAME)) };
  }
  const parsed = parsePoolRef(poolWords, aliases, options);
  if (!parsed.ok) return parsed;
  const args: Pick<CheckJobArgs, 'pool' | 'account' | 'username'> = { pool: words[at] as string };
  if (parsed.ref.alias) args.account = parsed.ref.alias.alias;
  if (username) args.username = username;
  return { ok: true, args, ref: parsed.ref };
}
