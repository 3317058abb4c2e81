import type { Phrases } from '../../checks/localized';
import { type CliIO, cliLang, EXIT } from './io';

const STRINGS: Phrases<{ usage: string; unknownCommand: (name: string) => string }> = {
  en: {
    usage: `usage: cognito-mfa <command> [options]

commands:
  explain [--json | --jsonl] [--lang en|ja] [TEXT]   explain a Cognito MFA error (stdin when TEXT is absent)
  scan [--json] [--lang en|ja] FILE                 find every Cognito MFA error in a log file
  check <pool-id | pool-arn> [--user NAME] [--json] read-only checks on a user pool
  watch --once [--state FILE] [--json] [POOL ...]   one watch round: what changed since the last one
--lang picks the language of what the CLI says (default: the locale's, LANG=ja_JP.UTF-8 for Japanese).
`,
    unknownCommand: (name) => `unknown command "${name}"`,
  },
  ja: {
    usage: `使い方: cognito-mfa <command> [options]

コマンド:
  explain [--json | --jsonl] [--lang en|ja] [TEXT]   Cognito MFA エラーを説明します (TEXT がなければ標準入力)
  scan [--json] [--lang en|ja] FILE                 ログファイル中の Cognito MFA エラーをすべて見つけます
  check <pool-id | pool-arn> [--user NAME] [--json] ユーザープールを読み取り専用でチェックします
  watch --once [--state FILE] [--json] [POOL ...]   監視を 1 回実行し、前回からの変化を出力します
--lang で CLI の言語を選びます (デフォルトはロケールの言語。LANG=ja_JP.UTF-8 なら日本語)。
`,
    unknownCommand: (name) => `不明なコマンドです: "${name}"`,
  },
};

type Command = (args: string[], io: CliIO) => Promise<number>;

// Loaded on demand so `explain` never pays for the AWS SDK that `check` needs.
const COMMANDS: Record<string, () => Promise<Command>> = {
  explain: async () => (await import('./explain')).explain,
  scan: async () => (await import('./scan')).scan,
  check: async () => (await import('./check')).check,
  watch: async () => (await import('./watch')).watch,
};

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  const strings = STRINGS[cliLang(argv, io)];
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(strings.usage);
    return name === undefined ? EXIT.unusable : EXIT.ok;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr.write(`cognito-mfa: ${strings.unknownCommand(name)}\n\n${strings.usage}`);
    return EXIT.unusable;
  }
  return (await load())(args, io);
}
