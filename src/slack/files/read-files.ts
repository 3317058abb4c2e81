/**
 * Reads the text files a message shares, when the bot was asked (mentioned, in a DM, or the shortcut): files.info
 * for a file Slack sent only as a stub, then the bytes (download.ts), then the scan a log gets from the CLI: every
 * distinct error, counted, with its first lines. Nothing here runs for a message nobody asked the bot about.
 */
import type { Logger, webApi } from '@slack/bolt';
import { scanner } from '../../diagnose';
import type { ScanReport } from '../../diagnose/scan';
import { type Download, downloadText, MAX_FILE_BYTES } from './download';
import { isDescribed, type SharedFile, sharedFile } from './shared-files';

/** Files read from one message; the others are named as not read. */
export const MAX_FILES = 3;

/** What `mimetype` or Slack's `filetype` says a file of text is. */
const TEXT_MIMETYPES = new Set(['application/json', 'application/x-ndjson', 'application/xml', 'application/x-yaml']);
const TEXT_FILETYPES = new Set(['text', 'log', 'json', 'yaml', 'xml', 'csv', 'markdown', 'javascript', 'typescript']);

type FileOutcome = 'read' | 'not-text' | 'too-big' | 'unreadable' | 'not-read';

export interface FileReport {
  name: string;
  outcome: FileOutcome;
  /** When read: its text and the scan of it. */
  text?: string;
  scan?: ScanReport;
}

export interface FileDeps {
  client: webApi.WebClient;
  /** The bot token: files.slack.com wants it with every download. */
  token: string;
  logger: Logger;
  fetch?: typeof fetch;
}

function looksLikeText(file: SharedFile): boolean {
  const mimetype = file.mimetype ?? '';
  return (
    file.mode === 'snippet' ||
    mimetype.startsWith('text/') ||
    TEXT_MIMETYPES.has(mimetype) ||
    TEXT_FILETYPES.has(file.filetype ?? '')
  );
}

/** The file as files.info describes it, and a snippet's text when Slack returns it whole. */
async function describeAgain(
  file: SharedFile,
  client: webApi.WebClient,
): Promise<{ file: SharedFile; content?: string }> {
  const info = await client.files.info({ file: file.id });
  const described = sharedFile(info.file) ?? file;
  const { content, is_truncated: truncated } = info as { content?: unknown; is_truncated?: unknown };
  return typeof content === 'string' && truncated === false ? { file: described, content } : { file: described };
}

function scan(text: string): ScanReport {
  const log = scanner();
  log.push(text);
  return log.end();
}

async function readOne(given: SharedFile, deps: FileDeps): Promise<FileReport> {
  let file = given;
  let content: string | undefined;
  if (!isDescribed(file)) ({ file, content } = await describeAgain(file, deps.client));
  const report = (outcome: FileOutcome): FileReport => ({ name: file.name, outcome });
  if (!looksLikeText(file)) return report('not-text');
  if ((file.size ?? 0) > MAX_FILE_BYTES) return report('too-big');
  let download: Download;
  if (content !== undefined) download = { kind: 'text', text: content };
  else if (file.url) download = await downloadText(file.url, deps.token, deps.fetch);
  else download = { kind: 'unreadable', reason: 'no download URL' };
  if (download.kind === 'unreadable') {
    // The reason names a status or an error kind, never the URL (it carries the file's id) or the token.
    deps.logger.warn(`could not read shared file ${file.id}: ${download.reason}`);
    return report('unreadable');
  }
  if (download.kind !== 'text') return report(download.kind);
  return { name: file.name, outcome: 'read', text: download.text, scan: scan(download.text) };
}

/** Reads the first MAX_FILES files, one after another (each is small; Slack limits the rate of downloads). */
export async function readFiles(files: readonly SharedFile[], deps: FileDeps): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const [i, file] of files.entries()) {
    if (i >= MAX_FILES) {
      reports.push({ name: file.name, outcome: 'not-read' });
      continue;
    }
    try {
      reports.push(await readOne(file, deps));
    } catch (error) {
      deps.logger.warn(`could not read shared file ${file.id}: ${error instanceof Error ? error.message : error}`);
      reports.push({ name: file.name, outcome: 'unreadable' });
    }
  }
  return reports;
}
