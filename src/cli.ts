#!/usr/bin/env node
import { localeLang } from './config';
import { main } from './main/cli';

const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, lang: localeLang() };
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // An unexpected failure: its own message (English, as logs are) is what helps whoever reports it.
    process.stderr.write(`cognito-mfa: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
