/**
 * `explain [--json | --jsonl] [--lang en|ja] [TEXT]`: explains a pasted error (TEXT, or stdin when absent).
 * `--jsonl` reads one `{"id", "text"}` object per line and writes one result per line, `"input"` set to the id.
 */
import { createInterface } from 'node:readline';
import { LANGS, type Lang } from '../../catalogue/types';
import type { Phrases } from '../../checks/localized';
import { diagnose } from '../../diagnose';
import type { DiagnoseResult } from '../../diagnose/types';
import { renderDiagnosisText } from '../../render/text/diagnosis';
import { type CliIO, cliLang, EXIT } from './io';

/** What `explain` says itself; the JSON Lines errors are values for programs and stay English. */
const STRINGS: Phrases<{
  usage: string;
  oneFormat: string;
  langValues: (value: string) => string;
  unknownOption: (option: string) => string;
  noText: string;
  empty: string;
  binary: string;
}> = {
  en: {
    usage: 'usage: cognito-mfa explain [--json | --jsonl] [--lang en|ja] [TEXT]   (stdin when TEXT is absent)\n',
    oneFormat: 'choose one of --json and --jsonl',
    langValues: (value) => `--lang takes ${LANGS.join(' or ')}, not "${value}"`,
    unknownOption: (option) => `unknown option ${option}`,
    noText: 'no text given',
    empty: 'nothing to explain: pass the error text as an argument or on stdin',
    binary: 'this looks like binary data, not text: paste the error message or a text log',
  },
  ja: {
    usage: '使い方: cognito-mfa explain [--json | --jsonl] [--lang en|ja] [TEXT]   (TEXT がなければ標準入力)\n',
    oneFormat: '--json と --jsonl はどちらか一方だけ指定してください',
    langValues: (value) => `--lang には ${LANGS.join(' か ')} を指定します ("${value}" は使えません)`,
    unknownOption: (option) => `不明なオプションです: ${option}`,
    noText: 'テキストが指定されていません',
    empty: '説明するものがありません: エラーの文を引数か標準入力で渡してください',
    binary: 'テキストではなくバイナリデータのようです: エラーメッセージかテキストのログを渡してください',
  },
};
type Strings = (typeof STRINGS)[Lang];
/** Stdin beyond this is not read: the engine looks at the first 256 KB anyway. */
const MAX_STDIN_BYTES = 1024 * 1024;

interface Options {
  format: 'text' | 'json' | 'jsonl';
  lang?: Lang;
  text?: string;
}

function parseArgs(args: string[], strings: Strings): Options | string {
  const options: Options = { format: 'text' };
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json' || arg === '--jsonl') {
      if (options.format !== 'text') return strings.oneFormat;
      options.format = arg === '--json' ? 'json' : 'jsonl';
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? args[++i] : arg.slice('--lang='.length);
      if (!LANGS.includes(value as Lang)) return strings.langValues(value ?? '');
      options.lang = value as Lang;
    } else if (arg === '--') {
      words.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('--')) {
      return strings.unknownOption(arg);
    } else {
      words.push(arg);
    }
  }
  if (words.length > 0) options.text = words.join(' ');
  return options;
}

/** The JSON contract of DESIGN.md, from `best`, plus every diagnosis and the secrets' kinds and lines. */
export function toJson(result: DiagnoseResult): Record<string, unknown> {
  const { best } = result;
  return {
    id: best.id,
    confidence: best.confidence,
    autoReply: best.autoReply,
    candidates: best.candidates,
    lang: result.lang,
    diagnoses: result.diagnoses,
    secrets: result.secrets,
  };
}

/** Why a text cannot be explained, or null when it can. */
function refuse(text: string, strings: Strings): string | null {
  if (text.trim().length === 0) return strings.empty;
  const sample = text.slice(0, 8192);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: counting control characters is how binary data shows
  const junk = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (sample.includes('\u0000') || junk > sample.length * 0.1) {
    return strings.binary;
  }
  return null;
}

async function readStdin(io: CliIO): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    chunks.push(buffer);
    size += buffer.length;
    if (size >= MAX_STDIN_BYTES) break;
  }
  return Buffer.concat(chunks).subarray(0, MAX_STDIN_BYTES);
}

async function explainLines(io: CliIO, lang: Lang | undefined, text: string | undefined): Promise<number> {
  const lines = text !== undefined ? text.split('\n') : createInterface({ input: io.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let input: unknown;
    try {
      input = JSON.parse(line);
    } catch {
      io.stdout.write(`${JSON.stringify({ input: null, line: n, error: 'not valid JSON' })}\n`);
      continue;
    }
    const { id = null, text: body } = (input ?? {}) as { id?: unknown; text?: unknown };
    if (typeof body !== 'string') {
      io.stdout.write(`${JSON.stringify({ input: id, line: n, error: 'no "text" string in this line' })}\n`);
      continue;
    }
    io.stdout.write(`${JSON.stringify({ input: id, ...toJson(diagnose(body, { lang })) })}\n`);
  }
  return EXIT.ok;
}

export async function explain(args: string[], io: CliIO): Promise<number> {
  const strings = STRINGS[cliLang(args, io)];
  const options = parseArgs(args, strings);
  if (typeof options === 'string') {
    io.stderr.write(`cognito-mfa explain: ${options}\n${strings.usage}`);
    return EXIT.unusable;
  }
  if (options.format === 'jsonl') return explainLines(io, options.lang, options.text);
  if (options.text === undefined && io.stdin.isTTY) {
    io.stderr.write(`cognito-mfa explain: ${strings.noText}\n${strings.usage}`);
    return EXIT.unusable;
  }
  const text = options.text ?? (await readStdin(io)).toString('utf8');
  const problem = refuse(text, strings);
  if (problem) {
    io.stderr.write(`cognito-mfa explain: ${problem}\n`);
    return EXIT.unusable;
  }
  const result = diagnose(text, { lang: options.lang });
  if (options.format === 'json') io.stdout.write(`${JSON.stringify(toJson(result))}\n`);
  // Japanese text is answered in Japanese; other text (an AWS error is English) in the reader's: --lang, the locale.
  else io.stdout.write(renderDiagnosisText(result, options.lang ?? (result.lang === 'ja' ? 'ja' : (io.lang ?? 'en'))));
  return EXIT.ok;
}
