import { type CliIO, EXIT } from './io';

const USAGE = `usage: cognito-mfa <command> [options]

commands:
  explain [--json | --jsonl] [--lang en|ja] [TEXT]   explain a Cognito MFA error (stdin when TEXT is absent)
  scan [--json] FILE                                find every Cognito MFA error in a log file
  check <pool-id | pool-arn> [--user NAME] [--json] read-only checks on a user pool
  watch --once [--state FILE] [--json] [POOL ...]   one watch round: what changed since the last one
`;

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
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(USAGE);
    return name === undefined ? EXIT.unusable : EXIT.ok;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr.write(`cognito-mfa: unknown command "${name}"\n\n${USAGE}`);
    return EXIT.unusable;
  }
  return (await load())(args, io);
}
