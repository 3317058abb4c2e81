/**
 * `scan FILE [--json]`: streams a log file (any size, bounded memory) and lists each Cognito MFA error in it with
 * the lines it is on and how often, in order of first appearance.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { findEntry } from '../../catalogue';
import { scanner } from '../../diagnose';
import type { ScanReport } from '../../diagnose/scan';
import { type CliIO, EXIT } from './io';

const USAGE = 'usage: cognito-mfa scan FILE [--json]\n';
const CHUNK_BYTES = 1024 * 1024;

function parseArgs(args: string[]): { file: string; json: boolean } | string {
  let json = false;
  const files: string[] = [];
  for (const arg of args) {
    if (arg === '--json') json = true;
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  if (files.length !== 1) return files.length === 0 ? 'no file given' : 'scan one file at a time';
  return { file: files[0] as string, json };
}

async function scanFile(file: string): Promise<ScanReport> {
  const logScanner = scanner();
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: CHUNK_BYTES });
  for await (const chunk of stream) logScanner.push(chunk as string);
  return logScanner.end();
}

function renderText(file: string, report: ScanReport): string {
  const total = report.entries.reduce((sum, e) => sum + e.count, 0);
  if (total === 0) return `${file}: no Cognito MFA errors in ${report.linesRead} lines\n`;
  const out = [
    `${file}: ${total} Cognito MFA error line(s) of ${report.entries.length} kind(s) in ${report.linesRead} lines`,
  ];
  for (const entry of report.entries) {
    const title = findEntry(entry.id)?.text.en.title ?? '';
    const more = entry.count > entry.lines.length ? `, … (${entry.count - entry.lines.length} more)` : '';
    out.push(
      '',
      `${entry.id} (${entry.count}x): ${title}`,
      `  lines ${entry.lines.join(', ')}${more}`,
      `  first: ${entry.excerpt}`,
    );
  }
  out.push('', 'Run `cognito-mfa explain "<the error>"` for the fix of any of them.');
  return `${out.join('\n')}\n`;
}

export async function scan(args: string[], io: CliIO): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.stderr.write(`cognito-mfa scan: ${options}\n${USAGE}`);
    return EXIT.unusable;
  }
  const { file, json } = options;
  try {
    const info = await stat(file);
    if (!info.isFile()) {
      io.stderr.write(`cognito-mfa scan: ${file} is not a file\n`);
      return EXIT.unusable;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(error);
    io.stderr.write(`cognito-mfa scan: cannot read ${file}: ${why}\n`);
    return EXIT.unusable;
  }
  let report: ScanReport;
  try {
    report = await scanFile(file);
  } catch (error) {
    io.stderr.write(`cognito-mfa scan: cannot read ${file}: ${(error as Error).message}\n`);
    return EXIT.unusable;
  }
  if (json) {
    const entries = report.entries.map((e) => ({ ...e, title: findEntry(e.id)?.text.en.title ?? null }));
    io.stdout.write(`${JSON.stringify({ file, lines: report.linesRead, bytes: report.bytesRead, entries })}\n`);
  } else {
    io.stdout.write(renderText(file, report));
  }
  return EXIT.ok;
}
