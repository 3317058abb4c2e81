/** What a message the bot was asked about says, its text files included, and the notes about files it did not read. */
import type { Logger, webApi } from '@slack/bolt';
import type { DiagnoseResult } from '../../diagnose/types';
import { type FileNote, fileNotes } from '../../render/blocks/file-notes';
import { diagnoseReading } from '../read/diagnose-message';
import type { MessageReading } from '../read/message';
import { MAX_FILES, readFiles } from './read-files';
import { filesOf } from './shared-files';
import { withFiles } from './with-files';

export interface AskedDiagnosis {
  result: DiagnoseResult;
  /** What became of each file: read (and what it held), or not read and why. */
  files: FileNote[];
}

/** The lines a reply says about the files before its answer, in the reply's language. */
export function notesOn(asked: AskedDiagnosis): string[] {
  return fileNotes(asked.files, asked.result.lang, MAX_FILES);
}

export interface AskedDeps {
  client: webApi.WebClient;
  /** The bot token (context.botToken); without it no file can be downloaded. */
  token: string | undefined;
  logger: Logger;
}

/** True when the message shares files: the bot, asked about it, reads the text ones. */
export function sharesFiles(message: { files?: unknown; attachments?: unknown }): boolean {
  return filesOf(message).length > 0;
}

export async function diagnoseWithFiles(
  message: { files?: unknown; attachments?: unknown },
  reading: MessageReading,
  deps: AskedDeps,
): Promise<AskedDiagnosis> {
  const result = diagnoseReading(reading);
  const files = filesOf(message);
  if (files.length === 0) return { result, files: [] };
  const reports = await readFiles(files, { client: deps.client, token: deps.token ?? '', logger: deps.logger });
  const combined = withFiles(result, reports, reading.text.trim() !== '');
  const notes = reports.map((r) => ({
    name: r.name,
    outcome: r.outcome,
    ...(r.scan ? { lines: r.scan.linesRead, found: r.scan.entries.length } : {}),
  }));
  return { result: combined, files: notes };
}
