/**
 * `npm run bench adversarial`: the slowest input of a generated hostile corpus (test/adversarial.ts: runs of one
 * character class, alternating classes, every pattern's literal start repeated) at 4 KB, 40 KB and 256 KB, next to a
 * normal paste of the same size, for each path a message takes. Targets: at Slack's 40 KB no input takes more than
 * 10x a normal paste; at the CLI's 256 KB cap every input takes under 100 ms.
 */
import { diagnose, scanner } from '../src/diagnose';
import { answerFollowUp, couldBeForBot } from '../src/diagnose/followup';
import { decodeMessage, messageLanguage } from '../src/diagnose/followup/text';
import { detectSecrets, redact } from '../src/secrets';
import { adversarialCorpus } from '../test/harness/adversarial';
import { row, sample, summary } from './stats';

const SIZES = [4 * 1024, 40 * 1024, 256 * 1024];
const SLACK_SIZE = 40 * 1024;
const CLI_SIZE = 256 * 1024;
const MAX_RATIO = 10;
const MAX_MS = 100;
/** Inputs timed again after the first pass. */
const SUSPECTS = 5;

const NOISE = [
  (i: number) => `2024-06-02T09:14:${String(i % 60).padStart(2, '0')}.${i % 1000}Z INFO session ${i} refreshed token`,
  (i: number) => `{"level":"info","msg":"InitiateAuth ok","user":"user-${i}","challenge":"SOFTWARE_TOKEN_MFA"}`,
  (i: number) => `    at processTicksAndRejections (node:internal/process/task_queues:95:${i % 10})`,
  (i: number) => `Hi team, the MFA step fails for some users after the deploy (${i}); any idea what changed?`,
];

/** A normal paste of `chars` characters: a question, a log and one catalogue error in the middle. */
function normalPaste(chars: number): string {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < chars; i++) {
    const line = (NOISE[i % NOISE.length] as (i: number) => string)(i);
    lines.push(line);
    size += line.length + 1;
  }
  lines.splice(lines.length >> 1, 0, 'ERROR NotAuthorizedException: Invalid session for the user, session is expired.');
  return lines.join('\n').slice(0, chars);
}

/** Each path a message can take; every one is timed on the same texts. */
const PATHS: Record<string, (text: string) => unknown> = {
  diagnose: (text) => diagnose(text),
  'follow-up': (text) => {
    couldBeForBot(text, { botUserId: 'U0BOT' });
    messageLanguage(decodeMessage(text), 'en');
    return answerFollowUp({ entryId: 'session-expired', lang: 'en', message: text, mentioned: true });
  },
  scan: (text) => {
    const scan = scanner();
    scan.push(text);
    return scan.end();
  },
  secrets: (text) => [detectSecrets(text), redact(text)],
};

function time(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function run(): Promise<void> {
  const results: { path: string; size: number; normal: number; worst: number; worstName: string }[] = [];
  process.stdout.write(
    '\n| path | size | normal paste median ms | worst hostile ms | worst input | x normal |\n|---|---|---|---|---|---|\n',
  );
  for (const size of SIZES) {
    const corpus = adversarialCorpus(size);
    const normal = normalPaste(size);
    for (const [path, fn] of Object.entries(PATHS)) {
      const normalMs = summary(await sample(() => fn(normal), 20)).median;
      // Every input once; the slowest few again, as the median of five runs: a GC pause is not a finding.
      const once = corpus.map((input) => ({ ...input, ms: time(() => fn(input.text)) }));
      const suspects = once.sort((a, b) => b.ms - a.ms).slice(0, SUSPECTS);
      let worst = { name: '', ms: 0 };
      for (const { name, text } of suspects) {
        const ms = summary(await sample(() => fn(text), 5, 1)).median;
        if (ms > worst.ms) worst = { name, ms };
      }
      results.push({ path, size, normal: normalMs, worst: worst.ms, worstName: worst.name });
      process.stdout.write(
        `${row([path, `${size / 1024} KB`, normalMs, worst.ms, worst.name.slice(0, 40), (worst.ms / normalMs).toFixed(1)])}\n`,
      );
    }
  }
  process.stdout.write(
    `\n${adversarialCorpusSize()} hostile inputs per size.\n\n| target | path | result |\n|---|---|---|\n`,
  );
  for (const r of results.filter((r) => r.size === SLACK_SIZE)) {
    const ok = r.worst <= MAX_RATIO * r.normal;
    process.stdout.write(
      `${row([`40 KB: worst <= ${MAX_RATIO}x normal`, r.path, `${ok ? 'pass' : 'FAIL'} (${(r.worst / r.normal).toFixed(1)}x)`])}\n`,
    );
  }
  for (const r of results.filter((r) => r.size === CLI_SIZE)) {
    const ok = r.worst < MAX_MS;
    process.stdout.write(
      `${row([`256 KB: worst < ${MAX_MS} ms`, r.path, `${ok ? 'pass' : 'FAIL'} (${r.worst.toFixed(1)} ms)`])}\n`,
    );
  }
}

function adversarialCorpusSize(): number {
  return adversarialCorpus(16).length;
}
