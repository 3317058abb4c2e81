import type { Readable, Writable } from 'node:stream';

/** The streams a CLI command talks to, so tests can run commands in-process. */
export interface CliIO {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
}

/** Exit codes shared by every command: 0 ok, 1 the command ran and found a failure, 2 it could not run. */
export const EXIT = { ok: 0, found: 1, unusable: 2 } as const;
