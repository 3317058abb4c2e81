/**
 * `scan FILE [--json] [--lang en|ja]`: streams a log file (any size, bounded memory) and lists each Cognito MFA error in it with
 * the lines it is on and how often, in order of first appearance.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { findEntry } from '../../catalogue';
import type { Lang } from '../../catalogue/types';
import type { Phrases } from '../../checks/localized';
import { scanner } from '../../diagnose';
import type { ScanReport } from '../../diagnose/scan';
import { type CliIO, cliLang, EXIT } from './io';

/** What `scan` says, per language; the JSON keeps the English titles, a value for programs. */
const STRINGS: Phrases<{
  usage: string;
  unknownOption: (option: string) => string;
  langValues: string;
  noFile: string;
  oneFile: string;
  notAFile: (file: string) => string;
  cannotRead: (file: string, why: string) => string;
  noSuchFile: string;
  permissionDenied: string;
  none: (file: string, lines: number) => string;
  found: (file: string, total: number, kinds: number, lines: number) => string;
  times: (count: number) => string;
  lines: (lines: string, more: number) => string;
  first: string;
  explainHint: string;
}> = {
  en: {
    usage: 'usage: cognito-mfa scan FILE [--json] [--lang en|ja]\n',
    unknownOption: (option) => `unknown option ${option}`,
    langValues: '--lang takes en or ja',
    noFile: 'no file given',
    oneFile: 'scan one file at a time',
    notAFile: (file) => `${file} is not a file`,
    cannotRead: (file, why) => `cannot read ${file}: ${why}`,
    noSuchFile: 'no such file',
    permissionDenied: 'permission denied',
    none: (file, lines) => `${file}: no Cognito MFA errors in ${lines} lines`,
    found: (file, total, kinds, lines) =>
      `${file}: ${total} Cognito MFA error line(s) of ${kinds} kind(s) in ${lines} lines`,
    times: (count) => `${count}x`,
    lines: (lines, more) => `lines ${lines}${more > 0 ? `, … (${more} more)` : ''}`,
    first: 'first',
    explainHint: 'Run `cognito-mfa explain "<the error>"` for the fix of any of them.',
  },
  ja: {
    usage: '使い方: cognito-mfa scan FILE [--json] [--lang en|ja]\n',
    unknownOption: (option) => `不明なオプションです: ${option}`,
    langValues: '--lang には en か ja を指定します',
    noFile: 'ファイルが指定されていません',
    oneFile: '一度にスキャンできるファイルは 1 つです',
    notAFile: (file) => `${file} はファイルではありません`,
    cannotRead: (file, why) => `${file} を読めません: ${why}`,
    noSuchFile: 'ファイルがありません',
    permissionDenied: 'アクセス権がありません',
    none: (file, lines) => `${file}: ${lines} 行に Cognito MFA エラーはありません`,
    found: (file, total, kinds, lines) =>
      `${file}: ${lines} 行中 ${total} 行に ${kinds} 種類の Cognito MFA エラーがあります`,
    times: (count) => `${count} 回`,
    lines: (lines, more) => `${lines} 行目${more > 0 ? `、… (ほか ${more} 行)` : ''}`,
    first: '最初',
    explainHint: 'どれも `cognito-mfa explain "<エラー>"` で対処方法がわかります。',
  },
};
type Strings = (typeof STRINGS)[Lang];

const CHUNK_BYTES = 1024 * 1024;

function parseArgs(args: string[]): { file: string; json: boolean } | ((strings: Strings) => string) {
  let json = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? args[++i] : arg.slice('--lang='.length);
      if (value !== 'en' && value !== 'ja') return (s) => s.langValues;
    } else if (arg.startsWith('--')) return (s) => s.unknownOption(arg);
    else files.push(arg);
  }
  if (files.length !== 1) return files.length === 0 ? (s) => s.noFile : (s) => s.oneFile;
  return { file: files[0] as string, json };
}

async function scanFile(file: string): Promise<ScanReport> {
  const logScanner = scanner();
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: CHUNK_BYTES });
  for await (const chunk of stream) logScanner.push(chunk as string);
  return logScanner.end();
}

function renderText(file: string, report: ScanReport, lang: Lang): string {
  const s = STRINGS[lang];
  const total = report.entries.reduce((sum, e) => sum + e.count, 0);
  if (total === 0) return `${s.none(file, report.linesRead)}\n`;
  const out = [s.found(file, total, report.entries.length, report.linesRead)];
  for (const entry of report.entries) {
    const title = findEntry(entry.id)?.text[lang].title ?? '';
    out.push(
      '',
      `${entry.id} (${s.times(entry.count)}): ${title}`,
      `  ${s.lines(entry.lines.join(', '), entry.count - entry.lines.length)}`,
      `  ${s.first}: ${entry.excerpt}`,
    );
  }
  out.push('', s.explainHint);
  return `${out.join('\n')}\n`;
}

export async function scan(args: string[], io: CliIO): Promise<number> {
  const lang = cliLang(args, io);
  const s = STRINGS[lang];
  const options = parseArgs(args);
  if (typeof options === 'function') {
    io.stderr.write(`cognito-mfa scan: ${options(s)}\n${s.usage}`);
    return EXIT.unusable;
  }
  const { file, json } = options;
  try {
    const info = await stat(file);
    if (!info.isFile()) {
      io.stderr.write(`cognito-mfa scan: ${s.notAFile(file)}\n`);
      return EXIT.unusable;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? s.noSuchFile : code === 'EACCES' ? s.permissionDenied : String(error);
    io.stderr.write(`cognito-mfa scan: ${s.cannotRead(file, why)}\n`);
    return EXIT.unusable;
  }
  let report: ScanReport;
  try {
    report = await scanFile(file);
  } catch (error) {
    // The system's own words (English) say what went wrong; the sentence around them is the reader's.
    io.stderr.write(`cognito-mfa scan: ${s.cannotRead(file, (error as Error).message)}\n`);
    return EXIT.unusable;
  }
  if (json) {
    const entries = report.entries.map((e) => ({ ...e, title: findEntry(e.id)?.text.en.title ?? null }));
    io.stdout.write(`${JSON.stringify({ file, lines: report.linesRead, bytes: report.bytesRead, entries })}\n`);
  } else {
    io.stdout.write(renderText(file, report, lang));
  }
  return EXIT.ok;
}
