import type { Lang } from '../../catalogue/types';
import { redact } from '../../secrets';
import { escapeCode } from '../mrkdwn';

/** What became of a file shared with a message the bot was asked about (slack/files/read-files.ts). */
export interface FileNote {
  name: string;
  outcome: 'read' | 'not-text' | 'too-big' | 'unreadable' | 'not-read';
  /** Lines read, when it was read. */
  lines?: number;
  /** Errors found in it, when it was read. */
  found?: number;
}

interface FileStrings {
  nothingFound: (name: string, lines: number) => string;
  notText: (name: string) => string;
  tooBig: (name: string) => string;
  unreadable: (name: string) => string;
  notRead: (name: string, max: number) => string;
}

const en: FileStrings = {
  nothingFound: (name, lines) => `I read ${name} (${lines} lines): no known Cognito MFA error in it.`,
  notText: (name) => `${name} is not a text file, so I did not read it: I read plain-text files and snippets.`,
  tooBig: (name) =>
    `${name} is larger than 1 MB, more than I read in Slack: paste the lines around the error, or run ` +
    '`cognito-mfa scan` on the file.',
  unreadable: (name) => `I could not read ${name} from Slack: paste the lines with the error instead.`,
  notRead: (name, max) => `I read the first ${max} files of a message; ${name} was not read.`,
};

const ja: FileStrings = {
  nothingFound: (name, lines) => `${name} (${lines} 行) を読みました。既知の Cognito MFA エラーはありませんでした。`,
  notText: (name) =>
    `${name} はテキストファイルではないため、読んでいません。読めるのはプレーンテキストのファイルとスニペットです。`,
  tooBig: (name) =>
    `${name} は 1 MB を超えているため、Slack では読みません。エラー前後の行を貼るか、ファイルに ` +
    '`cognito-mfa scan` を実行してください。',
  unreadable: (name) => `${name} を Slack から読み込めませんでした。エラーの行を貼ってください。`,
  notRead: (name, max) => `1 つのメッセージで読むファイルは最初の ${max} つまでです。${name} は読んでいません。`,
};

const FILE_STRINGS: Record<Lang, FileStrings> = { en, ja };

/** One line per file the person should hear about: not read (and why), or read without a known error. */
export function fileNotes(notes: readonly FileNote[], lang: Lang, maxFiles: number): string[] {
  const s = FILE_STRINGS[lang];
  return notes.flatMap((note) => {
    // A file's name is the person's text: inert, and never a secret repeated.
    const name = `\`${escapeCode(redact(note.name))}\``;
    const line = (() => {
      switch (note.outcome) {
        case 'read':
          return note.found ? undefined : s.nothingFound(name, note.lines ?? 0);
        case 'not-text':
          return s.notText(name);
        case 'too-big':
          return s.tooBig(name);
        case 'unreadable':
          return s.unreadable(name);
        case 'not-read':
          return s.notRead(name, maxFiles);
      }
    })();
    return line ? [`:page_facing_up: ${line}`] : [];
  });
}
