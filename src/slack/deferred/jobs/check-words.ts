/**
 * `/mfa-check [alias] <pool-id | pool-arn> [username]` split into the check's arguments. The pool is the first word
 * that looks like one; what comes before is the account alias, what comes after the username.
 */

import { type Localized, type Phrases, say } from '../../../checks/localized';
import { type PoolRef, parsePoolRef, quoted, usage, withUsage } from '../../../checks/pool-ref';
import type { AccountAlias } from '../../../config';
import type { CheckJobArgs } from '../types';

/** AdminGetUser's limit on `Username`. */
const MAX_USERNAME = 128;

export const CHECK_WORDS_PHRASES: Phrases<{
  oneUsername: (words: string) => string;
  tooLong: (word: string, max: number) => string;
}> = {
  en: {
    oneUsername: (words) => `Give at most one username after the pool, not ${words}.`,
    tooLong: (word, max) => `${word} is not a username: Cognito usernames are at most ${max} characters.`,
  },
  ja: {
    oneUsername: (words) => `プールの後ろに指定できるユーザー名は 1 つだけです (${words} は指定できません)。`,
    tooLong: (word, max) => `${word} はユーザー名ではありません: Cognito のユーザー名は ${max} 文字までです。`,
  },
};

export type CheckWords =
  | { ok: true; args: Pick<CheckJobArgs, 'pool' | 'account' | 'username'>; ref: PoolRef }
  | { ok: false; message: Localized };

export function parseCheckWords(text: string, aliases: readonly AccountAlias[]): CheckWords {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const at = words.findIndex((w) => parsePoolRef([w], []).ok);
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
  const parsed = parsePoolRef(poolWords, aliases);
  if (!parsed.ok) return parsed;
  const args: Pick<CheckJobArgs, 'pool' | 'account' | 'username'> = { pool: words[at] as string };
  if (parsed.ref.alias) args.account = parsed.ref.alias.alias;
  if (username) args.username = username;
  return { ok: true, args, ref: parsed.ref };
}
