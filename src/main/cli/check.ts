import type { Lang } from '../../catalogue/types';
import { ConfigError, loadConfig } from '../../config';
import { type CliIO, EXIT } from './io';

/** What `cognito-mfa check` says itself, per language: its usage and what is wrong with its options. */
const STRINGS: Record<
  Lang,
  { usage: string; needsUser: string; langValues: string; unknownOption: (option: string) => string }
> = {
  en: {
    usage: `usage: cognito-mfa check [ALIAS] <pool-id | pool-arn> [--user NAME] [--json] [--lang en|ja]

Read-only checks on a Cognito user pool's MFA setup (and one user's, with --user).
  ALIAS       an account alias from MFA_CHECK_ACCOUNTS: assume that account's role first
  --user      also check this user (AdminGetUser counts toward monthly active users)
  --json      print {"pool","region","lang","findings":[{"rule","entry","status","summary"}]}
  --lang      the language of the report and of these messages (default: the locale's)
exit: 0 no failing finding, 1 at least one, 2 could not run
example: cognito-mfa check us-east-1_AbC123def --user alice
`,
    needsUser: '--user needs a username',
    langValues: '--lang takes en or ja',
    unknownOption: (option) => `unknown option ${option}`,
  },
  ja: {
    usage: `使い方: cognito-mfa check [ALIAS] <pool-id | pool-arn> [--user NAME] [--json] [--lang en|ja]

Cognito ユーザープールの MFA 設定 (--user を付けるとそのユーザーも) を読み取り専用でチェックします。
  ALIAS       MFA_CHECK_ACCOUNTS のアカウントエイリアス: 先にそのアカウントのロールを引き受けます
  --user      このユーザーもチェックします (AdminGetUser は月間アクティブユーザーとして数えられます)
  --json      {"pool","region","lang","findings":[{"rule","entry","status","summary"}]} を出力します
  --lang      レポートとこのメッセージの言語 (デフォルトはロケールの言語)
終了コード: 0 失敗なし、1 失敗が 1 つ以上、2 実行できなかった
例: cognito-mfa check us-east-1_AbC123def --user alice
`,
    needsUser: '--user にはユーザー名が必要です',
    langValues: '--lang には en か ja を指定します',
    unknownOption: (option) => `不明なオプションです: ${option}`,
  },
};

interface CheckArgs {
  words: string[];
  user?: string;
  json: boolean;
  lang: Lang;
  /** --lang was given: only then is the JSON in Japanese, a program reading it should not depend on a locale. */
  langGiven: boolean;
  help: boolean;
  /** What is wrong with the options, said once the language is known. */
  problem?: (strings: (typeof STRINGS)[Lang]) => string;
}

function parseArgs(args: string[], io: CliIO): CheckArgs {
  // The locale's language until a --lang says otherwise.
  const out: CheckArgs = { words: [], json: false, lang: io.lang ?? 'en', langGiven: false, help: false };
  const fail = (problem: NonNullable<CheckArgs['problem']>) => {
    out.problem ??= problem;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [flag, inline] = arg.startsWith('--')
      ? (arg.split('=', 2) as [string, string | undefined])
      : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--json') out.json = true;
    else if (flag === '-h' || flag === '--help') out.help = true;
    else if (flag === '--user') {
      const user = value();
      if (user) out.user = user;
      else fail((s) => s.needsUser);
    } else if (flag === '--lang') {
      const lang = value();
      if (lang === 'en' || lang === 'ja') Object.assign(out, { lang, langGiven: true });
      else fail((s) => s.langValues);
    } else if (flag.startsWith('-')) fail((s) => s.unknownOption(flag));
    else out.words.push(arg);
  }
  return out;
}

export async function check(args: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(args, io);
  const { lang } = parsed;
  const strings = STRINGS[lang];
  const refuse = (message: string, withUsage = false) => {
    io.stderr.write(`cognito-mfa check: ${message}\n${withUsage ? `\n${strings.usage}` : ''}`);
    return EXIT.unusable;
  };
  if (parsed.problem) return refuse(parsed.problem(strings), true);
  if (parsed.help) {
    io.stdout.write(strings.usage);
    return EXIT.ok;
  }
  let settings: ReturnType<typeof loadConfig>['check'];
  try {
    settings = loadConfig().check;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return refuse(error.localized[lang]);
  }
  // The checks (and with them the AWS SDK) load only once the input is known to name a pool.
  const { parsePoolRef } = await import('../../checks/pool-ref');
  const ref = parsePoolRef(parsed.words, settings.accounts, settings);
  if (!ref.ok) return refuse(ref.message[lang], true);
  const { secretInUsername } = await import('../../checks/username');
  const secret = parsed.user ? secretInUsername(parsed.user) : undefined;
  if (secret) {
    const { CHECK_START_STRINGS } = await import('../../render/check-start-strings');
    return refuse(CHECK_START_STRINGS[lang].secretUsername(secret));
  }
  const { runCheck } = await import('../../checks/run');
  const result = await runCheck({ ref: ref.ref, username: parsed.user });
  if (!result.ok) return refuse(result.message[lang]);
  if (parsed.json) {
    const { renderReportJson } = await import('../../render/json/report');
    io.stdout.write(renderReportJson(result.report, parsed.langGiven ? lang : 'en'));
  } else {
    const { renderReportText } = await import('../../render/text/report');
    io.stdout.write(renderReportText(result.report, lang));
  }
  return result.report.counts.fail > 0 ? EXIT.found : EXIT.ok;
}
