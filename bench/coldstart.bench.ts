/**
 * Cold start on Lambda, approximated locally: a fresh `node` process per sample loads the bundle and answers one
 * signed API Gateway v2 event. Ours (`npm run bundle`) against a bare Bolt app on the same AwsLambdaReceiver, built
 * with the same esbuild options, as the yardstick; samples alternate. A third row bundles the bare app without
 * Express and Socket Mode, as ours is (scripts/bundle.mjs), to show our own code's share apart from that trimming.
 * Slack's Web API, Lambda, SSM and DynamoDB are a local fake server. Per process: load (require of the bundle), first
 * answer (handler until its response), wall time from spawn to exit, and CPU time (steadier than wall time when the
 * machine is busy). Three cases: a pasted error with the secrets in the environment (as the yardstick runs), the same
 * as deployed by serverless.yml (secrets from SSM, the event claimed in DynamoDB), and /mfa-check (ack + hand-over).
 */
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { percentile, row } from './stats';

const ROOT = join(__dirname, '..');
const SAMPLES = Number(process.env.COLDSTART_SAMPLES ?? 15);
const SECRET = '8f742231b10e8888abcd99eeeeee85a5';
const TOKEN = 'xoxb-1111-2222-bench';
const SECRETS: Record<string, string> = { '/bench/slack-bot-token': TOKEN, '/bench/slack-signing-secret': SECRET };

const BARE_APP = `
import { App, AwsLambdaReceiver } from '@slack/bolt';
const receiver = new AwsLambdaReceiver({ signingSecret: process.env.SLACK_SIGNING_SECRET! });
const app = new App({
  receiver, token: process.env.SLACK_BOT_TOKEN, botId: process.env.SLACK_BOT_ID, botUserId: process.env.SLACK_BOT_USER_ID,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
});
app.message(async ({ message, say }) => { await say({ text: 'ok', thread_ts: (message as { ts: string }).ts }); });
app.command('/mfa-check', async ({ ack }) => { await ack('ok'); });
export const handler = receiver.toHandler();
`;

/** Loads the bundle, answers one event, prints timings as JSON. */
const CHILD = `
const t0 = process.hrtime.bigint();
const { handler } = require(process.argv[2]);
const t1 = process.hrtime.bigint();
const event = JSON.parse(require('node:fs').readFileSync(process.argv[3], 'utf8'));
handler(event, {}).then((res) => {
  const t2 = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  process.stdout.write(JSON.stringify({ load: Number(t1 - t0) / 1e6, answer: Number(t2 - t1) / 1e6, cpu: (cpu.user + cpu.system) / 1000, status: res.statusCode, body: res.body }));
});
`;

const VARIANTS = ['ours', 'bare', 'trimmed'] as const;
type Variant = (typeof VARIANTS)[number];
const LABELS: Record<Variant, string> = {
  ours: 'ours',
  bare: 'bare Bolt (yardstick)',
  trimmed: 'bare Bolt without Express and Socket Mode',
};

interface Sample {
  load: number;
  answer: number;
  /** Wall time from spawn to exit. */
  total: number;
  /** CPU time of the whole process (Node's own start included): steadier than wall time on a busy machine. */
  cpu: number;
}

function fakeApis(): Promise<{ server: Server; url: string; counts: Map<string, number> }> {
  const counts = new Map<string, number>();
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => {
      raw += d;
    });
    req.on('end', () => {
      const target = String(req.headers['x-amz-target'] ?? '');
      const key = req.url?.startsWith('/api/')
        ? (req.url.slice(5).split('?')[0] ?? '')
        : target
          ? target
          : 'Lambda.Invoke';
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const json = (status: number, body: unknown, type = 'application/json') =>
        res.writeHead(status, { 'content-type': type }).end(JSON.stringify(body));
      if (key === 'Lambda.Invoke') res.writeHead(202).end();
      else if (key === 'AmazonSSM.GetParameter') {
        const { Name } = JSON.parse(raw) as { Name: string };
        json(200, { Parameter: { Name, Type: 'SecureString', Value: SECRETS[Name] } }, 'application/x-amz-json-1.1');
      } else if (key.startsWith('DynamoDB_')) json(200, {}, 'application/x-amz-json-1.0');
      else json(200, { ok: true, ts: '1.000100' });
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, counts }),
    ),
  );
}

function signedEvent(body: Record<string, unknown>): unknown {
  const form = typeof body.command === 'string';
  const raw = form ? new URLSearchParams(body as Record<string, string>).toString() : JSON.stringify(body);
  const ts = String(Math.floor(Date.now() / 1000));
  const sig = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${raw}`).digest('hex')}`;
  return {
    version: '2.0',
    rawPath: '/slack/events',
    headers: {
      'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json',
      'x-slack-request-timestamp': ts,
      'x-slack-signature': sig,
    },
    body: form ? Buffer.from(raw).toString('base64') : raw,
    isBase64Encoded: form,
  };
}

const MESSAGE = 'pasted error (message event)';
const COMMAND = '/mfa-check (ack + hand-over)';
const EVENTS: Record<string, Record<string, unknown>> = {
  [MESSAGE]: {
    type: 'event_callback',
    event_id: 'Ev0COLD',
    team_id: 'T0TEAM0001',
    api_app_id: 'A0MFAAPP01',
    event: {
      type: 'message',
      channel: 'D0DIRECT01',
      channel_type: 'im',
      user: 'U0ALICE001',
      ts: '1764150000.000100',
      text: 'NotAuthorizedException: Invalid session for the user, session is expired.',
    },
  },
  [COMMAND]: {
    command: '/mfa-check',
    text: 'eu-west-1_AbCdEfGhI',
    user_id: 'U0ALICE001',
    channel_id: 'C0DEVOPS01',
    team_id: 'T0TEAM0001',
    response_url: 'https://hooks.slack.com/commands/T0TEAM0001/1/x',
    trigger_id: '1.2.3',
  },
};

function runChild(dir: string, bundle: string, eventFile: string, env: NodeJS.ProcessEnv): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [join(dir, 'child.js'), bundle, eventFile], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('close', () => {
      const total = Number(process.hrtime.bigint() - started) / 1e6;
      try {
        const r = JSON.parse(out) as { load: number; answer: number; cpu: number; status: number };
        if (r.status !== 200) throw new Error(`status ${r.status}`);
        resolve({ load: r.load, answer: r.answer, cpu: r.cpu, total });
      } catch (error) {
        reject(new Error(`child failed (${String(error)}): ${out} ${err.slice(0, 2000)}`));
      }
    });
  });
}

const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );
const p90 = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    90,
  );

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'coldstart-'));
  const { server, url, counts } = await fakeApis();
  try {
    const { build } = (await import('esbuild')) as typeof import('esbuild');
    const script = (await import(pathToFileURL(join(ROOT, 'scripts/bundle.mjs')).href)) as {
      lambdaBuildOptions: import('esbuild').BuildOptions;
      unusedOnLambda: import('esbuild').Plugin;
      bundleLambda(outdir: string): Promise<{ index: number; sdk: number }>;
    };
    const bundles: Record<Variant, string> = {
      ours: join(dir, 'ours', 'index.js'),
      bare: join(dir, 'bare.js'),
      trimmed: join(dir, 'bare-trimmed.js'),
    };
    const sizes = await script.bundleLambda(join(dir, 'ours'));
    const bareApp = { contents: BARE_APP, resolveDir: ROOT, loader: 'ts' as const, sourcefile: 'bare-app.ts' };
    await build({ ...script.lambdaBuildOptions, stdin: bareApp, outfile: bundles.bare });
    await build({
      ...script.lambdaBuildOptions,
      plugins: [script.unusedOnLambda],
      stdin: bareApp,
      outfile: bundles.trimmed,
    });
    writeFileSync(join(dir, 'child.js'), CHILD);

    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_BOT_ID: 'B0MFABOT01',
      SLACK_BOT_USER_ID: 'U0MFABOT01',
      SLACK_API_URL: `${url}/api/`,
      AWS_LAMBDA_FUNCTION_NAME: 'mfa-check-bot-bench',
      AWS_REGION: 'eu-west-1',
      AWS_ACCESS_KEY_ID: 'AKIAEXAMPLEBENCH0001',
      AWS_SECRET_ACCESS_KEY: 'benchSecretKeyEXAMPLE0123456789abcdefgh',
      AWS_ENDPOINT_URL_LAMBDA: url,
      AWS_ENDPOINT_URL_SSM: url,
      AWS_ENDPOINT_URL_DYNAMODB: url,
      LOG_LEVEL: 'error',
    };
    // As deployed by serverless.yml: secrets read from SSM at cold start, deliveries claimed in DynamoDB.
    const deployed: NodeJS.ProcessEnv = {
      ...env,
      SLACK_BOT_TOKEN: undefined,
      SLACK_SIGNING_SECRET: undefined,
      SLACK_BOT_TOKEN_PARAMETER: '/bench/slack-bot-token',
      SLACK_SIGNING_SECRET_PARAMETER: '/bench/slack-signing-secret',
      IDEMPOTENCY_TABLE: 'bench-idempotency',
    };

    const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
    process.stdout.write(
      `\nBundle size: ours ${kib(sizes.index)} index.js + ${kib(sizes.sdk)} aws-sdk.js (loaded on the first AWS call); ` +
        `bare Bolt ${kib(statSync(bundles.bare).size)}; bare Bolt without Express and Socket Mode ${kib(statSync(bundles.trimmed).size)}\n`,
    );
    process.stdout.write(`${SAMPLES} fresh node processes per row, interleaved; ms, median (p90)\n\n`);
    process.stdout.write(
      `${row(['first event', 'bundle', 'load', 'first answer', 'process wall', 'process CPU', 'wall vs yardstick', 'CPU vs yardstick'])}\n`,
    );
    process.stdout.write(`${row(['---', '---', '---', '---', '---', '---', '---', '---'])}\n`);
    const cases: [string, Record<string, unknown>, NodeJS.ProcessEnv][] = [
      [`${MESSAGE}, secrets in env`, EVENTS[MESSAGE] as Record<string, unknown>, env],
      [`${MESSAGE}, as deployed (SSM + DynamoDB)`, EVENTS[MESSAGE] as Record<string, unknown>, deployed],
      [`${COMMAND}, secrets in env`, EVENTS[COMMAND] as Record<string, unknown>, env],
    ];
    for (const [name, body, oursEnv] of cases) {
      const results: Record<Variant, Sample[]> = { ours: [], bare: [], trimmed: [] };
      for (let i = 0; i < SAMPLES; i++) {
        for (const variant of VARIANTS) {
          const eventFile = join(dir, `event-${variant}.json`);
          writeFileSync(eventFile, JSON.stringify(signedEvent({ ...body, event_id: `Ev${i}` })));
          const childEnv = variant === 'ours' ? oursEnv : env;
          results[variant].push(await runChild(dir, bundles[variant], eventFile, childEnv));
        }
      }
      const fmt = (xs: number[]) => `${median(xs).toFixed(1)} (${p90(xs).toFixed(1)})`;
      const ratio = (variant: Variant, pick: (x: Sample) => number) =>
        `${(median(results[variant].map(pick)) / median(results.bare.map(pick))).toFixed(2)}x`;
      for (const variant of VARIANTS) {
        const s = results[variant];
        process.stdout.write(
          `${row([
            name,
            LABELS[variant],
            fmt(s.map((x) => x.load)),
            fmt(s.map((x) => x.answer)),
            fmt(s.map((x) => x.total)),
            fmt(s.map((x) => x.cpu)),
            ratio(variant, (x) => x.total),
            ratio(variant, (x) => x.cpu),
          ])}\n`,
        );
      }
    }
    process.stdout.write(`\nFake API calls seen: ${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
