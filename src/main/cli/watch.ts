/**
 * `watch --once [--state FILE] [--json] [--lang en|ja] [[ALIAS:]POOL …]`: one watch round, its changes printed (one
 * JSON line each with --json). Exit 0: nothing got worse; 1: something did; 2: it could not run.
 */
import type { Lang } from '../../catalogue/types';
import { ConfigError, loadConfig } from '../../config';
import { type CliIO, EXIT } from './io';

const STRINGS: Record<
  Lang,
  {
    usage: string;
    needsOnce: string;
    needsFile: string;
    needsRegions: string;
    langValues: string;
    unknownOption: (o: string) => string;
  }
> = {
  en: {
    usage: `usage: cognito-mfa watch --once [--state FILE] [--json] [--lang en|ja] [[ALIAS:]POOL ...]

One watch round: checks the pools (else those of MFA_WATCH), compares with the last round and prints what changed.
  --state     the state file (default MFA_WATCH_STATE_FILE, else memory: every run is then a first round)
  --json      one line per change: {"pool","rule","entry","from","to"} (and "client" for an app client's finding)
  --lang      the language of the lines and posts (default MFA_WATCH_LANG, else the locale's, else en)
With SLACK_BOT_TOKEN set, a pool watched in MFA_WATCH is also posted to its channel.
exit: 0 nothing got worse, 1 a finding got worse, 2 could not run
`,
    needsOnce: 'watch runs one round with --once (the recurring watch runs inside the bot)',
    needsFile: '--state needs a file name',
    needsRegions: 'a * watch (every pool of an account) needs MFA_WATCH_REGIONS',
    langValues: '--lang takes en or ja',
    unknownOption: (o) => `unknown option ${o}`,
  },
  ja: {
    usage: `使い方: cognito-mfa watch --once [--state FILE] [--json] [--lang en|ja] [[ALIAS:]POOL ...]

監視を 1 回実行します: プール (省略時は MFA_WATCH のプール) をチェックし、前回と比べて変化を出力します。
  --state     状態ファイル (省略時は MFA_WATCH_STATE_FILE、それもなければメモリ: 毎回が初回になります)
  --json      変化 1 件につき 1 行: {"pool","rule","entry","from","to"} (アプリクライアントの項目には "client")
  --lang      出力と投稿の言語 (省略時は MFA_WATCH_LANG、なければロケールの言語、それもなければ en)
SLACK_BOT_TOKEN を設定すると、MFA_WATCH で監視しているプールはそのチャンネルにも投稿されます。
終了コード: 0 悪化なし、1 悪化した項目あり、2 実行できなかった
`,
    needsOnce: '--once を付けて 1 回だけ実行してください (定期的な監視はボットの中で動きます)',
    needsFile: '--state にはファイル名が必要です',
    needsRegions: '* の監視 (アカウントのすべてのプール) には MFA_WATCH_REGIONS の設定が必要です',
    langValues: '--lang には en か ja を指定します',
    unknownOption: (o) => `不明なオプションです: ${o}`,
  },
};

interface WatchArgs {
  once: boolean;
  json: boolean;
  help: boolean;
  lang?: Lang;
  state?: string;
  pools: string[];
  problem?: (s: (typeof STRINGS)[Lang]) => string;
}

function parseArgs(args: string[]): WatchArgs {
  const out: WatchArgs = { once: false, json: false, help: false, pools: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [flag, inline] = arg.startsWith('--')
      ? (arg.split('=', 2) as [string, string | undefined])
      : [arg, undefined];
    if (flag === '--once') out.once = true;
    else if (flag === '--json') out.json = true;
    else if (flag === '-h' || flag === '--help') out.help = true;
    else if (flag === '--state') {
      const file = inline ?? args[++i];
      if (file) out.state = file;
      else out.problem ??= (s) => s.needsFile;
    } else if (flag === '--lang') {
      const lang = inline ?? args[++i];
      if (lang === 'en' || lang === 'ja') out.lang = lang;
      else out.problem ??= (s) => s.langValues;
    } else if (flag.startsWith('-')) out.problem ??= (s) => s.unknownOption(flag);
    else out.pools.push(arg);
  }
  return out;
}

export async function watch(args: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(args);
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr.write(`cognito-mfa watch: ${error.localized[parsed.lang ?? io.lang ?? 'en']}\n`);
    return EXIT.unusable;
  }
  // MFA_WATCH_LANG is what the team chose for the watch's posts; without it the terminal's locale speaks.
  const lang = parsed.lang ?? config.watch.lang ?? io.lang ?? 'en';
  const strings = STRINGS[lang];
  const refuse = (message: string, withUsage = false) => {
    io.stderr.write(`cognito-mfa watch: ${message}\n${withUsage ? `\n${strings.usage}` : ''}`);
    return EXIT.unusable;
  };
  if (parsed.help) {
    io.stdout.write(strings.usage);
    return EXIT.ok;
  }
  if (parsed.problem) return refuse(parsed.problem(strings), true);
  if (!parsed.once) return refuse(strings.needsOnce, true);

  const { parseWatchTarget } = await import('../../watch/settings');
  const { WATCH_STRINGS } = await import('../../watch/strings');
  const policy = { ...config.check };
  const named = [];
  for (const word of parsed.pools) {
    const target = parseWatchTarget(word, policy);
    if (!('pool' in target)) return refuse(target[lang], true);
    // A pool MFA_WATCH posts somewhere keeps its channel (and its state) when named here.
    const watched = config.watch.watches.filter(
      (w) => w.pool === target.pool && (w.alias ?? '').toLowerCase() === (target.alias ?? '').toLowerCase(),
    );
    named.push(...(watched.length ? watched : [target]));
  }
  const watches = parsed.pools.length ? named : config.watch.watches;
  if (watches.length === 0) return refuse(WATCH_STRINGS[lang].noWatches, true);
  if (watches.some((w) => w.pool === '*') && config.watch.regions.length === 0)
    return refuse(strings.needsRegions, true);

  const { runWatchRound } = await import('../../watch/run');
  const outcomes = await runWatchRound({ ...config, watch: { ...config.watch, lang } }, watches, {
    ...(parsed.state ? { stateFile: parsed.state } : {}),
    logger: { warn: (m) => io.stderr.write(`${m}\n`) },
  });
  const s = WATCH_STRINGS[lang];
  let worse = false;
  for (const o of outcomes) {
    if (!o.ok) {
      io.stderr.write(`${s.couldNotCheck(o.target.ref.poolId, o.message[lang])}\n`);
      continue;
    }
    for (const c of o.diff.changes) {
      worse ||= c.worse;
      const pool = o.report.pool;
      if (parsed.json) {
        const line = {
          pool,
          rule: c.rule,
          entry: c.entry,
          from: c.from,
          to: c.to,
          ...(c.client ? { client: c.client } : {}),
        };
        io.stdout.write(`${JSON.stringify(line)}\n`);
      } else {
        const finding = c.client ? `${c.rule} (${c.client})` : c.rule;
        io.stdout.write(`${s.line(pool, finding, s.status[c.from], s.status[c.to])}\n`);
      }
    }
  }
  if (worse) return EXIT.found;
  // Nothing could be checked at all: the round did not run.
  if (outcomes.length > 0 && outcomes.every((o) => !o.ok)) return EXIT.unusable;
  return EXIT.ok;
}
