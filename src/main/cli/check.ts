import { ConfigError, loadConfig } from '../../config';
import { type CliIO, EXIT } from './io';

const USAGE = `usage: cognito-mfa check [ALIAS] <pool-id | pool-arn> [--user NAME] [--json] [--lang en|ja]

Read-only checks on a Cognito user pool's MFA setup (and one user's, with --user).
  ALIAS       an account alias from MFA_CHECK_ACCOUNTS: assume that account's role first
  --user      also check this user (AdminGetUser counts toward monthly active users)
  --json      print {"pool","region","findings":[{"rule","entry","status","summary"}]}
exit: 0 no failing finding, 1 at least one, 2 could not run
example: cognito-mfa check us-east-1_AbC123def --user alice
`;

interface CheckArgs {
  words: string[];
  user?: string;
  json: boolean;
  lang: 'en' | 'ja';
  help: boolean;
}

function parseArgs(args: string[]): CheckArgs | string {
  const out: CheckArgs = { words: [], json: false, lang: 'en', help: false };
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
      if (!user) return '--user needs a username';
      out.user = user;
    } else if (flag === '--lang') {
      const lang = value();
      if (lang !== 'en' && lang !== 'ja') return '--lang takes en or ja';
      out.lang = lang;
    } else if (flag.startsWith('-')) return `unknown option ${flag}`;
    else out.words.push(arg);
  }
  return out;
}

export async function check(args: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr.write(`cognito-mfa check: ${parsed}\n\n${USAGE}`);
    return EXIT.unusable;
  }
  if (parsed.help) {
    io.stdout.write(USAGE);
    return EXIT.ok;
  }
  let accounts: ReturnType<typeof loadConfig>['check']['accounts'];
  try {
    accounts = loadConfig().check.accounts;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr.write(`cognito-mfa check: ${error.message}\n`);
    return EXIT.unusable;
  }
  // The checks (and with them the AWS SDK) load only once the input is known to name a pool.
  const { parsePoolRef } = await import('../../checks/pool-ref');
  const ref = parsePoolRef(parsed.words, accounts);
  if (!ref.ok) {
    io.stderr.write(`cognito-mfa check: ${ref.message}\n\n${USAGE}`);
    return EXIT.unusable;
  }
  const { secretInUsername } = await import('../../checks/username');
  const secret = parsed.user ? secretInUsername(parsed.user) : undefined;
  if (secret) {
    const { CHECK_START_STRINGS } = await import('../../render/check-start-strings');
    io.stderr.write(`cognito-mfa check: ${CHECK_START_STRINGS[parsed.lang].secretUsername(secret)}\n`);
    return EXIT.unusable;
  }
  const { runCheck } = await import('../../checks/run');
  const result = await runCheck({ ref: ref.ref, username: parsed.user });
  if (!result.ok) {
    io.stderr.write(`cognito-mfa check: ${result.message}\n`);
    return EXIT.unusable;
  }
  if (parsed.json) {
    const { renderReportJson } = await import('../../render/json/report');
    io.stdout.write(renderReportJson(result.report));
  } else {
    const { renderReportText } = await import('../../render/text/report');
    io.stdout.write(renderReportText(result.report, parsed.lang));
  }
  return result.report.counts.fail > 0 ? EXIT.found : EXIT.ok;
}
