import type { Readable, Writable } from 'node:stream';
import type { Lang } from '../../catalogue/types';

/** The streams a CLI command talks to, so tests can run commands in-process. */
export interface CliIO {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
  /** The language of the terminal's locale, for what the CLI says when no --lang is given; default en. */
  lang?: Lang;
}

/** The language a command speaks: its `--lang en|ja` (or `--lang=…`) when valid, else the locale's. */
export function cliLang(args: readonly string[], io: CliIO): Lang {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = arg === '--lang' ? args[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'en' || value === 'ja') return value;
  }
  return io.lang ?? 'en';
}

/** Exit codes shared by every command: 0 ok, 1 the command ran and found a failure, 2 it could not run. */
export const EXIT = { ok: 0, found: 1, unusable: 2 } as const;
